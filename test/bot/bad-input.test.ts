import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { pickFirstFlight } from "./journey-steps.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const user = (id: number) => ({ id, first_name: "Agen", language_code: "id" });

describe("every step answers bad input clearly and keeps going", () => {
  it("a sticker, photo or voice note outside any question gets the way in, like text does", async () => {
    const agent = new Agent(h, user(7009), { id: 7009, type: "private" });
    for (const kind of ["sticker", "photo", "voice", "document", "location"] as const) {
      await h.app.bot.handleUpdate(h.emulator.sendMedia({ chat: agent.chat, from: agent.user, kind })!);
      expect(agent.last()?.text, kind).toContain("/cari");
    }
    expect(agent.botTexts()).toHaveLength(5);
  });

  it("airports: unknown, misspelled, same as origin", async () => {
    const agent = new Agent(h, user(7001), { id: 7001, type: "private" });
    await agent.say("/cari");
    expect((await agent.say("xyzzy"))?.text).toContain("tidak mengenal");
    const suggestion = await agent.say("surabya");
    expect(suggestion?.text).toContain("Bandara asal mana");
    expect(JSON.stringify(suggestion?.reply_markup)).toContain("SUB");
    await agent.tap("(SUB)");
    expect(agent.last()?.text).toContain("Dari SUB ke mana");
    expect((await agent.say("sub"))?.text).toContain("Asal dan tujuan sama");
    expect((await agent.say("denpasar bali"))?.text).toContain("Tanggal berangkat");
  });

  it("dates: unreadable, past, too far; passengers: no adult, infants over adults, too many", async () => {
    const agent = new Agent(h, user(7002), { id: 7002, type: "private" });
    await agent.say("/cari CGK SUB");
    expect((await agent.say("kemarin sore"))?.text).toContain("tidak terbaca");
    expect((await agent.say("01-01-2020"))?.text).toContain("sudah lewat");
    expect((await agent.say("01-01-2099"))?.text).toContain("hanya bisa dipesan sampai");
    expect((await agent.say(futureDate(10).wire))?.text).toContain("Berapa penumpang");
    expect((await agent.say("0 2"))?.text).toContain("Minimal harus ada satu");
    expect((await agent.say("1 0 2"))?.text).toContain("bayi (2) tidak boleh lebih banyak dari dewasa (1)");
    expect((await agent.say("5 3"))?.text).toContain("Maksimal 7");
    expect((await agent.say("banyak"))?.text).toContain("tidak terbaca");
    expect((await agent.say("1 1"))?.text).toContain("CGK → SUB");
  });

  it("passengers and contact: missing title, child title, bad name, bad email, bad phone", async () => {
    const agent = new Agent(h, user(7003), { id: 7003, type: "private" });
    await agent.say(`/cari CGK UPG ${futureDate(15).wire} 1 1`);
    await pickFirstFlight(agent);
    await agent.tap("Lanjut");
    expect((await agent.say("Budi Santoso"))?.text).toContain("Awali dengan titel: Mr/Tn, Mrs/Ny, Ms/Nn — mis. Tn Budi Santoso");
    expect((await agent.say("Mr Budi: Santoso"))?.text).toContain("Nama hanya boleh");
    let msg = await agent.say("Mr Budi Santoso");
    if (msg?.text?.includes("Tanggal lahir")) msg = await agent.say("17-08-1990");
    expect(msg?.text).toContain("Penumpang 2 dari 2 (anak)");
    expect((await agent.say("Mr Adi"))?.text).toContain("Mstr, Miss");
    msg = await agent.say("Mstr Adi Santoso");
    if (msg?.text?.includes("Tanggal lahir")) {
      expect((await agent.say("01-01-1990"))?.text).toContain("Umur itu tidak sesuai");
      await agent.say("01-01-2018");
    }
    expect((await agent.say("budi at example"))?.text).toContain("bukan alamat e-mail");
    await agent.say("budi@example.com");
    expect((await agent.say("12345"))?.text).toContain("bukan nomor HP");
    expect((await agent.say("+62 812-1111-2222"))?.text).toContain("Periksa sebelum booking");
    expect(agent.last()?.text).toContain("081211112222");
  });

  it("typed answers where buttons are offered, and old buttons get a toast", async () => {
    const agent = new Agent(h, user(7004), { id: 7004, type: "private" });
    await agent.say(`/cari CGK SUB ${futureDate(12).wire} 1`);
    const results = agent.last()!;
    const code = results.reply_markup!.inline_keyboard.flat()[0]!.text.split(" ")[0]!;
    expect((await agent.say("JT-9999"))?.text).toContain("JT-9999 tidak ada di daftar ini");
    await agent.say(code.toLowerCase().replace("-", ""));
    expect(agent.last()?.text).toContain(code);
    // The list stays live while its search does: a flight tapped there replaces the one being priced.
    const first = (results.reply_markup!.inline_keyboard.flat()[0] as { callback_data: string }).callback_data;
    await agent.tap({ data: first });
    expect(agent.last()?.text).toContain("Sisa kursi");
    // A list of an older search is stale once another search is on screen.
    await agent.say(`/cari CGK DPS ${futureDate(12).wire} 1`);
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: agent.chat, from: agent.user, messageId: results.message_id, data: first }));
    const toast = h.emulator.calls.filter((c) => c.method === "answerCallbackQuery").at(-1);
    expect(toast?.payload.text).toBe("Tombol ini sudah tidak aktif.");
    expect(h.emulator.errors).toEqual([]);
  });
});
