import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "./journey-steps.js";
import { forge } from "../security/helpers.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

describe("the whole journey in a private chat", () => {
  it("searches, prices, takes passengers, books, issues and sends the PDF (Indonesian)", async () => {
    const budi = { id: 5001, first_name: "Budi", language_code: "id" };
    const agent = new Agent(h, budi, { id: budi.id, type: "private" });
    const date = futureDate(20);
    await agent.say("/start");
    expect(agent.last()?.text).toContain("Sandbox");
    await agent.say("/cari");
    expect(agent.last()?.text).toContain("Berangkat dari mana");
    await agent.say("jakarta");
    await agent.tap("(CGK)");
    await agent.say("surabaya");
    expect(agent.last()?.text).toContain("Tanggal berangkat");
    await agent.say(date.wire);
    await agent.say("1");
    const results = agent.last();
    expect(results?.text).toContain("CGK → SUB");
    const flights = results!.reply_markup!.inline_keyboard.flat().filter((b) => "callback_data" in b && b.callback_data.includes(":o:"));
    expect(flights.length).toBeGreaterThan(0);
    expect(flights[0]!.text).toMatch(/^[A-Z0-9]{2}-\d+ \d\d:\d\d–\d\d:\d\d(\+1)?( · \d transit)? · Rp [\d.]+$/);
    await agent.tap({ data: (flights[0] as { callback_data: string }).callback_data });
    expect(agent.last()?.text).toContain("Sisa kursi");
    await agent.tap("Lanjut");
    expect(agent.last()?.text).toContain("Penumpang 1 dari 1");
    let msg = await agent.say("Mr Budi Santoso");
    if (msg?.text?.includes("Tanggal lahir")) msg = await agent.say("17-08-1990");
    expect(msg?.text).toContain("E-mail");
    await agent.say("budi@example.com");
    await agent.say("0812 3456 7890");
    expect(agent.last()?.text).toContain("Periksa sebelum booking");
    await agent.tap("Booking");
    const card = agent.last()!;
    expect(card.text).toMatch(/Booking berhasil! Kode: [A-Z0-9]{6}/);
    expect(card.text).toContain("NTA");
    const code = /Kode: ([A-Z0-9]{6})/.exec(card.text!)![1]!;
    const before = h.sandbox.controls.getBalance();
    await agent.tap("Issued sekarang");
    expect(agent.last()?.text).toContain(`Issued ${code}?`);
    await agent.tap(`✅ Issued`);
    const doc = await agent.document(`etiket-${code}.pdf`);
    expect(doc?.document?.file_name).toBe(`etiket-${code}.pdf`);
    expect(h.emulator.file(doc!.document!.file_id)!.subarray(0, 5).toString()).toBe("%PDF-");
    const nta = h.sandbox.controls.getBooking(code)!;
    expect(before - h.sandbox.controls.getBalance()).toBeGreaterThan(0);
    expect(nta.status).toBe("issued");
    if (process.env.SHOW_TRANSCRIPT) console.log(agent.transcript());
    expect(h.emulator.errors).toEqual([]);
  });
});

describe("/pesanan pages through every booking of the chat", () => {
  it("ten a page, newest first, ◀ ▶ in the same message; a page past the end is the last; forged data elsewhere changes nothing", async () => {
    const dewi = { id: 5101, first_name: "Dewi", language_code: "id" };
    const agent = new Agent(h, dewi, { id: dewi.id, type: "private" });
    const first = await bookOne(agent, `/cari CGK SUB ${futureDate(44).wire} 1`);
    const record = (await h.app.deps.bookings.get("mmbc", first))!;
    // Eleven more of this chat's bookings, as the store keeps them (the list reads only the store).
    const codes = Array.from({ length: 11 }, (_, i) => `PG${String(i).padStart(4, "0")}`);
    for (const [i, code] of codes.entries()) {
      await h.app.deps.bookings.save({ ...record, booking: { ...record.booking, code }, createdAt: new Date(Date.parse(record.createdAt) + (i + 1) * 1000).toISOString() });
    }
    const list = await agent.say("/pesanan");
    expect(list?.text).toContain("(12)");
    expect(list?.text).toContain(`1. ${codes[10]}`);
    expect(list?.text).not.toContain(first);
    const next = await agent.tap("▶");
    expect(next?.message_id).toBe(list?.message_id);
    expect(next?.text).toContain(`11. ${codes[0]}`);
    expect(next?.text).toContain(`12. ${first}`);
    expect(next?.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toContain("2/2");
    expect((await agent.tap("◀"))?.text).toContain(`1. ${codes[10]}`);
    expect((await forge(agent, "bk:p:7"))?.reply).toBeUndefined();
    expect(h.emulator.chatMessages(agent.chat.id).find((m) => m.message_id === list?.message_id)?.text).toContain(`12. ${first}`);
    // On any other message (here the /saldo answer), the page data does nothing.
    const balance = await agent.say("/saldo");
    const forged = await forge(agent, "bk:p:0");
    expect(forged.toast).toBe("Tombol ini sudah tidak aktif.");
    expect(h.emulator.chatMessages(agent.chat.id).find((m) => m.message_id === balance?.message_id)?.text).toBe(balance?.text);
  });
});
