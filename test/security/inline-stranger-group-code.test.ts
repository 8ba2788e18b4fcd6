import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookInGroup } from "./helpers.js";

// "@Bot CODE" of a group's booking by someone the bot's records don't put in that group must read exactly
// like a made-up code: the same answer, and no Telegram call (getChatMember) a made-up code doesn't make.
const boss = { id: 638_001, first_name: "Bos", language_code: "id" };
const mira = { id: 638_002, first_name: "Mira", language_code: "id" };
const budi = { id: 638_003, first_name: "Budi", language_code: "en" };
const quiet = { id: 638_004, first_name: "Tono", language_code: "id" };
const olga = { id: 638_005, first_name: "Olga", language_code: "en" };
const oki = { id: 638_006, first_name: "Oki", language_code: "id" };
const agency = { id: -100_638_001, type: "supergroup" as const, title: "Agen Resmi" };

let h: Harness;
let code = "";
beforeAll(async () => {
  h = await startHarness({ live: true, env: { ISSUER_IDS: String(boss.id) } });
  for (const u of [mira, budi, quiet]) h.emulator.addMember(agency.id, u.id);
  await h.app.bot.handleUpdate(h.emulator.addBotToGroup(agency, boss));
  code = await bookInGroup(new Agent(h, mira, agency), "Mrs Mira Lestari", "CGK SUB", 40);
}, 90_000);
afterAll(async () => { await h?.close(); });

/** A code of the same shape nobody booked. */
const twinOf = (c: string) => c.split("").map((ch, i) => (/[0-9]/.test(ch) ? String((Number(ch) + 3 + i) % 10) : String.fromCharCode(((ch.charCodeAt(0) - 65 + 7 + i) % 26) + 65))).join("");

/** The Bot API calls of one inline query, its id and the code itself left out. */
async function inlineCalls(from: { id: number; first_name: string; language_code: string }, query: string): Promise<string[]> {
  const before = h.emulator.calls.length;
  await h.app.bot.handleUpdate(h.emulator.inlineQuery({ from, query }));
  return h.emulator.calls.slice(before).map((c) => {
    const { inline_query_id: _id, ...payload } = c.payload as Record<string, unknown>;
    return `${c.method} ${JSON.stringify(payload).split(query).join("<CODE>")}`;
  });
}
const titles = (calls: string[]) => calls.filter((c) => c.startsWith("answerInlineQuery")).map((c) => (JSON.parse(c.slice(c.indexOf(" ") + 1)) as { results: { title: string }[] }).results.map((r) => r.title));

describe("inline @bot CODE of a group's booking", () => {
  it.each([{ who: olga, title: "🔎 No booking <CODE> in your chats" }, { who: oki, title: "🔎 Booking <CODE> tidak ada di chat Anda" }])("from a stranger ($who.language_code): the made-up code's answer and calls, no getChatMember", async ({ who, title }) => {
    const real = await inlineCalls(who, code);
    const made = await inlineCalls(who, twinOf(code));
    expect(real).toEqual(made);
    expect(real.map((c) => c.split(" ")[0])).toEqual(["answerInlineQuery"]);
    expect(titles(real)[0]![0]).toBe(title);
  });

  it("its booker gets the card; a member seen in the group too (Telegram asked); one never seen there is a stranger", async () => {
    expect(JSON.stringify(await inlineCalls(mira, code))).toContain("Mira Lestari");
    await new Agent(h, budi, agency).say(`/help@${h.emulator.botInfo.username}`);
    const seen = await inlineCalls(budi, code);
    expect(seen.map((c) => c.split(" ")[0])).toEqual(["getChatMember", "answerInlineQuery"]);
    expect(JSON.stringify(seen)).toContain("Mira Lestari");
    expect(await inlineCalls(quiet, code)).toEqual(await inlineCalls(quiet, twinOf(code)));
    // Seen once, but gone now: Telegram says so, and she gets the made-up code's answer.
    h.emulator.kickMember(agency.id, budi.id);
    const gone = await inlineCalls(budi, code);
    expect(titles(gone)[0]![0]).toBe("🔎 No booking <CODE> in your chats");
  });
});

// Someone the bot's records put in a group (she wrote or booked there, or added the bot) but who is no
// member now, or who is a member of another group only: her real code and a made-up one cost the same
// Telegram calls (a getChatMember each, or none when the bot saw her leave), so timing tells nothing.
describe("inline @bot CODE by someone known in a group but not a member of the booking's group", () => {
  const exBudi = { id: 638_011, first_name: "Budi", language_code: "en" };
  const leaver = { id: 638_012, first_name: "Lina", language_code: "id" };
  const rivalAdi = { id: 638_013, first_name: "Adi", language_code: "en" };
  const rival = { id: -100_638_002, type: "supergroup" as const, title: "Agen Saingan" };
  const same = async (who: { id: number; first_name: string; language_code: string }, methods: string[], title: string) => {
    const real = await inlineCalls(who, code);
    const made = await inlineCalls(who, twinOf(code));
    expect(real).toEqual(made);
    expect(real.map((c) => c.split(" ")[0])).toEqual(methods);
    expect(titles(real)[0]![0]).toBe(title);
  };

  it("removed without the bot seeing it (wrote once; the booker): a getChatMember for both codes", async () => {
    await new Agent(h, exBudi, agency).say(`/help@${h.emulator.botInfo.username}`);
    h.emulator.kickMember(agency.id, exBudi.id);
    await same(exBudi, ["getChatMember", "answerInlineQuery"], "🔎 No booking <CODE> in your chats");
    h.emulator.kickMember(agency.id, mira.id);
    await same(mira, ["getChatMember", "answerInlineQuery"], "🔎 Booking <CODE> tidak ada di chat Anda");
  });

  it("the issuer who added the bot and never wrote there: a getChatMember for both codes", async () => {
    await same({ ...boss, language_code: "en" }, ["getChatMember", "answerInlineQuery"], "🔎 No booking <CODE> in your chats");
  });

  it("a member of another group only: the same getChatMember for both codes", async () => {
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(rival, rivalAdi));
    await new Agent(h, rivalAdi, rival).say(`/help@${h.emulator.botInfo.username}`);
    await same(rivalAdi, ["getChatMember", "answerInlineQuery"], "🔎 No booking <CODE> in your chats");
  });

  it("left, and the bot saw it (the service message): no Telegram call for either code", async () => {
    await new Agent(h, leaver, agency).say(`/help@${h.emulator.botInfo.username}`);
    h.emulator.kickMember(agency.id, leaver.id);
    await h.app.bot.handleUpdate({
      update_id: 638_990_001,
      message: { message_id: 638_990, date: Math.floor(Date.now() / 1000), chat: agency, from: { ...leaver, is_bot: false }, left_chat_member: { ...leaver, is_bot: false } },
    } as unknown as Update);
    await same(leaver, ["answerInlineQuery"], "🔎 Booking <CODE> tidak ada di chat Anda");
  });
});
