import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
