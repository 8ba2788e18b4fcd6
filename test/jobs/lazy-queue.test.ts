import type { Queue } from "bullmq";
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { lazyQueue } from "../../src/jobs/lazy-queue.js";
import { loadQueueClass } from "../../src/jobs/queue-class.js";

/** Just enough of a Queue to see what the lazy one does with it. */
function fakeQueue() {
  const events: string[] = [];
  const fake = {
    on: (event: string) => (events.push(event), fake),
    add: async (name: string) => `added ${name}`,
    close: async () => void events.push("closed"),
  };
  return { fake: fake as unknown as Queue, events };
}

describe("the queue of a bot-only process", () => {
  it("loads BullMQ only when a job is first scheduled, with the listeners given before, and once", async () => {
    const { fake, events } = fakeQueue();
    let created = 0;
    const { queue, loaded } = lazyQueue(async () => (created++, fake));
    queue.on("error", () => undefined);
    expect(created).toBe(0);
    expect(loaded()).toBeUndefined();
    expect(await Promise.all([queue.add("reminder", {}), queue.add("expiry", {})])).toEqual(["added reminder", "added expiry"]);
    expect(created).toBe(1);
    expect(events).toEqual(["error"]);
    await queue.close();
    expect(events).toEqual(["error", "closed"]);
  });

  it("closing a queue never used loads nothing", async () => {
    let created = 0;
    const { queue } = lazyQueue(async () => (created++, fakeQueue().fake));
    await queue.close();
    expect(created).toBe(0);
  });
});

describe("the Queue class a bot-only process loads", () => {
  it("is BullMQ's own class, shared with a worker in the same process", async () => {
    expect(await loadQueueClass()).toBe((await import("bullmq")).Queue);
  });

  it("leaves the worker, flows and sandboxed processors unloaded", () => {
    // A fresh node, as deployed: which of BullMQ's files loading the queue brings in.
    const loaded = execFileSync(process.execPath, ["-e", `
      require("bullmq/dist/cjs/classes/queue.js");
      const files = Object.keys(require.cache);
      console.log(JSON.stringify({ queue: files.some((f) => f.endsWith("classes/queue.js")), worker: files.some((f) => f.endsWith("classes/worker.js")), flows: files.some((f) => f.endsWith("classes/flow-producer.js")), sandbox: files.some((f) => f.endsWith("classes/child-pool.js")) }));
    `], { encoding: "utf8" });
    expect(JSON.parse(loaded)).toEqual({ queue: true, worker: false, flows: false, sandbox: false });
  });
});
