import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { tiketPlain, tiketPlainDay } from "../support/sandbox-days.js";
import { fillPassengers, givePrivately, pickFirstFlight } from "./journey-steps.js";
import { money } from "../security/helpers.js";

let h: Harness;
let tiket: Harness;
beforeAll(async () => {
  h = await startHarness();
  tiket = await startHarness({ use: "tiket" });
});
afterAll(async () => { await h?.close(); await tiket?.close(); });

let nextId = 52_400;
const agent = (hh: Harness, lang: "id" | "en" = "id") => { const id = (nextId += 3); return new Agent(hh, { id, first_name: "Agen", language_code: lang }, { id, type: "private" }); };
const first = { email: "agen@example.com", phone: "081234567890" };

/** Up to the MMBC summary, with `first` as the contact; returns the summary's message id. */
async function toSummary(a: Agent, days: number): Promise<number> {
  const lang = a.user.language_code === "en" ? { cmd: "/search", go: "Continue", title: "Check before booking" } : { cmd: "/cari", go: "Lanjut", title: "Periksa sebelum booking" };
  await a.say(`${lang.cmd} CGK SUB ${futureDate(days).wire} 1`);
  await pickFirstFlight(a);
  await a.tap(lang.go);
  await fillPassengers(a, ["Tn Budi Santoso"], first);
  const summary = a.last()!;
  expect(summary.text, a.transcript(4)).toContain(lang.title);
  expect(summary.text).toContain(first.email);
  return summary.message_id;
}

/** The book button of the summary shown last. */
const bookData = (a: Agent) => (a.last()!.reply_markup!.inline_keyboard.flat().find((b) => /✅/.test(b.text)) as { callback_data: string }).callback_data;

describe("a new contact typed at the booking summary", () => {
  it("an e-mail becomes the contact, the summary is shown again with it, and only its ✅ books (with the phone kept)", async () => {
    const a = agent(h);
    const oldSummary = await toSummary(a, 41);
    const before = money(h).bookings;
    const shown = await a.say("budi.baru@example.com");
    expect(shown?.text, a.transcript(3)).toContain("Kontak diganti jadi budi.baru@example.com · 081234567890");
    expect(shown?.text).toContain("Periksa sebelum booking");
    expect(shown?.text).not.toContain(first.email);
    expect(shown?.text).not.toContain("tiket.com");
    expect(shown?.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual(["✅ Booking", "✏️ Ubah", "✖️ Batal"]);
    expect(money(h).bookings).toBe(before);
    // The summary that showed the old contact books nothing any more.
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: a.chat, from: a.user, messageId: oldSummary, data: bookData(a) }));
    expect(money(h).bookings).toBe(before);
    expect((await a.tap("✅ Booking"))?.text, a.transcript(3)).toContain("Kode:");
    expect(money(h).bookings).toBe(before + 1);
    expect(await h.app.deps.contacts.last(a.chat.id)).toEqual({ email: "budi.baru@example.com", phone: first.phone });
  });

  it("in English, 'change phone to 0813 9999 8888' changes the phone only; a second change is shown again too", async () => {
    const a = agent(h, "en");
    await toSummary(a, 42);
    const shown = await a.say("change phone to 0813 9999 8888");
    expect(shown?.text, a.transcript(3)).toContain("Contact changed to agen@example.com · 081399998888");
    expect(shown?.text).toContain("Nothing is booked yet");
    const again = await a.say("email: siti@example.co.id");
    expect(again?.text, a.transcript(3)).toContain("Contact changed to siti@example.co.id · 081399998888");
    await a.tap("✅ Book");
    expect(await h.app.deps.contacts.last(a.chat.id)).toEqual({ email: "siti@example.co.id", phone: "081399998888" });
  });

  it("what the contact question would refuse gets its hint, not 'use the buttons', and changes nothing", async () => {
    const a = agent(h);
    await toSummary(a, 43);
    const before = money(h).bookings;
    expect((await a.say("budi@gmail"))?.text).toContain("bukan alamat e-mail");
    expect((await a.say("ganti hp 0212345678"))?.text).toMatch(/nomor HP|nomor ponsel/i);
    // Words that are no contact still read as before.
    expect((await a.say("ganti email"))?.text).toContain("Apa yang mau diubah");
    expect(money(h).bookings).toBe(before);
  });

  it("in a group, a reply to the summary with a new number shows it masked (the e-mail too), and ✅ books with it", async () => {
    const id = (nextId += 3);
    const chat = { id: -1_005_200_000 - id, type: "group" as const, title: "Agen Makmur" };
    const a = new Agent(h, { id, first_name: "Rina", language_code: "id" }, chat);
    await a.say(`/cari@${h.emulator.botInfo.username} CGK SUB ${futureDate(45).wire} 1`);
    const flight = a.lastForMe()!.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { callback_data: string };
    await a.tap({ data: flight.callback_data });
    await a.tap("Lanjut");
    let msg = await a.reply("Tn Budi Santoso");
    if (msg?.text?.includes("data pribadi")) msg = await givePrivately(a);
    if (msg?.text?.includes("kontak terakhir")) await a.tap("✏️");
    await a.reply(first.email);
    expect((await a.reply(first.phone))?.text, a.transcript(3)).toContain("Periksa sebelum booking");
    const shown = await a.reply("wa 0813 9999 8888");
    expect(shown?.text, a.transcript(3)).toContain("Kontak diganti jadi ag…@example.com · 0813…888");
    expect(shown?.text).not.toContain("081399998888");
    await a.tap("✅ Booking");
    expect(a.lastForMe()?.text, a.transcript(3)).toContain("Kode:");
    expect(await h.app.deps.contacts.last(chat.id)).toEqual({ email: first.email, phone: "081399998888" });
  });

  it("a tiket.com flight: the new contact is shown with the reminder that it must be the customer's own", async () => {
    const a = agent(tiket, "en");
    await a.say(`/search CGK DPS ${tiketPlainDay("CGK DPS", 44).wire} 1`);
    const flights = a.last()!.reply_markup!.inline_keyboard.flat().filter((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
    await a.tap({ data: flights.find((b) => tiketPlain(b.text))!.callback_data });
    await a.tap("Continue");
    let msg = await a.say("Mr Budi Santoso");
    for (let i = 0; i < 6; i++) {
      const q = msg?.text ?? "";
      if (/Date of birth/.test(q)) msg = await a.say("17-08-1990");
      else if (/ID card|ID number|NIK/.test(q)) msg = await a.say("3174092302900001");
      else if (/Passport/.test(q)) msg = await a.say("A1234567 31-12-2031");
      else if (/Nationality/.test(q)) msg = await a.say("Indonesia");
      else if (/issue date/i.test(q)) msg = await a.say("15-01-2022");
      else break;
    }
    await a.say("budi@example.com");
    expect((await a.say("081234567890"))?.text, a.transcript(3)).toContain("Check before booking");
    const shown = await a.say("budi.santoso@example.com");
    expect(shown?.text, a.transcript(3)).toContain("Contact changed to budi.santoso@example.com · 081234567890");
    expect(shown?.text).toContain("it must be the customer's own");
  });
});
