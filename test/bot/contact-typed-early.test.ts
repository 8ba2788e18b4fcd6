import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { tiketPlain, tiketPlainDay } from "../support/sandbox-days.js";
import { pickFirstFlight } from "./journey-steps.js";

// The customer's e-mail and phone pasted at a passenger question ("3174092302900001 budi@mail.com 081234567890",
// or on a line of their own) were ignored or misread, and the contact was asked for again later. The answer is
// taken, the contact is kept (said so), the contact question is skipped and the summary shows the kept contact
// to confirm; a line of contact only is kept and the question asked again.

let tiket: Harness;
let mmbc: Harness;
beforeAll(async () => {
  tiket = await startHarness({ use: "tiket" });
  mmbc = await startHarness();
});
afterAll(async () => {
  await tiket?.close();
  await mmbc?.close();
});

let nextId = 48_100;
const agent = (h: Harness, lang: "id" | "en") => {
  const id = (nextId += 1);
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
};
const KEPT = { email: "budi@mail.com", phone: "081234567890" };
const since = (a: Agent) => a.h.emulator.chatMessages(a.chat.id).length;

/** Opens the first tiket.com flight without a captcha (its search on a day that has one) and gives the name; returns the question asked next. */
async function toDetails(a: Agent, search: string, proceed: string): Promise<string> {
  await a.say(search);
  const buttons = a.last()!.reply_markup!.inline_keyboard.flat().filter((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
  await a.tap({ data: buttons.find((b) => tiketPlain(b.text))!.callback_data });
  await a.tap(proceed);
  return (await a.say("Mr Budi Santoso"))?.text ?? "";
}

/** Answers the passenger questions as they come (`atId`: what is typed at the ID-number question); returns the message after them. */
async function answerDetails(a: Agent, first: string, atId: string): Promise<string> {
  let q = first;
  for (let i = 0; i < 8 && !/Periksa sebelum booking|Check before booking/.test(q); i++) {
    if (/Tanggal lahir|Date of birth/.test(q)) q = (await a.say("17-08-1990"))?.text ?? "";
    else if (/KTP/.test(q)) q = (await a.say(atId))?.text ?? "";
    else if (/Paspor|Passport/.test(q)) q = (await a.say("A1234567 31-12-2031"))?.text ?? "";
    else if (/Kewarganegaraan|Nationality/.test(q)) q = (await a.say("Indonesia"))?.text ?? "";
    else if (/Tanggal terbit|issue date/i.test(q)) q = (await a.say("15-01-2022"))?.text ?? "";
    else break;
  }
  return q;
}

describe("contact details typed at a passenger question", () => {
  it("id: with the ID number on one line, the ID is taken, the contact kept and not asked again, and shown on the summary", async () => {
    const a = agent(tiket, "id");
    const first = await toDetails(a, `/cari CGK DPS ${tiketPlainDay("CGK DPS", 36).wire} 1`, "Lanjut");
    const from = since(a);
    const summary = await answerDetails(a, first, `3174092302900001 ${KEPT.email} ${KEPT.phone}`);
    const said = a.botTexts(from).join("\n");
    expect(said, a.transcript(8)).toContain(`Kontak dicatat untuk booking ini: ${KEPT.email} · ${KEPT.phone}`);
    expect(said).not.toMatch(/E-mail kontak|e-mail pelanggan/i);
    expect(summary, a.transcript(4)).toContain("Periksa sebelum booking");
    expect(summary).toContain(`${KEPT.email} · ${KEPT.phone}`);
    expect(summary).toContain(`Kontaknya yang diketik bersama data penumpang: ${KEPT.email} · ${KEPT.phone}`);
    await a.tap("✅ Booking");
    expect(await tiket.app.deps.contacts.last(a.chat.id)).toEqual(KEPT);
  });

  it("en: on a line of its own after the ID number, with labels and dashes", async () => {
    const a = agent(tiket, "en");
    const first = await toDetails(a, `/search CGK DPS ${tiketPlainDay("CGK DPS", 37).wire} 1`, "Continue");
    const summary = await answerDetails(a, first, `3174092302900001\nemail ${KEPT.email} hp 0812-3456-7890`);
    expect(summary, a.transcript(6)).toContain("Check before booking");
    expect(summary).toContain(`${KEPT.email} · ${KEPT.phone}`);
  });

  it("id: contact only at the ID question is kept, and the ID question is asked again", async () => {
    const a = agent(tiket, "id");
    let q = await toDetails(a, `/cari CGK DPS ${tiketPlainDay("CGK DPS", 38).wire} 1`, "Lanjut");
    for (let i = 0; i < 6 && !/KTP/.test(q); i++) q = (await a.say(/Tanggal lahir/.test(q) ? "17-08-1990" : /Kewarganegaraan/.test(q) ? "Indonesia" : /Tanggal terbit/.test(q) ? "15-01-2022" : "A1234567 31-12-2031"))?.text ?? "";
    expect(q, a.transcript(4)).toContain("KTP");
    const again = (await a.say(`email ${KEPT.email} hp 0812-3456-7890`))?.text ?? "";
    expect(again, a.transcript(3)).toContain(`Kontak dicatat untuk booking ini: ${KEPT.email} · ${KEPT.phone}`);
    expect(again).toContain("Nomor KTP / identitas Budi Santoso?");
    const summary = await answerDetails(a, again, "3174092302900001");
    expect(summary, a.transcript(4)).toContain("Periksa sebelum booking");
    expect(summary).toContain(`${KEPT.email} · ${KEPT.phone}`);
  });

  it("en: on the name's line, the chat's last contact is not offered; the typed one is on the summary", async () => {
    const a = agent(mmbc, "en");
    await mmbc.app.deps.contacts.remember(a.chat.id, { email: "ani@example.com", phone: "082222222222" });
    await a.say(`/search CGK SUB ${futureDate(39).wire} 1`);
    await pickFirstFlight(a);
    await a.tap("Continue");
    const from = since(a);
    let summary = (await a.say(`Mr Budi Santoso ${KEPT.email} ${KEPT.phone}`))?.text ?? "";
    if (/Date of birth/.test(summary)) summary = (await a.say("17-08-1990"))?.text ?? "";
    expect(a.botTexts(from).join("\n"), a.transcript(4)).not.toContain("last contact");
    expect(summary, a.transcript(4)).toContain("Check before booking");
    expect(summary).toContain("Budi Santoso");
    expect(summary).toContain(`${KEPT.email} · ${KEPT.phone}`);
  });

  it("id: an e-mail alone beside the name: the phone is the only contact question left", async () => {
    const a = agent(mmbc, "id");
    await a.say(`/cari CGK SUB ${futureDate(40).wire} 1`);
    await pickFirstFlight(a);
    await a.tap("Lanjut");
    let next = (await a.say(`Tn Budi Santoso\nemail: ${KEPT.email}`))?.text ?? "";
    if (/Tanggal lahir/.test(next)) next = (await a.say("17-08-1990"))?.text ?? "";
    expect(next, a.transcript(4)).toContain("Nomor HP kontak?");
    expect(next).not.toMatch(/kontak terakhir|E-mail kontak/);
    const summary = (await a.say(KEPT.phone))?.text ?? "";
    expect(summary, a.transcript(4)).toContain(`${KEPT.email} · ${KEPT.phone}`);
  });
});
