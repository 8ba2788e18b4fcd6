import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookingJobIds, fire, settled } from "../support/jobs.js";
import { parseOffsets } from "../../src/jobs/reminder-offsets.js";
import { jobIds } from "../../src/jobs/job-data.js";
import { bookInGroup } from "../security/helpers.js";

/**
 * A reminder or expiry notice reads the booking for its chat, so it asks first whether the chat may still
 * read it on the account it was made with (AccessPolicy.mayRead, as /cek does). On a live operator account a
 * group whose approval was revoked after booking hears nothing: the job ends quietly (completed, logged,
 * never retried), and the provider is not asked. Approved again, the group's reminders come as before.
 */
const boss = { id: 47_401, first_name: "Bos", language_code: "id" };
const member = { id: 47_402, first_name: "Mira", language_code: "id" };
const OFFSETS = "30m,10m";
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ live: true, env: { REMINDER_OFFSETS: OFFSETS, CREDENTIALS_KEY: randomBytes(32).toString("base64"), ISSUER_IDS: String(boss.id) } });
  h.sandbox.controls.setTimelimitSeconds(3600);
});
afterAll(async () => { await h?.close(); });

const fromBot = (chatId: number, from: number) => h.emulator.chatMessages(chatId).slice(from).filter((m) => m.fromBot);

describe.each([[1, "/cabutakses", "/setujui"], [2, "/revoke", "/approve"]] as const)("reminders of a group whose approval was revoked (%i: %s, then %s)", (n, revoke, approve) => {
  it("nothing is sent, the job ends without a retry; approved again, the next reminder comes", async () => {
    const group = { id: -100_474_000 - n, type: "supergroup" as const, title: `Agen Dicabut ${n}` };
    h.emulator.setChatAdministrators(group.id, [boss.id]);
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, boss));
    const code = await bookInGroup(new Agent(h, member, group), "Mrs Mira Lestari", "CGK SUB", 40 + n);
    const ids = bookingJobIds(code, parseOffsets(OFFSETS)!);
    const bossHere = new Agent(h, boss, group);
    await bossHere.say(`${revoke}@${h.emulator.botInfo.username}`);
    expect(await h.app.deps.approvals.get(group.id)).toBeUndefined();

    const before = h.emulator.chatMessages(group.id).length;
    const statusCalls = h.sandbox.controls.callCount("getstatusbooking-json");
    await fire(h, ids.reminders[0]!);
    await fire(h, ids.expiry);
    const ended = await settled(h, [ids.reminders[0]!, ids.expiry]);
    expect(ended).toEqual({ [ids.reminders[0]!]: { state: "completed", returnvalue: "skipped" }, [ids.expiry]: { state: "completed", returnvalue: "skipped" } });
    expect((await h.app.jobs.queue.getJob(ids.expiry))?.attemptsMade).toBe(1);
    expect(fromBot(group.id, before)).toEqual([]);
    // Not read for a chat that may not read it: the provider was not asked about the booking.
    expect(h.sandbox.controls.callCount("getstatusbooking-json")).toBe(statusCalls);
    expect(h.logLines.some((l) => l.includes("chat may no longer read the booking"))).toBe(true);
    // Nor its e-ticket, should one still be on its way (issued by the operator meanwhile, the airline slow).
    const ticketId = jobIds.ticket("mmbc", code);
    await h.app.jobs.scheduler.scheduleTicket("mmbc", code, group.id, "id");
    expect(await settled(h, [ticketId])).toEqual({ [ticketId]: { state: "completed", returnvalue: "skipped" } });
    expect(fromBot(group.id, before)).toEqual([]);
    expect(h.sandbox.controls.callCount("getstatusbooking-json")).toBe(statusCalls);

    // The same group approved again: its booking is its to read, and the next reminder goes out.
    await bossHere.say(`${approve}@${h.emulator.botInfo.username}`);
    const again = h.emulator.chatMessages(group.id).length;
    await fire(h, ids.reminders[1]!);
    expect(await settled(h, [ids.reminders[1]!])).toEqual({ [ids.reminders[1]!]: { state: "completed", returnvalue: "sent" } });
    expect(fromBot(group.id, again).map((m) => m.text).join("\n")).toContain(code);
  }, 60_000);
});
