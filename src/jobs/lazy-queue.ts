import type { Queue } from "bullmq";

type Listener = (...args: never[]) => void;

/**
 * The queue of a bot-only process, which schedules jobs but never runs them: BullMQ's Queue class
 * (jobs/queue-class.ts: ~5 MB and a few hundred ms to load) is loaded when the first job is scheduled,
 * removed or counted, not at start.
 * Every Queue method the bot uses is async, so a call simply waits for the load; listeners given
 * before the queue exists are attached when it does. Closing a queue never loaded loads nothing.
 */
export function lazyQueue(create: () => Promise<Queue>): { queue: Queue; loaded: () => Promise<Queue> | undefined } {
  let loading: Promise<Queue> | undefined;
  const listeners: [string, Listener][] = [];
  const load = () =>
    (loading ??= create().then((q) => {
      for (const [event, listener] of listeners) (q.on as (e: string, l: Listener) => Queue)(event, listener);
      return q;
    }));
  const queue: Queue = new Proxy({} as Queue, {
    get(_target, prop) {
      if (prop === "then") return undefined; // not a promise itself
      if (prop === "on") {
        return (event: string, listener: Listener) => {
          listeners.push([event, listener]);
          if (loading) void loading.then((q) => (q.on as (e: string, l: Listener) => Queue)(event, listener));
          return queue;
        };
      }
      if (prop === "close") return async () => void (await (loading ? (await loading).close() : undefined));
      return async (...args: unknown[]) => {
        const q = await load();
        return (q[prop as keyof Queue] as (...a: unknown[]) => unknown).apply(q, args);
      };
    },
  });
  return { queue, loaded: () => loading };
}
