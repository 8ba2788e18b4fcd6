import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Update, User } from "grammy/types";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

// A member an admin allowed to issue (/izinkan) leaves the group or is removed: the settings stop
// naming them as allowed, the admins are told, and adding them back later does not bring the
// permission back (an admin allows them again).

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextUpdate = 4_610_000;
const asUser = (u: { id: number; first_name: string; language_code?: string }): User => ({ ...u, is_bot: false });

/** The service message Telegram posts (and sends bots, privacy mode or not) when someone leaves or is removed. */
function leftMessage(chat: { id: number; type: "group" | "supergroup"; title: string }, by: User, left: User): Update {
  return { update_id: ++nextUpdate, message: { message_id: 900_000 + nextUpdate % 100_000, date: Math.floor(Date.now() / 1000), chat, from: by, left_chat_member: left } } as Update;
}

/** chat_member: a member's status changed (sent where the bot is an admin and asked for it). */
function memberUpdate(chat: { id: number; type: "group" | "supergroup"; title: string }, by: User, user: User, from: "member" | "left" | "kicked", to: "member" | "left" | "kicked"): Update {
  const status = (s: string) => (s === "kicked" ? { status: "kicked", user, until_date: 0 } : { status: s, user });
  return { update_id: ++nextUpdate, chat_member: { chat, from: by, date: Math.floor(Date.now() / 1000), old_chat_member: status(from), new_chat_member: status(to) } } as Update;
}

async function allowed(n: number, lang: "id" | "en") {
  const group = { id: -100_461_000 - n, type: (n % 2 ? "group" : "supergroup") as "group" | "supergroup", title: `Izin ${n}` };
  const boss = { id: 461_000 + n * 10, first_name: "Bos", language_code: lang };
  const staff = { id: 461_001 + n * 10, first_name: "Staf", language_code: lang };
  h.emulator.setChatAdministrators(group.id, [boss.id]);
  const b = new Agent(h, boss, group);
  const s = new Agent(h, staff, group);
  await s.say("halo");
  const staffMessage = h.emulator.chatMessages(group.id).filter((m) => !m.fromBot && m.from.id === staff.id).at(-1)!;
  await b.say(lang === "id" ? "/izinkan" : "/allow", staffMessage.message_id);
  const panel = (await b.say(lang === "id" ? "/pengaturan" : "/settings"))?.text ?? "";
  expect(panel).toContain(lang === "id" ? "diizinkan: Staf" : "allowed: Staf");
  return { group, boss, staff, b };
}

const settingsOf = (chatId: number) => h.app.deps.chatSettings.get(chatId);

describe("a member on the /izinkan list leaves the group", () => {
  it("id: left on their own (service message): off the list, the admins told; back in the group, still not allowed", async () => {
    const { group, staff, b } = await allowed(1, "id");
    await h.app.bot.handleUpdate(leftMessage(group, asUser(staff), asUser(staff)));
    expect(b.last()?.text).toBe("ℹ️ Staf keluar dari grup dan tidak lagi ada di daftar yang boleh issued. Jika bergabung lagi, admin perlu mengizinkannya lagi dengan /izinkan.");
    expect((await settingsOf(group.id)).issuerIds).toEqual([]);
    expect((await b.say("/pengaturan"))?.text).toContain("diizinkan: -");
    // Added back: nothing restores the permission.
    h.emulator.addMember(group.id, staff.id);
    await h.app.bot.handleUpdate(memberUpdate(group, asUser({ id: 1, first_name: "x" }), asUser(staff), "left", "member"));
    expect((await settingsOf(group.id)).issuerIds).toEqual([]);
    expect((await b.say("/pengaturan"))?.text).toContain("diizinkan: -");
  });

  it("en: removed by an admin (chat_member and the service message both come): off the list, told once", async () => {
    const { group, boss, staff, b } = await allowed(2, "en");
    const before = h.emulator.chatMessages(group.id).length;
    await h.app.bot.handleUpdate(memberUpdate(group, asUser(boss), asUser(staff), "member", "kicked"));
    await h.app.bot.handleUpdate(leftMessage(group, asUser(boss), asUser(staff)));
    const told = h.emulator.chatMessages(group.id).slice(before).filter((m) => m.fromBot);
    expect(told.map((m) => m.text)).toEqual(["ℹ️ Staf left the group and is no longer on the list of who may issue. If they come back, an admin allows them again with /allow."]);
    expect((await settingsOf(group.id)).issuerIds).toEqual([]);
    expect((await b.say("/settings"))?.text).toContain("allowed: -");
  });

  it("id: removed while the bot wasn't told: the settings panel sees it and drops them; re-added, still not allowed", async () => {
    const { group, staff, b } = await allowed(3, "id");
    h.emulator.kickMember(group.id, staff.id);
    expect((await b.say("/pengaturan"))?.text).toContain("diizinkan: -");
    expect((await settingsOf(group.id)).issuerIds).toEqual([]);
    h.emulator.addMember(group.id, staff.id);
    expect((await b.say("/pengaturan"))?.text).toContain("diizinkan: -");
  });

  it("someone not on the list leaving changes nothing and says nothing", async () => {
    const { group, boss, staff } = await allowed(4, "en");
    const other = asUser({ id: 461_999, first_name: "Tamu" });
    const before = h.emulator.chatMessages(group.id).length;
    await h.app.bot.handleUpdate(leftMessage(group, other, other));
    await h.app.bot.handleUpdate(memberUpdate(group, asUser(boss), other, "member", "left"));
    expect(h.emulator.chatMessages(group.id).length).toBe(before);
    expect((await settingsOf(group.id)).issuerIds).toEqual([staff.id]);
  });
});
