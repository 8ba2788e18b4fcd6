import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookInGroup } from "../security/helpers.js";
import type { ChatRef, UserRef } from "../support/telegram/index.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const U = () => h.emulator.botInfo.username;

/** A tap on a button of a message in the old group (Telegram still shows it and delivers its taps with the old id). */
async function tapOld(chat: ChatRef, who: UserRef, messageId: number, data: string) {
  const from = h.emulator.calls.length;
  await h.app.bot.handleUpdate(h.emulator.forgeCallback({ chat, from: who, messageId, data }));
  const calls = h.emulator.calls.slice(from);
  const answers = calls.filter((c) => c.method === "answerCallbackQuery");
  const sends = calls.filter((c) => /^(send|edit|delete|copy|forward)/.test(c.method)).map((c) => ({ method: c.method, chat: c.payload.chat_id, ok: c.ok }));
  return { answers: answers.map((c) => ({ text: String(c.payload.text ?? ""), alert: c.payload.show_alert === true })), sends };
}

function buttonData(message: { reply_markup?: { inline_keyboard: unknown[][] } }): string[] {
  return (message.reply_markup?.inline_keyboard.flat() ?? []).flatMap((b) => (b && typeof b === "object" && "callback_data" in b ? [String(b.callback_data)] : []));
}

const errorLogs = (since: number) => h.logLines.slice(since).filter((l) => /"level":(50|60)/.test(l));

describe("a group upgraded to a supergroup: buttons tapped in the old group", () => {
  it("the card, the results list and the settings panel answer with one alert pointing to the upgraded group, sending nothing", async () => {
    const group = { id: -1_005_770_100, type: "group" as const, title: "Lawas Tour" };
    const bos = { id: 57_701, first_name: "Bos", language_code: "id" };
    const ani = { id: 57_702, first_name: "Ani", language_code: "id" };
    const eva = { id: 57_703, first_name: "Eva", language_code: "en" };
    h.emulator.setChatAdministrators(group.id, [bos.id]);
    h.emulator.addMember(group.id, eva.id);
    const A = new Agent(h, ani, group);
    const code = await bookInGroup(A, "Mrs Ani Lestari", "CGK DPS", 33);
    const card = A.lastForMe()!;
    const Bo = new Agent(h, bos, group);
    const panel = (await Bo.say(`/settings@${U()}`))!;
    await A.say(`/cari@${U()} CGK SUB ${futureDate(22).wire} 1`);
    const list = A.lastForMe()!;
    const superId = -1_000_005_770_100;
    h.emulator.migrateGroup(group, superId);
    for (const u of h.emulator.takeUpdates()) await h.app.bot.handleUpdate(u);
    const logsFrom = h.logLines.length;

    const cardData = buttonData(card);
    expect(cardData.length).toBeGreaterThanOrEqual(3);
    for (const data of cardData) {
      const out = await tapOld(group, ani, card.message_id, data);
      expect(out.sends, data).toEqual([]);
      expect(out.answers, data).toHaveLength(1);
      expect(out.answers[0]!.alert, data).toBe(true);
      expect(out.answers[0]!.text, data).toContain("di-upgrade");
      expect(out.answers[0]!.text, data).toContain(`/status ${code}`);
      expect(out.answers[0]!.text, data).not.toContain("tidak dikenal");
    }
    // A colleague whose Telegram speaks English hears it in English.
    const english = await tapOld(group, eva, card.message_id, cardData[0]!);
    expect(english.sends).toEqual([]);
    expect(english.answers[0]!.text).toContain("upgraded");
    expect(english.answers[0]!.text).toContain(`/status ${code}`);

    const flight = buttonData(list).find((d) => d.includes(":o:"))!;
    const listTap = await tapOld(group, ani, list.message_id, flight);
    expect(listTap.sends).toEqual([]);
    expect(listTap.answers).toHaveLength(1);
    expect(listTap.answers[0]!.text).toContain("di-upgrade");

    for (const data of ["st:iss:everyone", "dg:off"]) {
      const out = await tapOld(group, bos, panel.message_id, data);
      expect(out.sends, data).toEqual([]);
      expect(out.answers[0]!.text, data).toContain("di-upgrade");
      expect(out.answers[0]!.text, data).not.toContain("Hanya admin");
    }
    expect(errorLogs(logsFrom)).toEqual([]);

    // The upgraded group goes on as before: the booking is there.
    const An = new Agent(h, ani, { id: superId, type: "supergroup", title: group.title });
    await An.say(`/status@${U()} ${code}`);
    expect(An.last()?.text).toContain(code);
    expect(An.last()?.text).not.toContain("tidak dikenal");
  });

  it("when the upgrade notice never reached the bot, Telegram's refusal is not sent to the dead chat again, and the tapper hears where to go", async () => {
    const group = { id: -1_005_770_200, type: "group" as const, title: "Senyap Tour" };
    const ani = { id: 57_711, first_name: "Ani", language_code: "id" };
    const A = new Agent(h, ani, group);
    await A.say(`/cari@${U()} CGK SUB ${futureDate(24).wire} 1`);
    const list = A.lastForMe()!;
    const superId = -1_000_005_770_200;
    h.emulator.migrateGroup(group, superId);
    // Both service messages lost (the bot was down longer than Telegram keeps updates).
    h.emulator.takeUpdates();
    const logsFrom = h.logLines.length;

    const flight = buttonData(list).find((d) => d.includes(":o:"))!;
    const callsFrom = h.emulator.calls.length;
    await tapOld(group, ani, list.message_id, flight);
    // Telegram refused the first call to the old chat (with migrate_to_chat_id): nothing more was tried
    // there, the error handler's "something went wrong" included, and nothing was logged as a failure.
    const toOldChat = h.emulator.calls.slice(callsFrom).filter((c) => c.payload.chat_id === group.id);
    expect(toOldChat).toHaveLength(1);
    expect(toOldChat[0]!.ok).toBe(false);
    expect(errorLogs(logsFrom)).toEqual([]);

    // From then on the bot knows: the next tap is answered without trying the old chat at all.
    const second = await tapOld(group, ani, list.message_id, flight);
    expect(second.sends).toEqual([]);
    expect(second.answers).toHaveLength(1);
    expect(second.answers[0]!.text).toContain("di-upgrade");
  });
});
