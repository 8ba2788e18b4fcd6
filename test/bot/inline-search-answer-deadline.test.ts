// An inline route search slower than Telegram's deadline is answered in time with what is known: a
// "still searching" result; the search goes on, and the same query typed again gets its flights.
import { afterAll, beforeAll, expect, it } from "vitest";
import { futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator } from "../support/telegram/index.js";

const QUERY_MAX_AGE_MS = 2_000;
const BOT_DEADLINE_MS = 800;
const PROVIDER_DELAY_MS = 3_000;

let h: Harness;
beforeAll(async () => {
  const emulator = await startTelegramEmulator({ queryMaxAgeMs: QUERY_MAX_AGE_MS });
  h = await startHarness({ emulator, answerDeadlineMs: BOT_DEADLINE_MS });
});
afterAll(async () => { await h?.close(); });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it("CGK SUB <date> with a slow provider: 'still searching' in time, the flights when typed again", async () => {
  const u = { id: 86_101, first_name: "Inl", language_code: "id" };
  const q = `CGK SUB ${futureDate(47).wire.slice(0, 5)}`;
  // The airport list is read once and kept (as in production after the first search): read it before the provider slows down.
  await h.app.bot.handleUpdate(h.emulator.inlineQuery({ from: u, query: `CGK SUB ${futureDate(48).wire.slice(0, 5)}` }));
  h.sandbox.controls.setLatency("*", PROVIDER_DELAY_MS);
  try {
    const from = h.emulator.calls.length;
    const t0 = Date.now();
    await h.app.bot.handleUpdate(h.emulator.inlineQuery({ from: u, query: q }));
    const first = h.emulator.calls.slice(from).filter((c) => c.method === "answerInlineQuery");
    expect(first.map((c) => c.ok)).toEqual([true]);
    expect(first[0]!.at - t0).toBeLessThan(QUERY_MAX_AGE_MS);
    const results = first[0]!.payload.results as { title: string; description?: string }[];
    expect(results).toHaveLength(1);
    expect(results[0]!.title).toMatch(/Masih mencari CGK → SUB/);
    expect(first[0]!.payload.cache_time).toBe(0);
    // Typed again while (or after) the search runs: it joins it, and ends with the flights.
    let titles: string[] = [];
    for (let i = 0; i < 12 && !titles.some((t) => /\d/.test(t) && !/Masih/.test(t)); i++) {
      await sleep(500);
      const again = h.emulator.calls.length;
      await h.app.bot.handleUpdate(h.emulator.inlineQuery({ from: u, query: q }));
      const answer = h.emulator.calls.slice(again).find((c) => c.method === "answerInlineQuery")!;
      expect(answer.ok, JSON.stringify(answer.response)).toBe(true);
      titles = (answer.payload.results as { title: string }[]).map((r) => r.title);
    }
    expect(titles.length).toBeGreaterThan(1);
  } finally {
    h.sandbox.controls.setLatency("*", 0);
  }
}, 60_000);
