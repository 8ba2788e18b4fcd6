import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "./journey-steps.js";
import { money } from "../security/helpers.js";
import { ISSUE_DOUBT_HOLD_MS } from "../../src/services/issue-booking.js";

// A clock that moves on between two readings, as a real one does under load (1 ms per reading): the
// issue lock must not depend on reading the same time twice. `later` moves it past a hold without waiting.
let tick = 0;
let later = 0;
let h: Harness;
beforeAll(async () => { h = await startHarness({ now: () => new Date(Date.now() + later + tick++) }); });
afterAll(async () => { await h?.close(); });

async function issueVia(a: Agent, code: string): Promise<string> {
  await a.say(`/issued ${code}`);
  await a.tap("✅ Issued");
  return a.last()?.text ?? "";
}

/** Whether the last answer offers a confirmation button (something that could pay). */
const offersToPay = (a: Agent) => (a.last()?.reply_markup?.inline_keyboard.flat() ?? []).some((b) => b.text.includes("✅"));

describe("an issue with no definite answer holds the booking against a second payment", () => {
  // A 500, an HTML page or "failed to receive data" may all come after the airline took the payment on,
  // and the status may say "waiting" while it is still at it: a retry must not pay again meanwhile.
  it.each(["upstream", "http500", "html"] as const)("after a %s failure the status still says waiting: a retry pays nothing until the hold is over, then pays once", async (kind) => {
    const id = 9_200_000 + tick;
    const a = new Agent(h, { id, first_name: "Agen", language_code: "id" }, { id, type: "private" });
    const code = await bookOne(a, `/cari CGK SUB ${futureDate(30).wire} 1`);
    const before = money(h);
    h.sandbox.controls.setFault("getissued-json", { kind }, 1);
    const said = await issueVia(a, code);
    expect(said).toContain(`Issued ${code} belum mendapat jawaban pasti`);
    expect(said).toContain("tidak akan saya bayar lagi sampai");
    expect(h.sandbox.controls.getBooking(code)!.status).toBe("waiting");

    // A retry during the hold: the status is read, no confirmation is offered, nothing is sent.
    later += ISSUE_DOUBT_HOLD_MS / 2;
    expect((await a.say(`/issued ${code}`))?.text).toContain("tidak akan saya bayar lagi sampai");
    expect(offersToPay(a)).toBe(false);
    expect(money(h).issues).toBe(before.issues + 1);
    expect(money(h).balance).toBe(before.balance);

    // Past the hold, still waiting: the first attempt did not pay, so the agent may issue, once.
    later += ISSUE_DOUBT_HOLD_MS;
    const retry = await issueVia(a, code);
    expect(retry).toContain(`${code} berhasil issued`);
    expect(h.sandbox.controls.getBooking(code)!.status).toBe("issued");
    expect(money(h).issues).toBe(before.issues + 2);
    expect(before.balance - money(h).balance).toBe(h.sandbox.controls.getBooking(code)!.nta);
  });

  it("the airline finishes the held payment: the booking reads as issued and a retry pays nothing", async () => {
    const id = 9_250_000 + tick;
    const a = new Agent(h, { id, first_name: "Sarah", language_code: "en" }, { id, type: "private" });
    const code = await bookOne(a, `/search CGK SUB ${futureDate(32).wire} 1`);
    const before = money(h);
    h.sandbox.controls.setFault("getissued-json", { kind: "html" }, 1);
    await a.say(`/issue ${code}`);
    await a.tap("✅ Issue");
    expect(a.last()?.text).toContain("may still be going through at the airline");
    h.sandbox.controls.issueExternally(code);
    await a.say(`/issue ${code}`);
    expect(offersToPay(a)).toBe(false);
    expect(a.last()?.text).toContain(`${code} is already issued`);
    expect(money(h).issues).toBe(before.issues + 1);
    expect(money(h).balance).toBe(before.balance);
  });

  it("a confirmation already on screen when the hold began pays nothing either", async () => {
    const id = 9_260_000 + tick;
    const a = new Agent(h, { id, first_name: "Agen", language_code: "id" }, { id, type: "private" });
    const code = await bookOne(a, `/cari CGK SUB ${futureDate(33).wire} 1`);
    const before = money(h);
    await a.say(`/issued ${code}`);
    const first = a.last()!;
    const old = first.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.startsWith("ic:")) as { callback_data: string };
    await a.say(`/issued ${code}`);
    h.sandbox.controls.setFault("getissued-json", { kind: "http500" }, 1);
    await a.tap("✅ Issued");
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: a.chat, from: a.user, messageId: first.message_id, data: old.callback_data }));
    expect(a.last()?.text).toContain("tidak akan saya bayar lagi sampai");
    expect(money(h).issues).toBe(before.issues + 1);
    expect(money(h).balance).toBe(before.balance);
  });
});

describe("an airline failure at issue is checked with the provider before anyone may pay again", () => {
  it("the airline ticketed and then the provider said \"failed to receive data\": the booking reads as issued, and a retry pays nothing", async () => {
    const id = 9_300_000 + tick;
    const a = new Agent(h, { id, first_name: "Agen", language_code: "id" }, { id, type: "private" });
    const code = await bookOne(a, `/cari CGK SUB ${futureDate(31).wire} 1`);
    const before = money(h);
    h.sandbox.controls.setFault("getissued-json", { kind: "upstream", commit: true }, 1);
    const said = await issueVia(a, code);
    expect(h.sandbox.controls.getBooking(code)!.status).toBe("issued");
    expect(said).toContain(`${code} berhasil issued`);
    // The reply to /issued itself, found by its words: the e-ticket the issue queued may arrive after it.
    const from = h.emulator.chatMessages(a.chat.id).length;
    await a.say(`/issued ${code}`);
    const again = h.emulator.chatMessages(a.chat.id).slice(from).find((m) => m.fromBot && m.text !== undefined);
    expect((again?.reply_markup?.inline_keyboard.flat() ?? []).some((b) => b.text.includes("✅"))).toBe(false);
    expect(again?.text).toContain(`${code} sudah issued`);
    expect(money(h).issues).toBe(before.issues + 1);
    expect(before.balance - money(h).balance).toBe(h.sandbox.controls.getBooking(code)!.nta);
  });
});
