import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { givePrivately, pickFirstFlight } from "./journey-steps.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const group = { id: -100_888, type: "group" as const, title: "Agen Makmur" };
const boss = { id: 13_001, first_name: "Bos", language_code: "id" };
const staff = { id: 13_002, first_name: "Staf", language_code: "id" };

async function bookAsIn(agent: Agent): Promise<string> {
  await agent.say(`/cari CGK SUB ${futureDate(50).wire} 1`);
  await pickFirstFlight(agent);
  await agent.tap("Lanjut");
  let msg = await agent.reply("Mr Staf Setia");
  if (msg?.text?.includes("data pribadi")) msg = await givePrivately(agent);
  if (msg?.text?.includes("kontak terakhir")) await agent.tap("✅ Pakai");
  else {
    await agent.reply("staf@example.com");
    await agent.reply("081234567890");
  }
  await agent.tap("✅ Booking");
  return /Kode: ([A-Z0-9]{6})/.exec(agent.lastForMe()!.text!)![1]!;
}

describe("who may spend the deposit in a group", () => {
  it("by default only admins; /allow lets a member; refusals say who can", async () => {
    h.emulator.setChatAdministrators(group.id, [boss.id]);
    const s = new Agent(h, staff, group);
    const b = new Agent(h, boss, group);
    const code = await bookAsIn(s);
    await s.say(`/issued ${code}`);
    expect(s.last()?.text).toContain("tidak berhak issued");
    expect(s.last()?.text).toContain("admin grup ini");
    await b.say(`/issued ${code}`);
    // The confirmation answers the member who asked (a reply to their /issued), not the group at large.
    expect(b.lastForMe()?.text).toContain(`Issued ${code}?`);
    // The admin allows the member by replying to one of their messages.
    const staffMessage = h.emulator.chatMessages(group.id).filter((m) => !m.fromBot && m.from.id === staff.id).at(-1)!;
    await b.say("/izinkan", staffMessage.message_id);
    expect(b.last()?.text).toContain("Staf sekarang boleh issued");
    await s.say(`/issued ${code}`);
    expect(s.last()?.text).toContain(`Issued ${code}?`);
    // The settings panel lists the allowed by name (a link to them), not by their Telegram id.
    const panel = await b.say("/pengaturan");
    expect(panel?.text).toContain("diizinkan: Staf");
    expect(panel?.text).not.toContain(String(staff.id));
  });

  it("in a forum topic, /izinkan sent without replying to anyone doesn't allow the topic's creator", async () => {
    const forum = { id: -100_888_077, type: "supergroup" as const, title: "Forum Agen" };
    h.emulator.setChatAdministrators(forum.id, [boss.id]);
    const b = new Agent(h, boss, forum);
    await b.say("/help");
    const update = h.emulator.sendText({ chat: forum, from: boss, text: "/izinkan" })!;
    const message = update.message!;
    // What Telegram sends inside a topic: a reply to the topic's service message, whose sender created it.
    update.message = {
      ...message, is_topic_message: true, message_thread_id: 77,
      reply_to_message: { message_id: 77, date: message.date - 60, chat: message.chat, from: staff, message_thread_id: 77, forum_topic_created: { name: "Tiket", icon_color: 0x6fb9f0 } },
    } as typeof message;
    await h.app.bot.handleUpdate(update);
    expect((await h.app.deps.chatSettings.get(forum.id)).issuerIds).not.toContain(staff.id);
    expect(b.last()?.text).toContain("/izinkan");
  });

  it("in a private chat /settings says who may issue as it is for this person (the sandbox: they may)", async () => {
    const me = new Agent(h, { id: 13_010, first_name: "Sendiri", language_code: "id" }, { id: 13_010, type: "private" });
    expect((await me.say("/pengaturan"))?.text).toContain("selain itu akun bot");
  });

  it("the panel says its defaults as what they are, and reminder offsets in the chat's language", async () => {
    const id = new Agent(h, { id: 13_011, first_name: "Sendiri", language_code: "id" }, { id: 13_011, type: "private" });
    const panel = (await id.say("/pengaturan"))!;
    expect(panel.text).toContain("Bahasa: ikut bahasa Telegram masing-masing");
    expect(panel.text).toContain("Pengingat sebelum batas waktu: 3 jam, 1 jam, 15 mnt (bawaan)");
    expect(panel.reply_markup!.inline_keyboard.flat().map((b) => b.text)).toEqual(expect.arrayContaining(["⏰ 3 jam·1 jam·15 mnt", "⏰ 1 jam·15 mnt"]));
    await id.tap({ data: "st:rem:short" });
    expect(id.last()?.text).toContain("Pengingat sebelum batas waktu: 1 jam, 15 mnt");
    const en = new Agent(h, { id: 13_012, first_name: "Solo", language_code: "en" }, { id: 13_012, type: "private" });
    const english = (await en.say("/settings"))!;
    expect(english.text).toContain("Language: each person's Telegram language");
    expect(english.text).toContain("Reminders before the deadline: 3 h, 1 h, 15 min (default)");
  });

  it("only admins change settings; the group's language applies to everyone there", async () => {
    h.emulator.setChatAdministrators(group.id, [boss.id]);
    const s = new Agent(h, staff, group);
    const b = new Agent(h, boss, group);
    expect((await s.say("/pengaturan"))?.text).toContain("Hanya admin");
    const panel = await b.say("/pengaturan");
    expect(panel?.text).toContain("Pengaturan chat ini");
    await b.tap({ data: "st:lang:en" });
    await b.tap({ data: "st:rem:short" });
    const settings = await h.app.deps.chatSettings.get(group.id);
    expect(settings).toMatchObject({ locale: "en", reminderOffsetsMs: [3_600_000, 900_000] });
    expect((await s.say("/help"))?.text).toContain("Flight booking assistant");
    await b.tap({ data: "st:lang:id" });
    expect(h.emulator.errors).toEqual([]);
  });

  it("a member's /language in a group with a set language is confirmed in the chosen language, saying the group keeps its own", async () => {
    const b = new Agent(h, boss, group);
    h.emulator.setChatAdministrators(group.id, [boss.id]);
    await b.say("/pengaturan");
    await b.tap({ data: "st:lang:id" });
    const s = new Agent(h, staff, group);
    await s.say("/language");
    await s.tap("English");
    expect(h.emulator.chatMessages(group.id).filter((m) => m.fromBot && m.text?.startsWith("Staf: ✅")).at(-1)?.text).toBe(
      "Staf: ✅ Language set to English.\nThis group keeps speaking Bahasa Indonesia (set by its admins in /settings); your choice applies in your private chat with the bot.",
    );
  });

  it("a group's /language picker is its asker's: a colleague's tap is refused to her alone, the asker's confirmed by name", async () => {
    const b = new Agent(h, boss, group);
    await b.say("/bahasa");
    const picker = b.lastForMe()!;
    expect(picker.reply_to_message_id).toBeDefined();
    const english = picker.reply_markup!.inline_keyboard.flat().find((x) => x.text.includes("English")) as { callback_data: string };
    // The staff member taps it, also with the data a modified client would send without the asker's id.
    for (const data of [english.callback_data, "lang:en", `lang:en:${staff.id}`]) {
      const from = h.emulator.calls.length;
      await h.app.bot.handleUpdate(h.emulator.forgeCallback({ chat: group, from: staff, messageId: picker.message_id, data }));
      const calls = h.emulator.calls.slice(from);
      expect(calls.filter((c) => c.method === "answerCallbackQuery").map((c) => [c.payload.text, c.payload.show_alert]), data)
        .toEqual([["Pilihan bahasa ini untuk yang mengetik /bahasa. Ketik /bahasa untuk memilih bahasa Anda.", true]]);
      expect(calls.filter((c) => c.method === "editMessageText"), data).toEqual([]);
    }
    await b.tap("Indonesia");
    expect(h.emulator.chatMessages(group.id).find((m) => m.message_id === picker.message_id)?.text).toMatch(/^Bos: ✅ Bahasa diganti ke Bahasa Indonesia\./);
    // In a group whose language isn't set, an English speaker's refusal is in English.
    const other = { id: -100_889, type: "group" as const, title: "Agen Lain" };
    h.emulator.addMember(other.id, staff.id);
    const b2 = new Agent(h, boss, other);
    await b2.say("/language");
    const next = b2.lastForMe()!;
    const from = h.emulator.calls.length;
    const data = (next.reply_markup!.inline_keyboard.flat()[0] as { callback_data: string }).callback_data;
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: other, from: { ...staff, language_code: "en" }, messageId: next.message_id, data }));
    expect(h.emulator.calls.slice(from).find((c) => c.method === "answerCallbackQuery")?.payload.text).toBe("This language picker is for whoever typed /language. Type /language to choose yours.");
  });

  it("/language during a flow says the flow in progress keeps its language", async () => {
    const dm = new Agent(h, { id: 13_010, first_name: "Rina", language_code: "id" }, { id: 13_010, type: "private" });
    await dm.say("/cari CGK SUB");
    await dm.say("/language");
    await dm.tap({ data: "lang:en" });
    const confirmation = h.emulator.chatMessages(dm.chat.id).filter((m) => m.fromBot && m.text?.startsWith("✅ Language set to English.")).at(-1);
    expect(confirmation?.text).toContain("The questions of the search in progress stay in their language; everything else, and the next search, is in English.");
  });
});

describe("group upgraded to a supergroup", () => {
  it("keeps its bookings and settings, without the old group's message ids", async () => {
    h.emulator.setChatAdministrators(group.id, [boss.id]);
    const before = await h.app.deps.bookings.listForChat(group.id);
    expect(before.total).toBeGreaterThan(0);
    expect(before.records.some((r) => r.messageId !== undefined)).toBe(true);
    const superId = -1_000_000_888;
    h.emulator.migrateGroup(group, superId);
    for (const update of h.emulator.takeUpdates()) await h.app.bot.handleUpdate(update);
    const after = await h.app.deps.bookings.listForChat(superId);
    expect(after.total).toBe(before.total);
    expect(after.records.every((r) => r.chatId === superId)).toBe(true);
    // The supergroup numbers its own messages: reminders no longer reply to the old group's ids.
    expect(after.records.every((r) => r.messageId === undefined)).toBe(true);
    expect((await h.app.deps.chatSettings.get(superId)).reminderOffsetsMs).toEqual([3_600_000, 900_000]);
    const member = new Agent(h, boss, { id: superId, type: "supergroup", title: group.title });
    expect((await member.say("/pesanan"))?.text).toContain(before.records[0]!.booking.code);
  });
});
