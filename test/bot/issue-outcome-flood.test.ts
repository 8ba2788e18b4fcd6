import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "./journey-steps.js";

/**
 * Telegram's flood limit when the outcome is sent, after the deposit paid: the outcome waits out
 * retry_after rather than giving up (the harness's auto-retry waits 2 s at most); a refusal that outlasts
 * even that is answered "check /cek CODE", never "try again", which invites paying a second time.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const flood = (seconds: number) => ({ error_code: 429, description: `Too Many Requests: retry after ${seconds}`, parameters: { retry_after: seconds } });
const botTexts = (a: Agent, from: number) => h.emulator.chatMessages(a.chat.id).filter((m) => m.fromBot && m.message_id > from).map((m) => m.text ?? m.document?.file_name);

describe("the issue's outcome under Telegram's flood limit", () => {
  it("waits out a retry_after longer than auto-retry's and then says it was issued", async () => {
    const id = 952_7101;
    const a = new Agent(h, { id, first_name: "Budi", language_code: "id" }, { id, type: "private" });
    const code = await bookOne(a, `/cari CGK SUB ${futureDate(35).wire} 1`);
    await a.tap("Issued sekarang");
    const from = a.last()!.message_id;
    h.emulator.failNext("sendMessage", flood(4), 1);
    await a.tap("✅ Issued");
    expect(h.sandbox.controls.getBooking(code)?.status).toBe("issued");
    const said = botTexts(a, from);
    // The e-ticket (the worker's) may come first, while the outcome waits.
    expect(said.filter((t) => t?.startsWith("✅"))).toEqual([expect.stringMatching(new RegExp(`^✅ ${code} berhasil issued\\.`))]);
    expect(said.join("\n")).not.toContain("Terjadi kesalahan");
  });

  it("a refusal that outlasts the wait: 'check /status CODE', never 'try again', in English", async () => {
    const id = 952_7102;
    const a = new Agent(h, { id, first_name: "Budi", language_code: "en" }, { id, type: "private" });
    const code = await bookOne(a, `/search CGK DPS ${futureDate(36).wire} 1`);
    await a.tap("Issue now");
    const from = a.last()!.message_id;
    h.emulator.failNext("sendMessage", flood(3600), 1);
    await a.tap("✅ Issue");
    expect(h.sandbox.controls.getBooking(code)?.status).toBe("issued");
    expect(botTexts(a, from)[0]).toBe(`⚠️ Something went wrong sending the result of issuing ${code}. Don't issue it again: check its status first with /status ${code}`);
  });

  it("and in Indonesian", async () => {
    const id = 952_7103;
    const a = new Agent(h, { id, first_name: "Budi", language_code: "id" }, { id, type: "private" });
    const code = await bookOne(a, `/cari CGK DPS ${futureDate(37).wire} 1`);
    await a.tap("Issued sekarang");
    const from = a.last()!.message_id;
    h.emulator.failNext("sendMessage", flood(3600), 1);
    await a.tap("✅ Issued");
    expect(h.sandbox.controls.getBooking(code)?.status).toBe("issued");
    expect(botTexts(a, from)[0]).toBe(`⚠️ Terjadi kesalahan saat mengirim hasil issued ${code}. Jangan di-issued lagi: cek dulu statusnya dengan /cek ${code}`);
  });
});
