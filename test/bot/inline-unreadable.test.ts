import type { InlineQueryResultArticle } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../support/bot-harness.js";
import type { UserRef } from "../support/telegram/index.js";

// Inline mode reads dates with the chat's parser, and a query with words it can't read searches
// nothing: one article says what wasn't read. The harness believes it is 3 December 2026, 10:00 WIB.
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: () => new Date("2026-12-03T03:00:00Z") });
});
afterAll(async () => {
  await h?.close();
});

const ayu: UserRef = { id: 7101, first_name: "Ayu", language_code: "en" };
const budi: UserRef = { id: 7102, first_name: "Budi", language_code: "id" };

async function inline(from: UserRef, query: string): Promise<InlineQueryResultArticle[]> {
  const before = h.emulator.calls.length;
  await h.app.bot.handleUpdate(h.emulator.inlineQuery({ from, query }));
  const answers = h.emulator.calls.slice(before).filter((c) => c.method === "answerInlineQuery");
  expect(answers).toHaveLength(1);
  return (answers[0]!.payload as unknown as { results: InlineQueryResultArticle[] }).results;
}
const searches = () => h.sandbox.controls.callCount("getflights-json");
const lastSearch = () => h.sandbox.controls.calls("getflights-json").at(-1)?.params;

describe("inline queries read dates like the chat, and say what they can't read", () => {
  it("CGK DPS natal searches 25 December", async () => {
    const results = await inline(budi, "CGK DPS natal");
    expect(lastSearch()).toMatchObject({ from: "CGK", to: "DPS", date: "25-12-2026" });
    expect(results[0]!.id).not.toBe("help");
    expect(results[0]!.description).toContain("25 Des");
  });

  it("a word it can't read: one article saying so, nothing searched (id and en)", async () => {
    const before = searches();
    const id = await inline(budi, "CGK DPS natall");
    expect(id).toHaveLength(1);
    expect(id[0]!.id).toBe("help");
    expect(id[0]!.title).toBe("❓ \"natall\" tidak terbaca: belum ada yang dicari");
    expect(id[0]!.description).toContain("CGK DPS 25-12 2");
    const en = await inline(ayu, "CGK DPS christmass 2");
    expect(en).toHaveLength(1);
    expect(en[0]!.title).toBe("❓ Couldn't read \"christmass\": nothing was searched");
    expect(searches()).toBe(before);
  });

  it("en: 1/5 says both readings and searches neither; id reads it as 1 May", async () => {
    const before = searches();
    const en = await inline(ayu, "CGK DPS 1/5");
    expect(en).toHaveLength(1);
    expect(en[0]!.title).toBe("📅 \"1/5\": Sat 1 May 2027 or Tue 5 Jan 2027? Type the month's name, e.g. 1 may");
    expect(searches()).toBe(before);
    await inline(budi, "CGK DPS 1/5");
    expect(lastSearch()).toMatchObject({ date: "01-05-2027" });
  });
});
