import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { LIMITS } from "../../src/store/rate-limits.js";
import { inlineFirst } from "./helpers.js";

// Two bot processes on one Redis (same namespace): the limits hold across them.
let a: Harness;
let b: Harness;
beforeAll(async () => {
  const namespace = `rl${randomBytes(3).toString("hex")}`;
  a = await startHarness({ namespace, worker: false });
  b = await startHarness({ namespace, sandbox: a.sandbox, emulator: a.emulator, worker: false });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

describe("per-user limits on what calls the provider", () => {
  it("a flood of inline searches reaches the provider at most the limit, across processes, with a polite answer", async () => {
    const user = { id: 35_001, first_name: "Cepat", language_code: "id" };
    const before = a.sandbox.controls.callCount("getflights-json");
    const answers: string[] = [];
    for (let i = 0; i < 40; i++) answers.push((await inlineFirst(i % 2 ? a : b, user, `CGK SUB ${futureDate(10 + i).wire.slice(0, 5)}`)).title);
    const searches = a.sandbox.controls.callCount("getflights-json") - before;
    expect(searches).toBeGreaterThan(0);
    expect(searches).toBeLessThanOrEqual(LIMITS.inline.points);
    expect(answers.at(-1)).toMatch(/coba lagi dalam \d+ detik/);
    // Another person is not slowed down by the first one's flood.
    expect((await inlineFirst(a, { id: 35_002, first_name: "Lain", language_code: "id" }, "CGK SUB besok")).title).not.toMatch(/coba lagi/);
  });

  it("thirty /status in a row: the provider is asked at most the limit; the rest are told when to try again", async () => {
    const user = { id: 35_003, first_name: "Cek", language_code: "id" };
    const before = a.sandbox.controls.callCount("getstatusbooking-json");
    let last = "";
    for (let i = 0; i < 30; i++) {
      const agent = new Agent(i % 2 ? a : b, user, { id: user.id, type: "private" });
      last = (await agent.say(`/cek ZZ${String(i).padStart(4, "0")}`))?.text ?? "";
    }
    expect(a.sandbox.controls.callCount("getstatusbooking-json") - before).toBeLessThanOrEqual(LIMITS.lookup.points);
    expect(last).toMatch(/coba lagi dalam \d+ detik/);
  });
});
