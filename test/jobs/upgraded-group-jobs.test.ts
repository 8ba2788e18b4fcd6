import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseOffsets } from "../../src/jobs/reminder-offsets.js";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookingJobIds, fire, settled } from "../support/jobs.js";
import { bookInGroup } from "../security/helpers.js";
import { jobIds } from "../../src/jobs/job-data.js";
import { upgradeGroup } from "../../src/bot/upgrade-group.js";

/**
 * A basic group upgraded to a supergroup while the bot missed both service messages (it was down longer
 * than Telegram keeps updates): the worker is the first to hear of it, from Telegram's refusal of the old
 * id. The reminder still reaches the group (at its new id, once), the later jobs go there directly, and
 * the supergroup finds its bookings as before the upgrade: /status, /bookings, /issue.
 */
const OFFSETS = "30m,10m";
let h: Harness;
beforeAll(async () => {
  // Ani may issue on the operator's account: her group is approved when she adds the bot.
  h = await startHarness({ live: true, env: { REMINDER_OFFSETS: OFFSETS, ISSUER_IDS: "67801,67802" } });
  h.sandbox.controls.setTimelimitSeconds(3600);
});
afterAll(async () => { await h?.close(); });

const U = () => h.emulator.botInfo.username;
const botTexts = (chatId: number, from = 0) => h.emulator.chatMessages(chatId).slice(from).filter((m) => m.fromBot).map((m) => m.text ?? m.caption ?? "");

const lang = {
  id: {
    reminder: (code: string) => `Booking ${code} (CGK → SUB) belum issued.`,
    status: (code: string) => `🔎 ${code} — ⏳ menunggu pembayaran`,
    list: "📚 Pesanan chat ini (1)",
    issue: (code: string) => `💳 Issued ${code}?`,
  },
  en: {
    reminder: (code: string) => `Booking ${code} (CGK → SUB) is not issued yet.`,
    status: (code: string) => `🔎 ${code} — ⏳ waiting for payment`,
    list: "📚 Bookings of this chat (1)",
    issue: (code: string) => `💳 Issue ${code}?`,
  },
};

describe("a group upgraded while the bot missed the upgrade's service messages", () => {
  for (const locale of ["id", "en"] as const) {
    it(`the reminder reaches the supergroup once, the next one goes there directly, and /status, /bookings, /issue find the booking there (${locale})`, async () => {
      const n = locale === "id" ? 1 : 2;
      const group = { id: -1_006_780_100 - n, type: "group" as const, title: `Senyap Tour ${n}` };
      const ani = { id: 67_800 + n, first_name: "Ani", language_code: "id" };
      await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, ani));
      const A = new Agent(h, ani, group);
      const code = await bookInGroup(A, "Mr Budi Santoso", "CGK SUB", 33 + n);
      if (locale === "en") {
        const dm = new Agent(h, ani, { id: ani.id, type: "private" });
        await dm.say("/bahasa");
        await dm.tap("English");
      }
      const ids = bookingJobIds(code, parseOffsets(OFFSETS)!);
      const superId = -1_000_006_780_100 - n;
      h.emulator.migrateGroup(group, superId);
      h.emulator.takeUpdates();
      const oldBefore = h.emulator.chatMessages(group.id).length;
      const callsFrom = h.emulator.calls.length;

      await fire(h, ids.reminders[0]!);
      expect(await settled(h, [ids.reminders[0]!])).toEqual({ [ids.reminders[0]!]: { state: "completed", returnvalue: "sent" } });
      const sent = h.emulator.calls.slice(callsFrom).filter((c) => c.method === "sendMessage").map((c) => ({ chat: c.payload.chat_id, ok: c.ok }));
      // The old id at most once (refused, with the new id: the send, or the reminder's look at who may issue
      // there, which comes first), then the supergroup once.
      const toOld = h.emulator.calls.slice(callsFrom).filter((c) => c.payload.chat_id === group.id);
      expect(toOld.map((c) => c.ok)).toEqual([false]);
      expect(sent.filter((s) => s.chat === superId)).toEqual([{ chat: superId, ok: true }]);
      expect(sent.filter((s) => s.ok)).toEqual([{ chat: superId, ok: true }]);
      expect(botTexts(superId).filter((t) => t.includes(lang[locale].reminder(code)))).toHaveLength(1);
      expect(botTexts(group.id, oldBefore)).toEqual([]);

      // The next reminder goes to the supergroup without trying the old id.
      const nextFrom = h.emulator.calls.length;
      await fire(h, ids.reminders[1]!);
      await settled(h, [ids.reminders[1]!]);
      expect(h.emulator.calls.slice(nextFrom).filter((c) => c.method === "sendMessage").map((c) => ({ chat: c.payload.chat_id, ok: c.ok })))
        .toEqual([{ chat: superId, ok: true }]);
      expect(botTexts(superId).filter((t) => t.includes(lang[locale].reminder(code)))).toHaveLength(2);

      const S = new Agent(h, ani, { id: superId, type: "supergroup", title: group.title });
      const status = await S.say(`/cek@${U()} ${code}`);
      expect(status?.text?.split("\n")[0]).toBe(lang[locale].status(code));
      const list = await S.say(`/pesanan@${U()}`);
      expect(list?.text?.split("\n")[0]).toBe(lang[locale].list);
      expect(list?.text?.split("\n")[1]).toMatch(new RegExp(`^1\\. ${code} CGK→SUB `));
      const issue = await S.say(`/issued@${U()} ${code}`);
      expect(issue?.text?.split("\n")[0]).toBe(lang[locale].issue(code));
    }, 90_000);
  }
  it("the e-ticket of a booking found issued goes to the supergroup once, its refusal at the old id moving the group's bookings", async () => {
    const group = { id: -1_006_780_110, type: "group" as const, title: "Senyap Tiket" };
    const ani = { id: 67_801, first_name: "Ani", language_code: "id" };
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, ani));
    const code = await bookInGroup(new Agent(h, ani, group), "Mrs Sari Dewi", "CGK SUB", 36);
    const superId = -1_000_006_780_110;
    h.emulator.migrateGroup(group, superId);
    h.emulator.takeUpdates();
    h.sandbox.controls.issueExternally(code);
    const callsFrom = h.emulator.calls.length;

    // The reminder finds it issued (it sends nothing) and schedules its e-ticket, which is the first to call the group.
    await fire(h, bookingJobIds(code, parseOffsets(OFFSETS)!).reminders[0]!);
    const ticket = jobIds.ticket("mmbc", code);
    await h.emulator.waitFor(async () => (await h.app.jobs.queue.getJob(ticket)) ?? undefined);
    expect(await settled(h, [ticket])).toEqual({ [ticket]: { state: "completed", returnvalue: "sent" } });
    const docs = h.emulator.calls.slice(callsFrom).filter((c) => c.method === "sendDocument").map((c) => ({ chat: c.payload.chat_id, ok: c.ok }));
    expect(docs).toEqual([{ chat: group.id, ok: false }, { chat: superId, ok: true }]);
    const inSuper = h.emulator.chatMessages(superId).filter((m) => m.fromBot && m.document);
    expect(inSuper.map((m) => m.document!.file_name)).toEqual([`etiket-${code}.pdf`]);

    const S = new Agent(h, ani, { id: superId, type: "supergroup", title: group.title });
    const status = await S.say(`/cek@${U()} ${code}`);
    expect(status?.text?.split("\n")[0]).toBe(`🔎 ${code} — ✅ issued`);
  }, 90_000);

  it("the bot learning of it first (a tap in the old group refused) moves the bookings too: the reminder then goes straight to the supergroup", async () => {
    const group = { id: -1_006_780_120, type: "group" as const, title: "Senyap Tap" };
    const eva = { id: 67_802, first_name: "Eva", language_code: "en" };
    const ani = { id: 67_801, first_name: "Ani", language_code: "id" };
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, ani));
    const A = new Agent(h, ani, group);
    const code = await bookInGroup(A, "Mr Budi Santoso", "CGK SUB", 37);
    const card = A.lastForMe()!;
    const superId = -1_000_006_780_120;
    h.emulator.migrateGroup(group, superId);
    h.emulator.takeUpdates();
    const statusTap = card.reply_markup!.inline_keyboard.flat().find((b) => b.text.includes("Status")) as { callback_data: string };
    await h.app.bot.handleUpdate(h.emulator.forgeCallback({ chat: group, from: eva, messageId: card.message_id, data: statusTap.callback_data }));

    const callsFrom = h.emulator.calls.length;
    const id = bookingJobIds(code, parseOffsets(OFFSETS)!).reminders[0]!;
    await fire(h, id);
    await settled(h, [id]);
    expect(h.emulator.calls.slice(callsFrom).filter((c) => c.method === "sendMessage").map((c) => ({ chat: c.payload.chat_id, ok: c.ok })))
      .toEqual([{ chat: superId, ok: true }]);
    const E = new Agent(h, eva, { id: superId, type: "supergroup", title: group.title });
    const list = await E.say(`/pesanan@${U()}`);
    expect(list?.text?.split("\n")[0]).toBe("📚 Bookings of this chat (1)");
    expect(list?.text).toContain(code);
  }, 90_000);

  it("two learners at once move the group once; the service messages arriving late leave the supergroup's settings changed since alone", async () => {
    const group = { id: -1_006_780_130, type: "group" as const, title: "Senyap Lambat" };
    const ani = { id: 67_801, first_name: "Ani", language_code: "id" };
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, ani));
    const code = await bookInGroup(new Agent(h, ani, group), "Mr Budi Santoso", "CGK SUB", 38);
    await h.app.deps.chatSettings.update(group.id, (s) => ({ ...s, locale: "id" }));
    const superId = -1_000_006_780_130;
    h.emulator.migrateGroup(group, superId);
    const late = h.emulator.takeUpdates();

    const both = await Promise.all([upgradeGroup(h.app.deps, group.id, superId), upgradeGroup(h.app.deps, group.id, superId)]);
    expect(both.filter((m) => m !== undefined)).toEqual([1]);
    expect((await h.app.deps.bookings.listForChat(superId)).records.map((r) => r.booking.code)).toEqual([code]);
    expect((await h.app.deps.chatSettings.get(superId)).locale).toBe("id");
    // The supergroup switches to English; then the upgrade's service messages come after all.
    await h.app.deps.chatSettings.update(superId, (s) => ({ ...s, locale: "en" }));
    for (const u of late) await h.app.bot.handleUpdate(u);
    expect((await h.app.deps.chatSettings.get(superId)).locale).toBe("en");
    expect((await h.app.deps.bookings.get("mmbc", code))?.chatId).toBe(superId);
    expect((await h.app.deps.bookings.listForChat(superId)).total).toBe(1);
  }, 90_000);
});
