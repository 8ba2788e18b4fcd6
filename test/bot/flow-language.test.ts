import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * A flow keeps the language it started in — its results list, their redraws and the booking started
 * from them — even when an admin changes the group's language or the member their own mid-flow.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const flightButton = (msg: { reply_markup?: { inline_keyboard: { text: string; callback_data?: string }[][] } }) =>
  msg.reply_markup!.inline_keyboard.flat().find((b) => b.callback_data?.includes(":o:"))!;

describe("a flow keeps its language", () => {
  it("in a group whose language an admin switches while a member is at the results", async () => {
    const group = { id: -100_914_001, type: "group" as const, title: "Agen Bahasa" };
    h.emulator.setChatAdministrators(group.id, [38_009]);
    const bob = new Agent(h, { id: 38_001, first_name: "Bob", language_code: "en" }, group);
    const boss = new Agent(h, { id: 38_009, first_name: "Bos", language_code: "id" }, group);
    await bob.say(`/search@${h.emulator.botInfo.username} CGK SUB ${futureDate(52).wire} 1`);
    const results = bob.lastForMe()!;
    expect(results.text).toContain("flights");
    await boss.say(`/pengaturan@${h.emulator.botInfo.username}`);
    await boss.tap({ data: "st:lang:id" });
    // The list redrawn, the quote and the first passenger question: all still English.
    await bob.tap("↕");
    const redrawn = h.emulator.chatMessages(group.id).find((m) => m.message_id === results.message_id)!;
    expect(redrawn.text).toContain("flights");
    expect(redrawn.text).not.toContain("penerbangan");
    const quote = await bob.tap({ data: flightButton(redrawn).callback_data! });
    expect(quote?.text).toMatch(/Total|seat/);
    expect(quote?.text).not.toContain("Sisa kursi");
    expect((await bob.tap("Continue"))?.text).toContain("Passenger 1 of 1");
    await bob.say("/cancel");
    // A new flow speaks the group's new language.
    await bob.say(`/search@${h.emulator.botInfo.username} CGK SUB ${futureDate(53).wire} 1`);
    expect(bob.lastForMe()?.text).toContain("penerbangan");
  });

  it("in a private chat after /language mid-flow: the open list stays, the next search changes", async () => {
    const rina = new Agent(h, { id: 38_010, first_name: "Rina", language_code: "id" }, { id: 38_010, type: "private" });
    await rina.say(`/cari CGK DPS ${futureDate(54).wire} 1`);
    const results = rina.last()!;
    await rina.say("/language");
    await rina.tap({ data: "lang:en" });
    const sort = results.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.text.includes("↕")) as { callback_data: string };
    await rina.h.app.bot.handleUpdate(h.emulator.clickButton({ chat: rina.chat, from: rina.user, messageId: results.message_id, data: sort.callback_data }));
    expect(h.emulator.chatMessages(rina.chat.id).find((m) => m.message_id === results.message_id)?.text).toContain("penerbangan");
    expect((await rina.say(`/search CGK DPS ${futureDate(55).wire} 1`))?.text).toContain("flights");
  });
});
