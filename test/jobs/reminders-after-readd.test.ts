import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookingJobIds, fire, settled } from "../support/jobs.js";
import { parseOffsets } from "../../src/jobs/reminder-offsets.js";
import { bookInGroup } from "../security/helpers.js";

/**
 * The bot removed from a group drops the group's jobs; added back, the group's bookings still unpaid get
 * what is still to come scheduled again: the later reminder and the expiry notice, never a second copy of
 * the reminder already sent, and nothing for a booking issued meanwhile.
 */
const boss = { id: 46_201, first_name: "Bos", language_code: "id" };
const member = { id: 46_202, first_name: "Mira", language_code: "id" };
const group = { id: -100_462_001, type: "supergroup" as const, title: "Agen Kembali" };
const OFFSETS = "30m,10m";
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ live: true, env: { REMINDER_OFFSETS: OFFSETS, CREDENTIALS_KEY: randomBytes(32).toString("base64"), ISSUER_IDS: String(boss.id) } });
  h.sandbox.controls.setTimelimitSeconds(3600);
  h.emulator.setChatAdministrators(group.id, [boss.id]);
  await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, boss));
});
afterAll(async () => { await h?.close(); });

const stateOf = async (id: string) => (await (await h.app.jobs.queue.getJob(id))?.getState()) ?? "gone";
const reminders = (code: string) => h.emulator.chatMessages(group.id).filter((m) => m.fromBot && m.text?.includes("belum issued") && m.text.includes(code));

describe("the bot removed from a group and added back", () => {
  it("schedules the unpaid booking's remaining reminder and expiry again, once; an issued one gets nothing", async () => {
    const a = new Agent(h, member, group);
    const offsets = parseOffsets(OFFSETS)!;
    const unpaid = await bookInGroup(a, "Mrs Mira Lestari", "CGK SUB", 40);
    const paid = await bookInGroup(a, "Mr Budi Santoso", "CGK SUB", 41);
    const ids = bookingJobIds(unpaid, offsets);
    const paidIds = bookingJobIds(paid, offsets);
    await fire(h, ids.reminders[0]!);
    await settled(h, [ids.reminders[0]!]);
    expect(reminders(unpaid)).toHaveLength(1);
    // Paid elsewhere: its first reminder finds it issued and drops the rest.
    h.sandbox.controls.issueExternally(paid);
    await fire(h, paidIds.reminders[0]!);
    await settled(h, [paidIds.reminders[0]!]);

    await h.app.bot.handleUpdate(h.emulator.removeBotFromGroup(group, boss));
    expect(await stateOf(ids.reminders[1]!)).toBe("gone");
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, boss));

    expect({ reminder: await stateOf(ids.reminders[1]!), expiry: await stateOf(ids.expiry) }).toEqual({ reminder: "delayed", expiry: "delayed" });
    for (const id of [...paidIds.reminders, paidIds.expiry]) expect(await stateOf(id)).toBe("gone");
    // Added back twice (Telegram may say so again): still one job each.
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, boss));

    // The first reminder (sent early here) may be queued again for its time: when it runs, nothing is sent twice.
    const again = [ids.reminders[0]!, ids.reminders[1]!];
    for (const id of again) if ((await stateOf(id)) === "delayed") await fire(h, id);
    await settled(h, again);
    expect(reminders(unpaid)).toHaveLength(2);
  }, 60_000);

  it("a booking whose reminders were stopped gets none back when the bot is added again", async () => {
    const a = new Agent(h, member, group);
    const code = await bookInGroup(a, "Mrs Sari Dewi", "CGK SUB", 42);
    const ids = bookingJobIds(code, parseOffsets(OFFSETS)!);
    await fire(h, ids.reminders[0]!);
    await settled(h, [ids.reminders[0]!]);
    expect(reminders(code)).toHaveLength(1);
    await a.tap("Hentikan pengingat");
    expect({ reminder: await stateOf(ids.reminders[1]!), expiry: await stateOf(ids.expiry) }).toEqual({ reminder: "gone", expiry: "gone" });

    await h.app.bot.handleUpdate(h.emulator.removeBotFromGroup(group, boss));
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, boss));
    expect({ reminder: await stateOf(ids.reminders[1]!), expiry: await stateOf(ids.expiry) }).toEqual({ reminder: "gone", expiry: "gone" });
    expect(reminders(code)).toHaveLength(1);
  }, 60_000);
});
