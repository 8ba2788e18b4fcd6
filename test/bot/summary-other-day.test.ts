import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { shortDate } from "../../src/presenters/format.js";
import { toSummary } from "./journey-steps.js";

// From a probe: at the summary "eh ganti tgl 15" said to type "back" until the list shows (six times for one
// passenger, nine for two), and the flight picked from the new day's list asked every passenger and the
// contact again, without a word. Now the same route is searched on that day inside the booking, and the
// flight picked there goes straight to the summary with everyone kept. "yg garuda aja" brings the list
// back the same way, and a party grown after those given ("tambah 1 bayi", "add 1 child") is searched with
// everyone kept: only the new passengers are asked after the pick.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 98_900;
const agentIn = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
};
const today = futureDate(0).iso;
const out = futureDate(4);
const later = futureDate(11);
const SUMMARY = /Periksa sebelum booking|Check before booking/;
const dm = (iso: string) => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}`;

/** The list's first flight with seats for the party (the sandbox's seats vary by day): its price card on screen. */
async function pickWithSeats(agent: Agent): Promise<void> {
  for (let i = 0; i < 6; i++) {
    const list = agent.h.emulator.chatMessages(agent.chat.id).filter((m) => m.fromBot && m.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.includes(":o:"))).at(-1)!;
    const flights = list.reply_markup!.inline_keyboard.flat().filter((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { callback_data: string }[];
    await agent.tap({ data: flights[i]!.callback_data });
    if (/Lanjut|Continue/.test(JSON.stringify(agent.last()?.reply_markup ?? {}))) return;
  }
  throw new Error(`no flight with seats:\n${agent.transcript(6)}`);
}

describe("another day asked at the summary keeps the passengers and contact", () => {
  it.each([
    ["id", (d: string) => `eh ganti tgl ${d}`],
    ["en", (d: string) => `change date to ${d}`],
  ] as const)("%s: the new day's list, then its flight's summary with everyone", async (lang, typed) => {
    const agent = agentIn(lang);
    await toSummary(agent, `${lang === "id" ? "/cari" : "/search"} CGK DPS ${out.wire} 2`, ["Mr Budi Santoso", "Mrs Ani Lestari"]);
    expect(agent.last()?.text ?? "").toMatch(SUMMARY);
    // English reads a slash date both ways when both numbers could be the month: the full date is unambiguous.
    await agent.say(typed(lang === "id" ? dm(later.iso) : later.wire));
    const said = agent.h.emulator.chatMessages(agent.chat.id).filter((m) => m.fromBot).slice(-2).map((m) => m.text ?? "").join("\n");
    expect(said, agent.transcript(4)).toMatch(lang === "id" ? /📅 Mencari .* tetap dipakai/ : /📅 Searching .* are kept/);
    expect(agent.last()?.text ?? "").toContain(`CGK → DPS · ${shortDate(later.iso, lang, today)}`);
    await pickWithSeats(agent);
    const card = agent.last()!;
    await agent.tap(card.reply_markup!.inline_keyboard.flat()[0]!.text);
    const summary = agent.last()?.text ?? "";
    expect(summary, agent.transcript(4)).toMatch(SUMMARY);
    expect(summary).toContain("Budi Santoso");
    expect(summary).toContain("Ani Lestari");
    expect(summary).toContain(shortDate(later.iso, lang, today));
    expect(h.emulator.errors).toEqual([]);
  });

  it.each(["id", "en"] as const)("%s: at that list the day arrow or a typed day searches again, everyone still kept", async (lang) => {
    const agent = agentIn(lang);
    await toSummary(agent, `${lang === "id" ? "/cari" : "/search"} CGK DPS ${out.wire} 1`);
    await agent.say(lang === "id" ? `ganti tgl ${dm(later.iso)}` : `change date to ${later.wire}`);
    const list = agent.last()!;
    const arrow = list.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.endsWith(":d:1")) as { callback_data: string };
    await agent.tap({ data: arrow.callback_data });
    const next = futureDate(12);
    expect(agent.last()?.text ?? "", agent.transcript(3)).toContain(`CGK → DPS · ${shortDate(next.iso, lang, today)}`);
    const typed = futureDate(14);
    await agent.say(lang === "id" ? `tgl ${dm(typed.iso)}` : `${typed.wire} please`);
    expect(agent.last()?.text ?? "", agent.transcript(3)).toContain(`CGK → DPS · ${shortDate(typed.iso, lang, today)}`);
    await pickWithSeats(agent);
    await agent.tap(agent.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
    const summary = agent.last()?.text ?? "";
    expect(summary, agent.transcript(4)).toMatch(SUMMARY);
    expect(summary).toContain("Budi Santoso");
    expect(summary).toContain(shortDate(typed.iso, lang, today));
  });

  it.each(["id", "en"] as const)("%s: a day whose search fails says so and brings the first list back, everyone kept", async (lang) => {
    const agent = agentIn(lang);
    await toSummary(agent, `${lang === "id" ? "/cari" : "/search"} CGK DPS ${out.wire} 1`);
    h.sandbox.controls.setFault("*", { kind: "http500" });
    try {
      await agent.say(lang === "id" ? `ganti tgl ${dm(later.iso)}` : `change date to ${later.wire}`);
    } finally {
      h.sandbox.controls.reset();
    }
    const said = agent.h.emulator.chatMessages(agent.chat.id).filter((m) => m.fromBot).slice(-3).map((m) => m.text ?? "").join("\n");
    expect(said, agent.transcript(5)).toMatch(lang === "id" ? /Daftar sebelumnya ada lagi/ : /earlier list is below again/);
    expect(agent.last()?.text ?? "").toContain(`CGK → DPS · ${shortDate(out.iso, lang, today)}`);
    await pickWithSeats(agent);
    await agent.tap(agent.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
    expect(agent.last()?.text ?? "", agent.transcript(4)).toMatch(SUMMARY);
  });

  it.each([
    ["en", "change the date", /type the new day here/],
    ["id", "ganti tanggal dong", /ketik tanggal barunya di sini/],
    ["id", "ke lombok aja", /Untuk ganti rute: mulai lagi dengan \/cari/],
    ["en", "to lombok instead", /To change the route: start over with \/search/],
  ] as const)("%s: '%s' at the summary says how, the summary still waiting", async (lang, typed, how) => {
    const agent = agentIn(lang);
    // A route of its own: the bookings of the other tests here take the first flights' seats.
    await toSummary(agent, `${lang === "id" ? "/cari" : "/search"} CGK KNO ${out.wire} 1`);
    expect((await agent.say(typed))?.text ?? "", agent.transcript(3)).toMatch(how);
    expect((await agent.say("ok?"))?.text ?? "").toMatch(/Belum dibooking|Not booked yet/);
  });

  it.each(["id", "en"] as const)("%s: a smaller party is no search: the summary says how, nothing lost", async (lang) => {
    const agent = agentIn(lang);
    // Routes of their own where a test books: the others' first flights keep their seats.
    await toSummary(agent, `${lang === "id" ? "/cari" : "/search"} CGK UPG ${out.wire} 2`, ["Mr Budi Santoso", "Mrs Ani Lestari"]);
    const reply = (await agent.say(lang === "id" ? "jadi 1 org" : "make it 1 pax"))?.text ?? "";
    expect(reply, agent.transcript(3)).toMatch(/Untuk ganti jumlah penumpang|To change the number of passengers/);
    await agent.tap(lang === "id" ? "✅ Booking" : "✅ Book");
    expect(agent.last()?.text ?? "", agent.transcript(3)).toMatch(/Kode|Code/);
  });

  it.each([
    ["id", "jadi 8 org", /Maksimal 7 penumpang/],
    ["en", "add 2 infants", /infants cannot outnumber adults/],
  ] as const)("%s: '%s', a party no booking takes, is refused at the summary, which still books", async (lang, typed, refusal) => {
    const agent = agentIn(lang);
    await toSummary(agent, `${lang === "id" ? "/cari" : "/search"} CGK BPN ${futureDate(lang === "id" ? 8 : 9).wire} 1`);
    const reply = (await agent.say(typed))?.text ?? "";
    expect(reply, agent.transcript(3)).toMatch(refusal);
    expect(reply).toMatch(/Belum dibooking|Not booked yet/);
    await agent.tap(lang === "id" ? "✅ Booking" : "✅ Book");
    expect(agent.last()?.text ?? "", agent.transcript(3)).toMatch(/Kode|Code/);
  });

  it.each([
    ["id", "jadi 2 org", "Ny Ani Lestari", /👥 Mencari lagi untuk 2 penumpang/, "Ani Lestari"],
    ["en", "add 1 child", "Mstr Rizky Santoso", /👥 Searching again for 1 adult, 1 child/, "Rizky Santoso"],
  ] as const)("%s: '%s' searches the larger party; only the new passenger is asked after the pick", async (lang, typed, name, note, shown) => {
    const agent = agentIn(lang);
    await toSummary(agent, `${lang === "id" ? "/cari" : "/search"} CGK SUB ${futureDate(lang === "id" ? 6 : 7).wire} 1`);
    await agent.say(typed);
    const said = agent.h.emulator.chatMessages(agent.chat.id).filter((m) => m.fromBot).slice(-2).map((m) => m.text ?? "").join("\n");
    expect(said, agent.transcript(4)).toMatch(note);
    await pickWithSeats(agent);
    const asked = (await agent.tap(agent.last()!.reply_markup!.inline_keyboard.flat()[0]!.text), agent.last()?.text ?? "");
    expect(asked, agent.transcript(4)).toMatch(/Penumpang 2 dari 2|Passenger 2 of 2/);
    let reply = (await agent.say(name))?.text ?? "";
    if (/Tanggal lahir|Date of birth/.test(reply)) reply = (await agent.say(name.startsWith("Mstr") ? "01-01-2018" : "17-08-1990"))?.text ?? "";
    expect(reply, agent.transcript(4)).toMatch(SUMMARY);
    expect(reply).toContain("Budi Santoso");
    expect(reply).toContain(shown);
  });

  it.each([
    ["id", "yg garuda aja", /Daftarnya ada lagi/],
    ["en", "garuda only", /list is below again/],
  ] as const)("%s: '%s' brings the list back with everyone kept", async (lang, typed, note) => {
    const agent = agentIn(lang);
    await toSummary(agent, `${lang === "id" ? "/cari" : "/search"} CGK DPS ${out.wire} 1`);
    await agent.say(typed);
    const said = agent.h.emulator.chatMessages(agent.chat.id).filter((m) => m.fromBot).slice(-2).map((m) => m.text ?? "").join("\n");
    expect(said, agent.transcript(4)).toMatch(note);
    await pickWithSeats(agent);
    await agent.tap(agent.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
    expect(agent.last()?.text ?? "", agent.transcript(4)).toMatch(SUMMARY);
  });
});
