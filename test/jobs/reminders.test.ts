import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseOffsets } from "../../src/jobs/reminder-offsets.js";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookingJobIds, fire, fireAll, settled } from "../support/jobs.js";
import { jobIds } from "../../src/jobs/job-data.js";
import { startTelegramEmulator, type TelegramEmulator } from "../support/telegram/index.js";
import { bookOne } from "../bot/journey-steps.js";
import { bookInGroup } from "../security/helpers.js";

// Bookings here have an hour, so no reminder is ever close to its deadline in real time, and a job is
// made due with `fire` (see test/support/jobs.ts) instead of waiting for it. When the provider must say
// "expired", the sandbox's clock is moved past the booking's deadline (`expireAtProvider`). The one
// thing that needs real time to pass is a reminder that is late, in the last describe.
let skewMs = 0;
let sandbox: MmbcSandbox;
let emulator: TelegramEmulator;
beforeAll(async () => {
  sandbox = await startMmbcSandbox({ timelimitSeconds: 3600, now: () => Date.now() + skewMs });
  emulator = await startTelegramEmulator();
});
afterAll(async () => {
  await sandbox.close();
  await emulator.close();
});

const reminders = (chatId: number) => emulator.chatMessages(chatId).filter((m) => m.fromBot && m.text?.includes("belum issued"));
const expiries = (chatId: number) => emulator.chatMessages(chatId).filter((m) => m.fromBot && m.text?.includes("kedaluwarsa: tidak issued"));
const agentIn = (h: Harness, id: number) => new Agent(h, { id, first_name: "Agen", language_code: "id" }, { id, type: "private" });

/** The sandbox's clock moves past the booking's deadline: from now on the provider says "expired". */
function expireAtProvider(code: string): void {
  const deadline = sandbox.controls.getBooking(code)!.timelimitAt;
  skewMs = Math.max(skewMs, deadline - Date.now() + 60_000);
  expect(sandbox.controls.getBooking(code)?.status).toBe("expired");
}

describe("timelimit reminders", () => {
  const OFFSETS = "30m,10m";
  const offsetsMs = parseOffsets(OFFSETS)!;
  let h: Harness;
  beforeAll(async () => { h = await startHarness({ sandbox, emulator, env: { REMINDER_OFFSETS: OFFSETS } }); });
  afterAll(async () => { await h.close(); });

  it("schedules a reminder per offset; each replies to the booking; then says when it expired", async () => {
    const agent = agentIn(h, 10_001);
    const bookingStarted = Date.now();
    const code = await bookOne(agent, `/cari CGK SUB ${futureDate(30).wire} 1`);
    const card = agent.last()!;
    const deadline = sandbox.controls.getBooking(code)!.timelimitAt;
    const ids = bookingJobIds(code, offsetsMs);

    // Each job waits for its own moment: the deadline minus the offset, then the deadline itself.
    for (const [id, dueAt] of [...ids.reminders.map((id, i) => [id, deadline - offsetsMs[i]!] as const), [ids.expiry, deadline] as const]) {
      const job = (await h.app.jobs.queue.getJob(id))!;
      expect(await job.getState()).toBe("delayed");
      expect((job.data as { dueAt: number }).dueAt).toBe(dueAt);
      // BullMQ runs it at timestamp + delay: the due time, pushed back at most by the time it took to
      // add it (bounded by how long this test has run, not by a guess about the machine).
      expect(job.timestamp + job.delay).toBeGreaterThanOrEqual(dueAt);
      expect(job.timestamp + job.delay - dueAt).toBeLessThanOrEqual(Date.now() - bookingStarted);
    }

    await fire(h, ids.reminders[0]!);
    await emulator.waitFor(() => reminders(agent.chat.id).length === 1);
    await fire(h, ids.reminders[1]!);
    await emulator.waitFor(() => reminders(agent.chat.id).length === 2);
    expect(expiries(agent.chat.id)).toHaveLength(0);
    for (const r of reminders(agent.chat.id)) {
      expect(r.reply_markup!.inline_keyboard.flat().map((b) => b.text)).toEqual(["💳 Issued sekarang", "🔄 Status", "🔕 Hentikan pengingat"]);
    }

    expireAtProvider(code);
    await fire(h, ids.expiry);
    await emulator.waitFor(() => expiries(agent.chat.id).length === 1);
    await settled(h, [...ids.reminders, ids.expiry]);

    const sent = reminders(agent.chat.id);
    expect(sent).toHaveLength(2);
    for (const r of sent) {
      expect(r.reply_to_message_id).toBe(card.message_id);
      // Expired: the notice says so, and the reminders keep no button (reminders-retired.test.ts).
      expect(r.reply_markup).toBeUndefined();
      expect(r.text).not.toContain("terlambat");
    }
    expect(expiries(agent.chat.id)[0]!.reply_to_message_id).toBe(card.message_id);
    expect(emulator.errors.filter((e) => !e.injected)).toEqual([]);
  });

  it("a booking issued through the bot, or on the provider's side, gets no reminder; one issued on the provider's side gets its e-ticket by itself", async () => {
    const viaBot = agentIn(h, 10_002);
    const outside = agentIn(h, 10_003);
    const issuedInBot = await bookOne(viaBot, `/cari CGK SUB ${futureDate(31).wire} 1`);
    await viaBot.tap("Issued sekarang");
    await viaBot.tap("✅ Issued");
    const issuedOutside = await bookOne(outside, `/cari CGK DPS ${futureDate(31).wire} 1`);
    sandbox.controls.issueExternally(issuedOutside);

    // Every job still queued for either booking runs now, past the deadlines; then none is left.
    const outsideJobs = bookingJobIds(issuedOutside, offsetsMs);
    const jobs = [bookingJobIds(issuedInBot, offsetsMs), outsideJobs].flatMap((j) => [...j.reminders, j.expiry]);
    skewMs = Math.max(skewMs, sandbox.controls.getBooking(issuedOutside)!.timelimitAt - Date.now() + 60_000);
    await fireAll(h, jobs);
    const ends = await settled(h, jobs);
    // Those that ran found the booking issued and sent nothing (the first to run of the booking issued
    // outside takes its siblings off the queue).
    for (const end of Object.values(ends)) expect(end).toMatchObject({ state: expect.stringMatching(/^(gone|completed)$/) });
    for (const end of Object.values(ends)) if (end.state === "completed") expect(end.returnvalue).toBe("skipped");
    expect([...outsideJobs.reminders, outsideJobs.expiry].some((id) => ends[id]?.state === "completed")).toBe(true);
    expect(reminders(viaBot.chat.id)).toHaveLength(0);
    expect(reminders(outside.chat.id)).toHaveLength(0);
    expect(expiries(viaBot.chat.id).length + expiries(outside.chat.id).length).toBe(0);
    // Issued where our records never saw it: the reminder that found it so records it and the e-ticket comes by itself, once.
    expect((await h.app.deps.bookings.get("mmbc", issuedOutside))?.issuedAt).toBeDefined();
    await settled(h, [jobIds.ticket("mmbc", issuedOutside)]);
    expect(emulator.chatMessages(outside.chat.id).filter((m) => m.document?.file_name === `etiket-${issuedOutside}.pdf`)).toHaveLength(1);
  });

  it("a booking pending at the provider (payment under way) gets no 'pay before' reminder and no 'expired' notice", async () => {
    const agent = agentIn(h, 10_009);
    const code = await bookOne(agent, `/cari CGK SUB ${futureDate(33).wire} 1`);
    sandbox.controls.pendExternally(code);
    const ids = bookingJobIds(code, offsetsMs);
    await fire(h, ids.reminders[0]!);
    expect((await settled(h, [ids.reminders[0]!]))[ids.reminders[0]!]).toMatchObject({ state: "completed", returnvalue: "skipped" });
    // Past the deadline, still pending: the expiry check waits for the status to settle instead of saying "expired".
    skewMs = Math.max(skewMs, sandbox.controls.getBooking(code)!.timelimitAt - Date.now() + 60_000);
    await fire(h, ids.expiry);
    await emulator.waitFor(async () => ((await h.app.jobs.queue.getJob(ids.expiry))?.attemptsMade ?? 0) >= 1);
    expect(reminders(agent.chat.id)).toHaveLength(0);
    expect(expiries(agent.chat.id)).toHaveLength(0);
  });

  it("the chat's settings now apply to reminders already scheduled: turned off, none is sent; its language, not the booking's", async () => {
    const off = agentIn(h, 10_005);
    const code = await bookOne(off, `/cari CGK SUB ${futureDate(33).wire} 1`);
    await h.app.deps.chatSettings.update(off.chat.id, (s) => ({ ...s, reminderOffsetsMs: [] }));
    const first = bookingJobIds(code, offsetsMs).reminders[0]!;
    await fire(h, first);
    expect(await settled(h, [first])).toEqual({ [first]: { state: "completed", returnvalue: "skipped" } });
    expect(reminders(off.chat.id)).toHaveLength(0);

    const english = agentIn(h, 10_006);
    const other = await bookOne(english, `/cari CGK SUB ${futureDate(34).wire} 1`);
    await h.app.deps.chatSettings.update(english.chat.id, (s) => ({ ...s, locale: "en" }));
    await fire(h, bookingJobIds(other, offsetsMs).reminders[0]!);
    await emulator.waitFor(() => emulator.chatMessages(english.chat.id).some((m) => m.fromBot && m.text?.includes("is not issued yet")));
  });

  it("Stop reminders removes the rest", async () => {
    const agent = agentIn(h, 10_004);
    const code = await bookOne(agent, `/cari CGK KNO ${futureDate(32).wire} 1`);
    const ids = bookingJobIds(code, offsetsMs);
    await fire(h, ids.reminders[0]!);
    await emulator.waitFor(() => reminders(agent.chat.id).length === 1);
    await agent.tap("Hentikan pengingat");

    // Past the deadline, whatever is still queued for the booking runs now: nothing is.
    expireAtProvider(code);
    await fireAll(h, [...ids.reminders, ids.expiry]);
    expect(await settled(h, [ids.reminders[1]!, ids.expiry])).toEqual({ [ids.reminders[1]!]: { state: "gone" }, [ids.expiry]: { state: "gone" } });
    expect(reminders(agent.chat.id)).toHaveLength(1);
    expect(expiries(agent.chat.id)).toHaveLength(0);
  });

  it("in a group only the booker (or who may issue) stops them; the group is told who did, and Issue · Status stay", async () => {
    const group = { id: -300_100, type: "group" as const, title: "Agen Makmur" };
    const ani = new Agent(h, { id: 10_011, first_name: "Ani", language_code: "id" }, group);
    const bayu = new Agent(h, { id: 10_012, first_name: "Bayu", language_code: "id" }, group);
    h.emulator.setChatAdministrators(group.id, [10_099]);
    // Bayu is in the group without having written there: a member all the same.
    h.emulator.addMember(group.id, bayu.user.id);
    const code = await bookInGroup(ani, "Mrs Ani Lestari", "CGK SUB", 33);
    const ids = bookingJobIds(code, offsetsMs);
    await fire(h, ids.reminders[0]!);
    await emulator.waitFor(() => reminders(group.id).length === 1);
    const reminder = reminders(group.id)[0]!;
    const stop = (who: Agent) => {
      const before = emulator.calls.length;
      const data = emulator.chatMessages(group.id).find((m) => m.message_id === reminder.message_id)!.reply_markup!.inline_keyboard.flat()
        .find((b) => b.text.includes("Hentikan")) as { callback_data: string };
      return h.app.bot.handleUpdate(emulator.clickButton({ chat: group, from: who.user, messageId: reminder.message_id, data: data.callback_data }))
        .then(() => emulator.calls.slice(before).find((c) => c.method === "answerCallbackQuery")?.payload);
    };

    expect(await stop(bayu)).toMatchObject({ text: "Hanya Ani (yang membooking) atau yang boleh issued yang bisa menghentikan pengingat ini.", show_alert: true });
    await fire(h, ids.reminders[1]!);
    await emulator.waitFor(() => reminders(group.id).length === 2);

    expect(await stop(ani)).toMatchObject({ text: "Pengingat dihentikan." });
    expect(emulator.chatMessages(group.id).at(-1)?.text).toBe(`🔕 Pengingat ${code} dihentikan oleh Ani.`);
    const kept = emulator.chatMessages(group.id).find((m) => m.message_id === reminder.message_id)!.reply_markup!.inline_keyboard.flat().map((b) => b.text);
    expect(kept).toEqual(["💳 Issued sekarang", "🔄 Status"]);
    // The later reminder still shows 🔕: pressed, it says they already stopped, and the group hears nothing new.
    const later = reminders(group.id)[1]!;
    const said = emulator.chatMessages(group.id).length;
    const before = emulator.calls.length;
    const data = later.reply_markup!.inline_keyboard.flat().find((b) => b.text.includes("Hentikan")) as { callback_data: string };
    await h.app.bot.handleUpdate(emulator.clickButton({ chat: group, from: ani.user, messageId: later.message_id, data: data.callback_data }));
    expect(emulator.calls.slice(before).find((c) => c.method === "answerCallbackQuery")?.payload.text).toBe("Pengingat ini sudah berhenti.");
    expect(emulator.chatMessages(group.id)).toHaveLength(said);
  });
});

describe("restarts and several workers", () => {
  it("a reminder due while no worker ran fires once on start, marked late", async () => {
    // Real time must pass here: "late" means a worker first saw the job well after its due time. The
    // deadline is under a minute (so exact to the second); the first reminder is due 5 s after booking
    // (it is skipped if not even scheduled by then), the second one is fired by hand, ~50 s early.
    const slow = await startMmbcSandbox({ timelimitSeconds: 59 });
    const env = { REMINDER_OFFSETS: "54s,2s" };
    const lateAfterMs = 500;
    const bot = await startHarness({ sandbox: slow, emulator, worker: false, namespace: "late1", env });
    const agent = agentIn(bot, 10_101);
    const code = await bookOne(agent, `/cari CGK SUB ${futureDate(33).wire} 1`);
    const ids = bookingJobIds(code, parseOffsets(env.REMINDER_OFFSETS)!);
    const first = (await bot.app.jobs.queue.getJob(ids.reminders[0]!))!;
    // No worker runs: wait until the first reminder is overdue by more than "late" (a lower bound only).
    await sleep(Math.max(0, (first.data as { dueAt: number }).dueAt + lateAfterMs + 200 - Date.now()));
    expect(reminders(agent.chat.id)).toHaveLength(0);
    const worker = await startHarness({ sandbox: slow, emulator, worker: true, namespace: "late1", workerLateAfterMs: lateAfterMs, env });
    try {
      await emulator.waitFor(() => reminders(agent.chat.id).length === 1);
      expect(reminders(agent.chat.id)[0]!.text).toContain("terlambat");
      await fire(worker, ids.reminders[1]!);
      await emulator.waitFor(() => reminders(agent.chat.id).length === 2);
      expect(reminders(agent.chat.id)[1]!.text).not.toContain("terlambat");
      // Both jobs have run to their end: no second copy of the late one can still come.
      for (const end of Object.values(await settled(worker, ids.reminders))) expect(end.state).toBe("completed");
      expect(reminders(agent.chat.id)).toHaveLength(2);
    } finally {
      await worker.close();
      await bot.close();
      await slow.close();
    }
  });

  it("two workers deliver each reminder exactly once", async () => {
    const env = { REMINDER_OFFSETS: "30m,20m,10m" };
    const offsetsMs = parseOffsets(env.REMINDER_OFFSETS)!;
    const a = await startHarness({ sandbox, emulator, namespace: "two1", env });
    const b = await startHarness({ sandbox, emulator, namespace: "two1", env });
    try {
      const agents = [agentIn(a, 10_201), agentIn(b, 10_202), agentIn(a, 10_203)];
      const codes: string[] = [];
      for (const [i, agent] of agents.entries()) codes.push(await bookOne(agent, `/cari CGK SUB ${futureDate(34 + i).wire} 1`));
      const ids = codes.map((code) => bookingJobIds(code, offsetsMs));

      // Every reminder of every booking is due at once: both workers compete for them.
      await Promise.all(ids.flatMap((j) => j.reminders).map((id) => fire(a, id)));
      await emulator.waitFor(() => agents.every((ag) => reminders(ag.chat.id).length >= 3));
      for (const code of codes) expireAtProvider(code);
      await Promise.all(ids.map((j) => fire(b, j.expiry)));
      await emulator.waitFor(() => agents.every((ag) => expiries(ag.chat.id).length >= 1));

      // Every job has run to its end, so the counts below are final.
      const ends = await settled(a, ids.flatMap((j) => [...j.reminders, j.expiry]));
      for (const end of Object.values(ends)) expect(end.state).toBe("completed");
      for (const agent of agents) {
        expect(reminders(agent.chat.id)).toHaveLength(3);
        expect(expiries(agent.chat.id)).toHaveLength(1);
      }
    } finally {
      await a.close();
      await b.close();
    }
  });
});
