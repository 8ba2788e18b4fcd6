import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookingJobIds, fire, settled } from "../support/jobs.js";
import { parseOffsets } from "../../src/jobs/reminder-offsets.js";
import { bookInGroup } from "../security/helpers.js";

/**
 * The bot removed from a group and added back by a member who is no issuer: the group is not approved, and
 * nothing of its bookings is scheduled again. An issuer's /approve (/setujui) then brings back what the
 * return would have: the unpaid booking's reminders and expiry notice, once. A group that never lost its
 * reminders (revoked, approved again) gets no second copy of any job, and nothing is sent twice. A booking
 * made on an admin's own login the group stopped using stays silent: the approval opens only the operator's.
 */
const boss = { id: 47_501, first_name: "Bos", language_code: "id" };
const member = { id: 47_502, first_name: "Mira", language_code: "id" };
const siti = { id: 47_503, first_name: "Siti", language_code: "id" };
const SITI = { username: "agen-siti-approve", password: "Rahasia-Siti-475" };
const OFFSETS = "30m,10m";
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ live: true, env: { REMINDER_OFFSETS: OFFSETS, CREDENTIALS_KEY: randomBytes(32).toString("base64"), ISSUER_IDS: String(boss.id) } });
  h.sandbox.controls.setTimelimitSeconds(3600);
  h.sandbox.controls.addAccount(SITI);
});
afterAll(async () => { await h?.close(); });

const stateOf = async (id: string) => (await (await h.app.jobs.queue.getJob(id))?.getState()) ?? "gone";
const reminders = (groupId: number, code: string) => h.emulator.chatMessages(groupId).filter((m) => m.fromBot && m.text?.includes("belum issued") && m.text.includes(code));
const waiting = async () => (await h.app.jobs.queue.getJobCounts("delayed")).delayed;

async function approvedGroup(n: number, admins = [boss.id]) {
  const group = { id: -100_475_000 - n, type: "supergroup" as const, title: `Agen Setujui ${n}` };
  h.emulator.setChatAdministrators(group.id, admins);
  await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, boss));
  return group;
}

describe.each([[1, "/setujui"], [2, "/approve"]] as const)("added back by a member who is no issuer, then %s", (n, approve) => {
  it("schedules the unpaid booking's reminders again, and one fired reaches the group", async () => {
    const group = await approvedGroup(n);
    const code = await bookInGroup(new Agent(h, member, group), "Mrs Mira Lestari", "CGK SUB", 40 + n);
    const ids = bookingJobIds(code, parseOffsets(OFFSETS)!);
    const all = [...ids.reminders, ids.expiry];

    await h.app.bot.handleUpdate(h.emulator.removeBotFromGroup(group, boss));
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, member));
    for (const id of all) expect(await stateOf(id)).toBe("gone");

    const bossHere = new Agent(h, boss, group);
    await bossHere.say(`${approve}@${h.emulator.botInfo.username}`);
    for (const id of all) expect(await stateOf(id)).toBe("delayed");
    await fire(h, ids.reminders[0]!);
    expect(await settled(h, [ids.reminders[0]!])).toEqual({ [ids.reminders[0]!]: { state: "completed", returnvalue: "sent" } });
    expect(reminders(group.id, code)).toHaveLength(1);

    // Approved once more: nothing new is queued, and the reminder already sent is not queued again.
    const before = await waiting();
    await bossHere.say(`${approve}@${h.emulator.botInfo.username}`);
    expect(await waiting()).toBe(before);
    expect(await stateOf(ids.reminders[0]!)).toBe("completed");
  }, 60_000);
});

describe("a group that never lost its reminders, revoked and approved again", () => {
  it("gets no second copy of any job, and each reminder is sent once", async () => {
    const group = await approvedGroup(3);
    const code = await bookInGroup(new Agent(h, member, group), "Mrs Mira Lestari", "CGK SUB", 43);
    const ids = bookingJobIds(code, parseOffsets(OFFSETS)!);
    await fire(h, ids.reminders[0]!);
    await settled(h, [ids.reminders[0]!]);
    expect(reminders(group.id, code)).toHaveLength(1);

    const bossHere = new Agent(h, boss, group);
    await bossHere.say(`/revoke@${h.emulator.botInfo.username}`);
    const before = await waiting();
    const expiryAt = (await h.app.jobs.queue.getJob(ids.expiry))?.timestamp;
    await bossHere.say(`/approve@${h.emulator.botInfo.username}`);
    // The job ids are the booking's: the waiting ones stay as they were, the one sent is not queued again.
    expect(await waiting()).toBe(before);
    expect((await h.app.jobs.queue.getJob(ids.expiry))?.timestamp).toBe(expiryAt);
    expect(await stateOf(ids.reminders[0]!)).toBe("completed");
    await fire(h, ids.reminders[1]!);
    await settled(h, [ids.reminders[1]!]);
    expect(reminders(group.id, code)).toHaveLength(2);
  }, 60_000);
});

describe("a booking on a login the group no longer uses", () => {
  it("stays silent after /approve; the operator's booking beside it gets its reminders back", async () => {
    const dm = new Agent(h, siti, { id: siti.id, type: "private" });
    await dm.say("/login");
    await dm.say(SITI.username);
    expect((await dm.say(SITI.password))?.text).toContain("Tertaut");
    const group = await approvedGroup(4, [boss.id, siti.id]);
    const a = new Agent(h, member, group);
    const operators = await bookInGroup(a, "Mrs Mira Lestari", "CGK SUB", 44);
    const admin = new Agent(h, siti, group);
    expect((await admin.say("/pengaturan akun"))?.text).toContain("memakai akun MMBC milik Siti");
    const hers = await bookInGroup(a, "Mr Budi Santoso", "CGK DPS", 45);
    expect((await h.app.deps.bookings.get("mmbc", hers))?.account).toMatch(/^mmbc:user:47503:/);
    await admin.say("/pengaturan akun off");
    const offsets = parseOffsets(OFFSETS)!;
    const opIds = bookingJobIds(operators, offsets);
    const herIds = bookingJobIds(hers, offsets);

    await h.app.bot.handleUpdate(h.emulator.removeBotFromGroup(group, boss));
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, member));
    await new Agent(h, boss, group).say(`/approve@${h.emulator.botInfo.username}`);
    for (const id of [...opIds.reminders, opIds.expiry]) expect(await stateOf(id)).toBe("delayed");
    for (const id of [...herIds.reminders, herIds.expiry]) expect(await stateOf(id)).toBe("gone");
  }, 60_000);
});
