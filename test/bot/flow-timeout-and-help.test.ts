import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { pickFirstFlight } from "./journey-steps.js";

let h: Harness;
/** The same bot with a timeout of about a second. */
let quick: Harness;
beforeAll(async () => {
  h = await startHarness();
  quick = await startHarness({ env: { CONVERSATION_TIMEOUT_MINUTES: "0.02" }, sandbox: h.sandbox });
});
afterAll(async () => {
  await quick?.close();
  await h?.close();
});

const agentFor = (harness: Harness, id: number, lang = "id") => new Agent(harness, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
const PAST_TIMEOUT_MS = 1_500;

/** Up to "Penumpang 1 dari 1"; returns the flight code opened. */
async function toPassengers(a: Agent, route: string, days: number): Promise<string> {
  await a.say(`/cari ${route} ${futureDate(days).wire} 1`);
  const flight = await pickFirstFlight(a);
  await a.tap("Lanjut");
  expect(a.last()?.text).toContain("Penumpang 1 dari 1");
  return flight;
}

describe("an answer that comes after the flow timed out", () => {
  it("gets one reply: the booking stopped, the message was not used, and one tap opens the same flight again", async () => {
    const a = agentFor(quick, 24_001);
    const flight = await toPassengers(a, "CGK BPN", 64);
    await sleep(PAST_TIMEOUT_MS);
    const n = quick.emulator.chatMessages(a.chat.id).length;
    await a.say("Mr Budi Santoso");
    const late = a.botTexts(n);
    expect(late, late.join("\n---\n")).toHaveLength(1);
    expect(late[0]).toContain(`Booking ${flight} berhenti`);
    expect(late[0]).toContain("belum dipakai");
    expect(late[0]).toContain("CGK → BPN");
    expect(late[0]).not.toContain("Ketik kode penerbangan");
    // The flight again, its price checked afresh, then the passengers.
    expect((await a.tap(`Lanjutkan booking ${flight}`))?.text).toContain(`✈️ ${flight}`);
    await a.tap("Lanjut");
    expect(a.last()?.text).toContain("Penumpang 1 dari 1");
  });

  it("its other taps: the list again, or the same search run again", async () => {
    const a = agentFor(quick, 24_002);
    await toPassengers(a, "CGK PNK", 65);
    await sleep(PAST_TIMEOUT_MS);
    await a.say("Mrs Sari Dewi");
    // The notice becomes the list.
    expect((await a.tap("Daftar penerbangan"))?.text).toContain("CGK → PNK");
    const b = agentFor(quick, 24_007);
    await toPassengers(b, "CGK DJB", 65);
    await sleep(PAST_TIMEOUT_MS);
    await b.say("Mrs Sari Dewi");
    const n = quick.emulator.chatMessages(b.chat.id).length;
    await b.tap("Cari ulang");
    expect(b.botTexts(n).join("\n")).toContain("CGK → DJB");
    expect(b.last()?.reply_markup?.inline_keyboard.flat().some((x) => "callback_data" in x && x.callback_data.includes(":o:"))).toBe(true);
  });

  it("a late /cari just starts the new search: no timeout notice, no 'booking dropped'", async () => {
    const a = agentFor(quick, 24_003);
    await toPassengers(a, "CGK BDJ", 66);
    await sleep(PAST_TIMEOUT_MS);
    const n = quick.emulator.chatMessages(a.chat.id).length;
    await a.say(`/cari CGK KNO ${futureDate(66).wire} 1`);
    const texts = a.botTexts(n).join("\n");
    expect(texts).toContain("CGK → KNO");
    expect(texts).not.toContain("⌛");
    expect(texts).not.toContain("ditinggalkan");
  });

  it("a late tap on the old quote's button is answered by the same one notice", async () => {
    const a = agentFor(quick, 24_004);
    await a.say(`/cari CGK PLM ${futureDate(67).wire} 1`);
    await pickFirstFlight(a);
    await sleep(PAST_TIMEOUT_MS);
    const n = quick.emulator.chatMessages(a.chat.id).length;
    const before = quick.emulator.calls.length;
    await a.tap("Lanjut");
    const late = a.botTexts(n);
    expect(late).toHaveLength(1);
    expect(late[0]).toContain("berhenti");
    expect(quick.emulator.calls.slice(before).some((c) => c.method === "answerCallbackQuery")).toBe(true);
  });

  it("a search left at its first question says so, with /cari as the way back", async () => {
    const a = agentFor(quick, 24_005);
    await a.say("/cari");
    await sleep(PAST_TIMEOUT_MS);
    const n = quick.emulator.chatMessages(a.chat.id).length;
    await a.say("CGK");
    const late = a.botTexts(n);
    expect(late).toHaveLength(1);
    expect(late[0]).toContain("Pencarian berhenti");
    expect(late[0]).toContain("/cari");
  });

  it("English agents read it in English", async () => {
    const a = agentFor(quick, 24_006, "en");
    await a.say("/search");
    await sleep(PAST_TIMEOUT_MS);
    expect((await a.say("CGK"))?.text).toContain("The search stopped after");
  });
});

describe("a photo with a caption at a typed question", () => {
  it("takes the caption as the answer and says the photo itself was not read", async () => {
    const a = agentFor(h, 24_101);
    await toPassengers(a, "SUB UPG", 68);
    const n = h.emulator.chatMessages(a.chat.id).length;
    const u = h.emulator.sendMedia({ chat: a.chat, from: a.user, kind: "photo", caption: "Mr Budi Santoso" });
    await h.app.bot.handleUpdate(u!);
    const texts = a.botTexts(n);
    expect(texts[0]).toMatch(/Fotonya.*tidak saya baca.*keterangannya saya pakai/s);
    expect(texts[0]).toContain("Mr Budi Santoso");
    // The name was taken: the next question is the contact (or a birth date).
    expect(a.last()?.text).toMatch(/E-mail kontak|Tanggal lahir/);
  });

  it("a photo without a caption still gets the usual hint", async () => {
    const a = agentFor(h, 24_102);
    await toPassengers(a, "SUB KOE", 69);
    const u = h.emulator.sendMedia({ chat: a.chat, from: a.user, kind: "photo" });
    await h.app.bot.handleUpdate(u!);
    expect(a.last()?.text).toContain("tidak saya baca. Ketik jawaban");
  });
});

describe("/start and /help while a flow is open", () => {
  it("the help, then the open question asked again; the answer still counts", async () => {
    const a = agentFor(h, 24_201);
    await toPassengers(a, "CGK LOP", 70);
    const n = h.emulator.chatMessages(a.chat.id).length;
    await a.say("/start");
    const texts = a.botTexts(n);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain("/cari");
    expect(texts[1]).toContain("Masih menunggu jawaban Anda");
    expect(texts[1]).toContain("Penumpang 1 dari 1");
    expect((await a.say("Mr Budi Santoso"))?.text).toMatch(/E-mail kontak|Tanggal lahir/);
  });

  it("/help at a question with buttons repeats it with its buttons, which work", async () => {
    const a = agentFor(h, 24_202);
    await a.say("/cari CGK SUB");
    await a.say("/help");
    expect(a.last()?.text).toContain("Masih menunggu jawaban Anda");
    const day = a.last()?.reply_markup?.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.startsWith("c:d:")) as { callback_data: string } | undefined;
    expect(day).toBeDefined();
    await a.tap({ data: day!.callback_data });
    expect(a.last()?.text).not.toContain("Masih menunggu");
    expect(a.botTexts().join("\n")).not.toContain("Tombol ini");
  });

  it("/help at the results list says the list is still open", async () => {
    const a = agentFor(h, 24_203);
    await a.say(`/cari CGK SRG ${futureDate(71).wire} 1`);
    const help = await a.say("/help");
    expect(help?.text).toContain("/cari");
    expect(help?.text).toContain("Daftar penerbangan Anda masih terbuka");
  });

  it("/start with nothing open is the help alone", async () => {
    const a = agentFor(h, 24_204);
    await a.say("/start");
    expect(a.botTexts()).toHaveLength(1);
    expect(a.last()?.text).not.toContain("masih");
  });

  it("/start after the flow timed out: the help and the timeout notice, never 'still waiting'", async () => {
    const a = agentFor(quick, 24_205);
    await toPassengers(a, "CGK TKG", 72);
    await sleep(PAST_TIMEOUT_MS);
    const n = quick.emulator.chatMessages(a.chat.id).length;
    await a.say("/start");
    const texts = a.botTexts(n);
    expect(texts).toHaveLength(2);
    expect(texts[1]).toContain("berhenti");
    expect(texts.join("\n")).not.toContain("Masih menunggu");
  });
});
