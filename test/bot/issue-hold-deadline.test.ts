import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "./journey-steps.js";
import { money } from "../security/helpers.js";
import { bookingJobIds, fire } from "../support/jobs.js";
import { until } from "../support/telegram/wait-for.js";
import type { StoredMessage } from "../support/telegram/index.js";

// An issue with no definite answer holds the code for 30 minutes (services/issue-booking.ts). What the
// agent is told during it must fit the booking's pay-before time, and nothing may invite a payment.
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const agent = (id: number, lang: "id" | "en") => new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
const callbacks = (m: StoredMessage | undefined) => (m?.reply_markup?.inline_keyboard.flat() ?? []).map((b) => ("callback_data" in b ? b.callback_data : ""));
const REMINDER_MS = 15 * 60_000;

/** Fires the booking's 15-minute reminder and returns it as sent. */
async function reminderOf(a: Agent, code: string): Promise<StoredMessage> {
  const before = h.emulator.chatMessages(a.chat.id).length;
  await fire(h, bookingJobIds(code, [REMINDER_MS]).reminders[0]!);
  return h.emulator.waitFor(() => h.emulator.chatMessages(a.chat.id).slice(before).find((m) => m.fromBot && m.text?.includes("⏰ Booking")));
}

describe("an issue hold that outlasts the booking's pay-before time", () => {
  it("the hold message names the deadline and says the airline's answer decides; /status, a reminder and an old Issue button say the same and pay nothing", async () => {
    const a = agent(236_001, "id");
    h.sandbox.controls.setTimelimitSeconds(20 * 60);
    const code = await bookOne(a, `/cari CGK SUB ${futureDate(44).wire} 1`);
    h.sandbox.controls.setTimelimitSeconds(3 * 3600);
    h.sandbox.controls.setFault("getissued-json", { kind: "http500" }, 1);
    await a.say(`/issued ${code}`);
    await a.tap("✅ Issued");
    const said = a.last()?.text ?? "";
    expect(said).toContain("tidak akan saya bayar lagi sampai");
    expect(said).toContain("Batas waktu bayar");
    expect(said).toContain("booking ini hangus");
    expect(said).toContain("hubungi CS MMBC");
    // "Issue again after the hold" would come after the seat is gone.
    expect(said).not.toContain("boleh issued lagi");
    const m0 = money(h);

    const status = await a.say(`/status ${code}`);
    expect(status?.text).toContain("sedang dicek: tidak akan saya bayar lagi sampai");
    expect(status?.text).toContain("hangus");
    expect(callbacks(status).some((d) => d.startsWith("b:i:"))).toBe(false);

    const reminder = await reminderOf(a, code);
    expect(reminder.text).toContain("Pembayarannya sedang dicek");
    expect(reminder.text).not.toContain("Bayar sebelum");
    expect(callbacks(reminder).some((d) => d.startsWith("b:i:"))).toBe(false);
    expect(callbacks(reminder).some((d) => d.startsWith("b:s:"))).toBe(true);

    // Stopping the reminders doesn't bring an Issue button back.
    await a.tap("🔕");
    expect(callbacks(h.emulator.chatMessages(a.chat.id).find((m) => m.message_id === reminder.message_id)).some((d) => d.startsWith("b:i:"))).toBe(false);

    // The booking card's Issue button, from before the hold: the same hold message, no confirmation.
    await a.tap("Issued sekarang");
    expect(a.last()?.text).toContain("booking ini hangus");
    expect(callbacks(a.last()).some((d) => d.startsWith("ic:"))).toBe(false);
    expect(money(h).issues).toBe(m0.issues);
    expect(money(h).balance).toBe(m0.balance);
  });
});

describe("an issue hold that ends before the pay-before time", () => {
  it("says until when nothing is paid, and that it may be issued again after it, before the deadline (English)", async () => {
    const a = agent(236_002, "en");
    const code = await bookOne(a, `/search CGK DPS ${futureDate(45).wire} 1`);
    h.sandbox.controls.setFault("getissued-json", { kind: "html" }, 1);
    await a.say(`/issue ${code}`);
    await a.tap("✅ Issue");
    const said = a.last()?.text ?? "";
    expect(said).toContain(`I won't pay for ${code} again until`);
    expect(said).toMatch(/Pay before: .*you may issue it again before/s);
    expect(said).not.toContain("lapses");

    const status = await a.say(`/status ${code}`);
    expect(status?.text).toContain("is being checked: I won't pay for it again until");
    expect(status?.text).not.toContain("lapses");
    expect(callbacks(status)).toContain(`b:s:mmbc:${code}`);
    expect(callbacks(status).some((d) => d.startsWith("b:i:"))).toBe(false);

    const reminder = await reminderOf(a, code);
    expect(reminder.text).toContain("Its payment is being checked with the airline");
    expect(reminder.text).not.toContain("or the seats are lost");
    expect(callbacks(reminder).some((d) => d.startsWith("b:i:"))).toBe(false);
  });
});

describe("the expiry notice during an issue hold", () => {
  it("past our deadline while the provider still says waiting: 'expired, rebook' waits for the hold's end (the first payment may still go through)", async () => {
    const a = agent(236_003, "id");
    const code = await bookOne(a, `/cari CGK UPG ${futureDate(46).wire} 1`);
    h.sandbox.controls.setFault("getissued-json", { kind: "html" }, 1);
    await a.say(`/issued ${code}`);
    await a.tap("✅ Issued");
    expect(a.last()?.text).toContain("tidak akan saya bayar lagi sampai");
    // Our copy of the deadline has passed; the provider (its clock, or the airline still at work) says waiting.
    await h.app.deps.bookings.update("mmbc", code, (r) => ({ ...r, booking: { ...r.booking, timelimit: new Date(Date.now() - 60_000).toISOString() } }));
    const id = bookingJobIds(code, []).expiry;
    await fire(h, id);
    const job = await until(async () => {
      const j = await h.app.jobs.queue.getJob(id);
      return j && (await j.getState()) === "delayed" && j.processedOn ? j : undefined;
    });
    expect(job.timestamp + job.delay).toBeGreaterThan(Date.now() + 20 * 60_000);
    expect(h.emulator.chatMessages(a.chat.id).some((m) => m.fromBot && m.text?.includes("kedaluwarsa: tidak issued"))).toBe(false);
  });
});
