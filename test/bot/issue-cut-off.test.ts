import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "./journey-steps.js";
import { money } from "../security/helpers.js";
import { ISSUE_DOUBT_HOLD_MS } from "../../src/services/issue-booking.js";
import { recoverIssue } from "../../src/services/issue-recovery.js";
import { jobIds } from "../../src/jobs/job-data.js";
import { settledState } from "../support/jobs.js";
import { until } from "../support/telegram/wait-for.js";
import type { StoredMessage } from "../support/telegram/index.js";

// The bot process is SIGKILLed while MMBC's getissued call is in flight. What it leaves behind is what
// issueOnce wrote before the call — the ledger's lock, as the real ledger writes it — and whatever MMBC
// did with the payment. Everything after is the next process: this harness, on the same Redis and sandbox.
// `later` moves the bot's clock on without waiting (past the old 5-minute lock, past the hold).
let later = 0;
let h: Harness;
beforeAll(async () => { h = await startHarness({ now: () => new Date(Date.now() + later) }); });
afterAll(async () => { await h?.close(); });

const agent = (id: number, lang: "id" | "en") => new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
const callbacks = (m: StoredMessage | undefined) => (m?.reply_markup?.inline_keyboard.flat() ?? []).map((b) => ("callback_data" in b ? b.callback_data : ""));
const tickets = (a: Agent, code: string) => h.emulator.chatMessages(a.chat.id).filter((m) => m.document?.file_name === `etiket-${code}.pdf`);

/** The issue call of a process that then died: the lock issueOnce takes before calling the provider. */
async function killedDuringIssue(a: Agent, code: string): Promise<void> {
  const now = h.app.deps.now();
  const lock = await h.app.deps.ledger.begin("mmbc", code, a.user.id, now, new Date(now.getTime() + ISSUE_DOUBT_HOLD_MS));
  expect(lock.ok).toBe(true);
}

/** The e-ticket job of this booking has run (whatever it did), so "no second document" is not a race. */
async function ticketJobSettled(code: string): Promise<void> {
  await until(async () => {
    const s = await settledState(h, jobIds.ticket("mmbc", code));
    return s && s.state !== "gone" ? s : undefined;
  });
}

describe("the payment went through at MMBC while the process issuing it died", () => {
  it("/cek says issued, records it and sends the e-ticket by itself, once; later lookups and taps send nothing more and pay nothing", async () => {
    const a = agent(237_001, "id");
    const code = await bookOne(a, `/cari CGK SUB ${futureDate(47).wire} 1`);
    await killedDuringIssue(a, code);
    h.sandbox.controls.issueExternally(code);
    const before = money(h);

    const status = await a.say(`/cek ${code}`);
    expect(status?.text).toContain("issued");
    expect(status?.text).toContain(`${code} sudah issued: pembayarannya berhasil. E-tiketnya segera dikirim ke chat ini.`);
    await a.document(`etiket-${code}.pdf`);
    expect((await h.app.deps.ledger.get("mmbc", code))?.state).toBe("done");
    expect((await h.app.deps.bookings.get("mmbc", code))?.issuedAt).toBeDefined();

    // Every other way of looking at it now: nothing more is sent, nothing is paid.
    await a.say(`/cek ${code}`);
    expect(a.last()?.text).not.toContain("E-tiketnya segera dikirim");
    await a.tap("Issued sekarang"); // the booking card's button, from before
    expect(a.last()?.text).toContain(`${code} sudah issued`);
    expect(callbacks(a.last()).some((d) => d.startsWith("ic:"))).toBe(false);
    await a.say(code);
    await ticketJobSettled(code);
    expect(tickets(a, code)).toHaveLength(1);
    expect(money(h).issues).toBe(before.issues);
    expect(money(h).balance).toBe(before.balance);
    expect(h.emulator.errors).toEqual([]);
  });

  it("the Issue button is the first lookup: it says issued, not a confirmation, and the e-ticket comes once (English)", async () => {
    const a = agent(237_002, "en");
    const code = await bookOne(a, `/search CGK DPS ${futureDate(48).wire} 1`);
    await killedDuringIssue(a, code);
    h.sandbox.controls.issueExternally(code);
    await a.tap("Issue now");
    expect(a.last()?.text).toBe(`✅ ${code} is already issued: the payment went through. The e-ticket is on its way to this chat.`);
    expect(callbacks(a.last()).some((d) => d.startsWith("ic:"))).toBe(false);
    await a.document(`etiket-${code}.pdf`);
    await a.say(`/status ${code}`);
    await ticketJobSettled(code);
    expect(tickets(a, code)).toHaveLength(1);
  });

  it("/etiket asked first sends the e-ticket and records the issue, so a later /cek sends no second one", async () => {
    const a = agent(237_005, "id");
    const code = await bookOne(a, `/cari CGK SUB ${futureDate(49).wire} 1`);
    await killedDuringIssue(a, code);
    h.sandbox.controls.issueExternally(code);

    await a.say(`/etiket ${code}`);
    await a.document(`etiket-${code}.pdf`);
    expect((await h.app.deps.ledger.get("mmbc", code))?.state).toBe("done");
    expect((await h.app.deps.bookings.get("mmbc", code))?.issuedAt).toBeDefined();

    const status = await a.say(`/cek ${code}`);
    expect(status?.text).toContain("issued");
    expect(status?.text).not.toContain("E-tiketnya segera dikirim");
    expect(await settledState(h, jobIds.ticket("mmbc", code))).toMatchObject({ state: "gone" });
    expect(tickets(a, code)).toHaveLength(1);
  });

  it("two lookups at the same moment record it once and queue one e-ticket", async () => {
    const a = agent(237_003, "id");
    const code = await bookOne(a, `/cari CGK UPG ${futureDate(49).wire} 1`);
    await killedDuringIssue(a, code);
    h.sandbox.controls.issueExternally(code);
    const record = (await h.app.deps.bookings.get("mmbc", code))!;
    const both = await Promise.all([recoverIssue(h.app.deps, record, "issued", "id"), recoverIssue(h.app.deps, record, "issued", "id")]);
    expect(both.filter((r) => r !== undefined)).toHaveLength(1);
    await a.document(`etiket-${code}.pdf`);
    await ticketJobSettled(code);
    expect(tickets(a, code)).toHaveLength(1);
  });

  it("a stranger's /cek of the code reads like an unknown code, sets nothing off, and the owner's /cek still delivers", async () => {
    const owner = agent(237_004, "id");
    const stranger = agent(237_005, "id");
    const code = await bookOne(owner, `/cari CGK KNO ${futureDate(50).wire} 1`);
    await killedDuringIssue(owner, code);
    h.sandbox.controls.issueExternally(code);
    const unknown = (await stranger.say("/cek ZZ9Q8X"))?.text;
    expect((await stranger.say(`/cek ${code}`))?.text).toBe(unknown);
    expect(stranger.botTexts().join("\n")).not.toContain(code);
    expect((await h.app.deps.ledger.get("mmbc", code))?.state).toBe("in_progress");
    expect((await h.app.deps.bookings.get("mmbc", code))?.issuedAt).toBeUndefined();
    expect(await h.app.jobs.queue.getJob(jobIds.ticket("mmbc", code))).toBeUndefined();

    await owner.say(`/cek ${code}`);
    await owner.document(`etiket-${code}.pdf`);
    expect(tickets(stranger, code)).toHaveLength(0);
  });
});

describe("the payment has not gone through (yet) and the dead process's lock still stands", () => {
  it("/cek says the payment is being checked with no Issue button; the Issue button names /cek and offers no confirmation; once MMBC issues it, the next lookup delivers", async () => {
    const a = agent(237_006, "id");
    const code = await bookOne(a, `/cari CGK SUB ${futureDate(51).wire} 1`);
    await killedDuringIssue(a, code);
    const before = money(h);

    // Past the old 5-minute lock too: the payment may go through for as long as any unanswered issue's.
    later += 6 * 60_000;
    const status = await a.say(`/cek ${code}`);
    expect(status?.text).toContain("sedang dicek: tidak akan saya bayar lagi sampai");
    expect(callbacks(status).some((d) => d.startsWith("b:i:"))).toBe(false);
    expect(callbacks(status)).toContain(`b:s:mmbc:${code}`);

    await a.tap("Issued sekarang");
    const said = a.last()?.text ?? "";
    expect(said).toContain(`Pembayaran untuk ${code} sudah dikirim ke provider dan hasilnya sedang dicek`);
    expect(said).toContain(`/cek ${code}`);
    expect(callbacks(a.last()).some((d) => d.startsWith("ic:"))).toBe(false);
    expect(money(h).issues).toBe(before.issues);
    expect(money(h).balance).toBe(before.balance);

    h.sandbox.controls.issueExternally(code);
    await a.tap({ data: `b:s:mmbc:${code}` });
    expect(a.last()?.text).toContain("E-tiketnya segera dikirim");
    await a.document(`etiket-${code}.pdf`);
    await ticketJobSettled(code);
    expect(tickets(a, code)).toHaveLength(1);
  });

  it("once the hold is over and MMBC still says waiting, the cut-off call did not pay: Issue offers the confirmation, and pays once", async () => {
    const a = agent(237_007, "id");
    const code = await bookOne(a, `/cari CGK DPS ${futureDate(52).wire} 1`);
    await killedDuringIssue(a, code);
    const before = money(h);
    later += ISSUE_DOUBT_HOLD_MS + 60_000;
    try {
      await a.say(`/issued ${code}`);
      await a.tap("✅ Issued");
      expect(a.last()?.text).toContain(`${code} berhasil issued`);
      expect(money(h).issues).toBe(before.issues + 1);
      await a.document(`etiket-${code}.pdf`);
    } finally {
      later = 0;
    }
  });
});
