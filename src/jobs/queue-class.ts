import type { Queue } from "bullmq";

/**
 * BullMQ's Queue class alone. The package's index ("main": its CommonJS build, what `import("bullmq")`
 * loads here) also loads the worker, flows, job schedulers' cron parser, the sandboxed processor and
 * more: about 12 MB of RSS that a bot-only process, which only schedules, never uses (a queue that adds,
 * reads and removes jobs takes ~5 MB this way against ~16 MB through the index). It is the same file the
 * index loads, so a process that also runs a worker shares one copy of the class.
 */
export async function loadQueueClass(): Promise<typeof Queue> {
  // @ts-expect-error -- BullMQ ships type declarations for its ES build only; the class is the one typed there.
  const mod = (await import("bullmq/dist/cjs/classes/queue.js")) as { Queue: typeof Queue };
  return mod.Queue;
}
