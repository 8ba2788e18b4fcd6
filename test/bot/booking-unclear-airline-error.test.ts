import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Fault } from "../../src/sandbox/mmbc/types.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { givePrivately, toSummary } from "./journey-steps.js";

// MMBC's booking call answered "failed to receive data" (the airline booked, MMBC lost its answer) or
// "system failed login" (the airline's system): neither proves nothing was booked. Before, the bot said
// "Nothing was booked" and brought the summary back, and ✅ Book booked the same passengers a second time.
// Now it is an unknown outcome, as a timeout is: said so, never retried, and the next Book of that flight
// asks first ("may exist … 🔁 Book again anyway"). Both languages, a private chat and a group.
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterEach(() => h.sandbox.controls.reset());
afterAll(async () => { await h?.close(); });

const bookCalls = () => h.sandbox.controls.callCount("postbooking-json");
const WORDS = {
  en: { search: "/search", book: "✅ Book", unknown: "not known whether it was booked", nothing: "Nothing was booked", mayExist: "may exist", anyway: "🔁 Book again anyway", code: /Code: ([A-Z0-9]{6})/, summary: "Check before booking", answered: "MMBC answered the booking" },
  id: { search: "/cari", book: "✅ Booking", unknown: "belum pasti berhasil", nothing: "Belum ada yang dibooking", mayExist: "mungkin sudah ada", anyway: "🔁 Tetap booking lagi", code: /Kode: ([A-Z0-9]{6})/, summary: "Periksa sebelum booking", answered: "MMBC menjawab booking" },
} as const;

const CASES: { lang: "en" | "id"; fault: Fault; text: string; day: number }[] = [
  { lang: "en", fault: { kind: "upstream", commit: true }, text: "failed to receive data", day: 41 },
  { lang: "id", fault: { kind: "upstream", commit: true }, text: "failed to receive data", day: 42 },
  { lang: "en", fault: { kind: "login" }, text: "system failed login", day: 43 },
  { lang: "id", fault: { kind: "login" }, text: "system failed login", day: 44 },
];

describe("an MMBC booking that failed on the airline's side is not known to have failed", () => {
  it.each(CASES)("$lang, private, $text: not known whether booked, no second booking without asking", async ({ lang, fault, text, day }) => {
    const w = WORDS[lang];
    const id = 8_700 + day;
    const agent = new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
    const search = `${w.search} CGK SUB ${futureDate(day).wire} 1`;
    const flight = await toSummary(agent, search);
    const before = bookCalls();
    h.sandbox.controls.setFault("postbooking-json", fault, 1);
    const from = h.emulator.chatMessages(agent.chat.id).length;
    await agent.tap(w.book);
    const said = agent.botTexts(from).join("\n");
    expect(said).toContain(w.unknown);
    // Said as MMBC's failure in the agent's language, not MMBC's English text ("${text}"), nor as a time-out.
    expect(said).toContain(w.answered);
    expect(said).not.toContain(text);
    expect(said).toContain("Budi Santoso");
    expect(said).not.toContain(w.nothing);
    // The summary is not offered again, and its old button books nothing.
    expect(agent.last()?.text).not.toContain(w.summary);
    await agent.tap(w.book).catch(() => undefined);
    expect(bookCalls()).toBe(before + 1);

    // The same flight and names again: asked first, nothing sent until the agent says so.
    expect(await toSummary(agent, search)).toBe(flight);
    await agent.tap(w.book);
    expect(agent.last()?.text).toContain(w.mayExist);
    expect(agent.last()?.text).toContain("Budi Santoso");
    expect(bookCalls()).toBe(before + 1);
    await agent.tap(w.anyway);
    expect(agent.last()?.text).toMatch(w.code);
    expect(bookCalls()).toBe(before + 2);
    expect(h.emulator.errors).toEqual([]);
  });

  it.each(["en", "id"] as const)("%s, group: not known whether booked; a colleague's tap and the member's next Book book nothing unasked", async (lang) => {
    const w = WORDS[lang];
    const group = { id: -100_870_000 - (lang === "en" ? 1 : 2), type: "group" as const, title: "Agen Travel" };
    const member = new Agent(h, { id: 8_801 + (lang === "en" ? 0 : 10), first_name: "Rina", language_code: lang }, group);
    const colleague = new Agent(h, { id: 8_802 + (lang === "en" ? 0 : 10), first_name: "Dodi", language_code: lang }, group);
    const day = lang === "en" ? 45 : 46;
    const flight = await toSummaryInGroup(member, w.search, day);
    const before = bookCalls();
    h.sandbox.controls.setFault("postbooking-json", { kind: "upstream", commit: true }, 1);
    const from = h.emulator.chatMessages(group.id).length;
    await member.tap(w.book);
    const said = member.botTexts(from).join("\n");
    expect(said).toContain(w.unknown);
    expect(said).toContain(w.answered);
    expect(said).not.toContain(w.nothing);
    await colleague.tap(w.book).catch(() => undefined);
    await member.tap(w.book).catch(() => undefined);
    expect(bookCalls()).toBe(before + 1);

    expect(await toSummaryInGroup(member, w.search, day)).toBe(flight);
    await member.tap(w.book);
    expect(member.lastForMe()?.text).toContain(w.mayExist);
    expect(bookCalls()).toBe(before + 1);
  });
});

/** A group member's search up to the summary, answering by replies (privacy mode); returns the flight code. */
async function toSummaryInGroup(a: Agent, search: string, day: number): Promise<string> {
  await a.say(`${search}@${h.emulator.botInfo.username} CGK SUB ${futureDate(day).wire} 1`);
  const list = h.emulator.chatMessages(a.chat.id).filter((m) => m.fromBot && m.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.includes(":o:"))).at(-1)!;
  const first = list.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { callback_data: string; text: string };
  await a.tap({ data: first.callback_data });
  await a.tap(a.user.language_code === "id" ? "Lanjut" : "Continue");
  let msg = await a.reply("Mr Budi Santoso");
  if (/data pribadi|personal details|private/i.test(msg?.text ?? "")) msg = await givePrivately(a);
  if (/kontak terakhir|last contact/.test(msg?.text ?? "")) await a.tap("✏️");
  else { await a.reply("budi@example.com"); await a.reply("081234567890"); }
  return first.text.split(" ")[0]!;
}
