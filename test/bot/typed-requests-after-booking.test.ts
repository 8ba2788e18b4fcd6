import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "./journey-steps.js";

// After a booking in a private chat: "batas bayar kapan?", "minta tiketnya", "kirim ulang etiket", "batalin bookingnya"
// got "Ketik /cari untuk mencari penerbangan, atau /bantuan…". Each is answered as the request it is.
let h: Harness;
beforeAll(async () => { h = await startHarness(); }, 60_000);
afterAll(async () => { await h?.close(); });

const HINT = "Ketik /cari untuk mencari penerbangan";
let nextId = 35_400;
let day = 47;
const agentOf = (lang: "id" | "en" = "id") => { const id = (nextId += 3); return new Agent(h, { id, first_name: "Yuni", language_code: lang }, { id, type: "private" }); };
const count = (a: Agent) => a.h.emulator.chatMessages(a.chat.id).length;
/** The bot's texts since `text`, the minutes left to pay left out (a minute may pass between two answers). */
async function answer(a: Agent, text: string): Promise<string[]> {
  const from = count(a);
  await a.say(text);
  return a.h.emulator.chatMessages(a.chat.id).slice(from).filter((m) => m.fromBot).map((m) => (m.text ?? m.caption ?? "").replace(/ \([^()]*(?:lagi|left)\)/g, ""));
}

describe("after a booking, the requests typed about it", () => {
  it("'batas bayar kapan?' / 'kapan jatuh tempo?' show its status with the deadline, as /cek does; nothing paid", async () => {
    const a = agentOf();
    const code = await bookOne(a, `/cari CGK SUB ${futureDate(day++).wire} 1`);
    const status = await answer(a, `/cek ${code}`);
    expect(status[0]).toContain("⏰ Bayar sebelum:");
    expect(await answer(a, "batas bayar kapan?")).toEqual(status);
    expect(await answer(a, "kapan jatuh tempo?")).toEqual(status);
    expect(await answer(a, "bayar kapan?")).toEqual(status);
    expect(h.sandbox.controls.getBooking(code)?.status).toBe("waiting");
  });

  it("'saya bayar kapan2 aja' is paying later: the deadline, never a booking code KAPAN2; 'bayar nanti2 aja' names no code", async () => {
    const a = agentOf();
    const code = await bookOne(a, `/cari CGK SUB ${futureDate(day++).wire} 1`);
    const status = await answer(a, `/cek ${code}`);
    expect(await answer(a, "saya bayar kapan2 aja")).toEqual(status);
    expect((await answer(a, "bayar nanti2 aja")).join("\n")).not.toMatch(/NANTI2/i);
    expect((await answer(a, "saya issued besok2 aja ya")).join("\n")).not.toMatch(/BESOK2/i);
    expect(h.sandbox.controls.getBooking(code)?.status).toBe("waiting");
  });

  it("'minta tiketnya' / 'kirim ulang etiket(nya)' answer as /etiket, 'batalin bookingnya' as 'bisa cancel?'", async () => {
    const a = agentOf();
    const code = await bookOne(a, `/cari CGK SUB ${futureDate(day++).wire} 1`);
    const ticket = await answer(a, `/etiket ${code}`);
    for (const typed of ["minta tiketnya", "kirim ulang etiket", "kirim ulang etiketnya"]) expect(await answer(a, typed)).toEqual(ticket);
    const cancel = await answer(a, "bisa cancel?");
    expect(cancel.join("\n")).not.toContain(HINT);
    expect(await answer(a, "batalin bookingnya")).toEqual(cancel);
  });

  it("'gak jadi, batalin aja bookingnya' answers as 'batal'; 'saya bayar nanti aja' shows the deadline as /cek", async () => {
    const a = agentOf();
    const code = await bookOne(a, `/cari CGK SUB ${futureDate(day++).wire} 1`);
    const cancel = await answer(a, "batal");
    expect(cancel.join("\n")).not.toContain(HINT);
    expect(await answer(a, "gak jadi, batalin aja bookingnya")).toEqual(cancel);
    const status = await answer(a, `/cek ${code}`);
    expect(await answer(a, "saya bayar nanti aja")).toEqual(status);
    expect(h.sandbox.controls.getBooking(code)?.status).toBe("waiting");
  });

  it("in English: 'when is the payment deadline?' is its status", async () => {
    const a = agentOf("en");
    const code = await bookOne(a, `/search CGK SUB ${futureDate(day++).wire} 1`);
    const status = await answer(a, `/status ${code}`);
    expect(status[0]).toContain("⏰ Pay before:");
    expect(await answer(a, "when is the payment deadline?")).toEqual(status);
  });
});
