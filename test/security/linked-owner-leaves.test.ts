import { randomBytes } from "node:crypto";
import type { Update, User } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookInGroup, money } from "./helpers.js";

// Siti links her own MMBC login to a group (/pengaturan akun). Once she is no longer in it — she left, was
// removed, seen or unseen — the group stops spending her deposit: the link ends, the group is told once,
// she is told in private. In private she sees the groups using her account and can stop them herself.
const KEY = randomBytes(32).toString("base64");
const SITI = { username: "agen-siti-olv", password: "Rahasia-Siti-913" };
const siti = { id: 48_801, first_name: "Siti", language_code: "id" };
const rudi = { id: 48_802, first_name: "Rudi", language_code: "id" };
const budi = { id: 48_803, first_name: "Budi", language_code: "id" };
const eko = { id: 48_804, first_name: "Eko", language_code: "en" };
const NOTICE_ID = "ℹ️ Akun MMBC Siti tidak dipakai lagi di grup ini karena Siti keluar; grup kembali ke akun bawaan. Deposit Siti tidak terpakai di sini lagi; jika bergabung lagi, Siti bisa menautkannya lagi dengan /pengaturan akun.";
const NOTICE_EN = "ℹ️ Siti's MMBC account is no longer used in this group because Siti left; the group is back on the default account. Siti's deposit is no longer spent here; if they join again, they can link it again with /settings account.";

let h: Harness;
let nextUpdate = 4_880_000;
let nextGroup = 0;
const dm = (user: typeof siti) => new Agent(h, user, { id: user.id, type: "private" });
const asUser = (u: { id: number; first_name: string }): User => ({ ...u, is_bot: false });
const botTexts = (chatId: number, from = 0) => h.emulator.chatMessages(chatId).slice(from).filter((m) => m.fromBot).map((m) => m.text);

function leftMessage(chat: { id: number; type: "supergroup"; title: string }, by: User, left: User): Update {
  return { update_id: ++nextUpdate, message: { message_id: 700_000 + (nextUpdate % 100_000), date: Math.floor(Date.now() / 1000), chat, from: by, left_chat_member: left } } as Update;
}
function memberUpdate(chat: { id: number; type: "supergroup"; title: string }, by: User, user: User, from: "member" | "left" | "kicked", to: "member" | "left" | "kicked"): Update {
  const status = (s: string) => (s === "kicked" ? { status: "kicked", user, until_date: 0 } : { status: s, user });
  return { update_id: ++nextUpdate, chat_member: { chat, from: by, date: Math.floor(Date.now() / 1000), old_chat_member: status(from), new_chat_member: status(to) } } as Update;
}

/** A group Siti and `admin` run, linked to Siti's account, with one booking of Budi's made on it. */
async function linkedGroup(admin: typeof rudi) {
  const group = { id: -1_004_880_000 - ++nextGroup, type: "supergroup" as const, title: `Grup Siti ${nextGroup}` };
  h.emulator.setChatAdministrators(group.id, [siti.id, admin.id]);
  h.emulator.addMember(group.id, budi.id);
  expect((await new Agent(h, siti, group).say("/pengaturan akun"))?.text).toContain("Grup ini sekarang memakai akun MMBC milik Siti");
  const code = await bookInGroup(new Agent(h, budi, group), "Mr Budi Santoso", "CGK DPS", 40 + nextGroup);
  expect((await h.app.deps.bookings.get("mmbc", code))?.account).toMatch(/^mmbc:user:48801:/);
  return { group, code, from: h.emulator.chatMessages(group.id).length };
}

beforeAll(async () => {
  h = await startHarness({ live: true, namespace: `olv${randomBytes(3).toString("hex")}`, env: { CREDENTIALS_KEY: KEY, ISSUER_IDS: "48899", AGENT_IDS: String(siti.id) } });
  h.sandbox.controls.addAccount(SITI);
  await dm(siti).say("/login");
  await dm(siti).say(SITI.username);
  expect((await dm(siti).say(SITI.password))?.text).toContain("Tertaut");
}, 60_000);
afterAll(async () => { await h?.close(); });

describe("the owner of a group's linked account leaves it", () => {
  it("id: she leaves (service message): the group is told once, she in private; an admin's /issued pays nothing from her deposit", async () => {
    const { group, code, from } = await linkedGroup(rudi);
    const privateBefore = h.emulator.chatMessages(siti.id).length;
    await h.app.bot.handleUpdate(leftMessage(group, asUser(siti), asUser(siti)));
    h.emulator.kickMember(group.id, siti.id);
    // Where the bot is an admin Telegram also sends chat_member: nothing is said twice.
    await h.app.bot.handleUpdate(memberUpdate(group, asUser(siti), asUser(siti), "member", "left"));
    expect(botTexts(group.id, from)).toEqual([NOTICE_ID]);
    expect(botTexts(siti.id, privateBefore)).toEqual(["ℹ️ Grup Grup Siti 1 tidak memakai akun MMBC Anda lagi karena Anda keluar dari grup itu; deposit Anda tidak terpakai di sana lagi."]);
    const before = money(h);
    const refused = await new Agent(h, rudi, group).say(`/issued ${code}`);
    expect(refused?.text).not.toContain("✅");
    expect(refused?.reply_markup).toBeUndefined();
    expect(money(h)).toEqual(before);
    expect((await new Agent(h, rudi, group).say("/akun"))?.text).not.toContain("Siti");
    expect(botTexts(group.id, from).filter((t) => t === NOTICE_ID)).toHaveLength(1);
  }, 90_000);

  it("en: removed without the bot being told: found gone at /issued, refused, the link ends, told once", async () => {
    const { group, code, from } = await linkedGroup(eko);
    h.emulator.kickMember(group.id, siti.id);
    h.emulator.setChatAdministrators(group.id, [eko.id]);
    const before = money(h);
    const e = new Agent(h, eko, group);
    const refused = await e.say(`/issued ${code}`);
    expect(refused?.reply_markup).toBeUndefined();
    // The group learns why first, then that it has no account of its own to pay with here.
    expect(botTexts(group.id, from).slice(-2)).toEqual([NOTICE_EN, refused?.text]);
    expect(refused?.text).toContain("/approve");
    expect(money(h)).toEqual(before);
    // Asked again: still nothing paid, nothing announced again.
    await e.say(`/issued ${code}`);
    expect(money(h)).toEqual(before);
    expect(botTexts(group.id, from).filter((t) => t === NOTICE_EN)).toHaveLength(1);
    expect((await e.say("/account"))?.text).not.toContain("Siti");
    expect(await h.app.deps.accounts.linkFor(group, eko.id)).toEqual({ kind: "none" });
  }, 90_000);

  it("id: a confirmation shown before she was removed pays nothing when tapped after", async () => {
    const { group, code } = await linkedGroup(rudi);
    const r = new Agent(h, rudi, group);
    const confirm = await r.say(`/issued ${code}`);
    expect(confirm?.reply_markup).toBeDefined();
    h.emulator.kickMember(group.id, siti.id);
    const before = money(h);
    await r.tap("✅");
    expect(money(h)).toEqual(before);
    expect(botTexts(group.id)).toContain(NOTICE_ID);
  }, 90_000);

  it("id: /akun in the group after an unseen removal no longer names her, and ends the link there", async () => {
    const { group, from } = await linkedGroup(rudi);
    h.emulator.kickMember(group.id, siti.id);
    const text = (await new Agent(h, rudi, group).say("/akun"))?.text ?? "";
    expect(text).not.toContain("ditautkan oleh Siti");
    expect(botTexts(group.id, from)).toContain(NOTICE_ID);
  }, 90_000);

  it("en: removed unseen, then added back (chat_member): the link doesn't come back with her", async () => {
    const { group, from } = await linkedGroup(eko);
    h.emulator.kickMember(group.id, siti.id);
    h.emulator.addMember(group.id, siti.id);
    await h.app.bot.handleUpdate(memberUpdate(group, asUser(eko), asUser(siti), "kicked", "member"));
    expect(botTexts(group.id, from)).toEqual([NOTICE_EN]);
    expect(await h.app.deps.accounts.linkFor(group, eko.id)).toEqual({ kind: "none" });
  }, 90_000);

  it("a member other than the owner leaving changes nothing", async () => {
    const { group, from } = await linkedGroup(rudi);
    await h.app.bot.handleUpdate(leftMessage(group, asUser(budi), asUser(budi)));
    expect(botTexts(group.id, from)).toEqual([]);
    expect((await new Agent(h, rudi, group).say("/akun"))?.text).toContain("ditautkan oleh Siti");
    await new Agent(h, siti, group).say("/pengaturan akun mati");
  }, 90_000);
});

describe("in private, the owner sees and stops the groups using her account", () => {
  it("id: /akun lists them; /pengaturan akun mati ends every link and tells each group", async () => {
    const { group, from } = await linkedGroup(rudi);
    expect((await dm(siti).say("/akun"))?.text).toContain(`Dipakai di grup: ${group.title}. /pengaturan akun mati di sini menghentikannya.`);
    expect((await dm(siti).say("/pengaturan akun mati"))?.text).toBe(`✅ Akun MMBC Anda tidak dipakai lagi di: ${group.title}.`);
    expect(botTexts(group.id, from)).toEqual(["ℹ️ Siti berhenti memakaikan akun MMBC-nya di grup ini; grup kembali ke akun bawaan."]);
    expect((await new Agent(h, rudi, group).say("/akun"))?.text).not.toContain("Siti");
    expect((await dm(siti).say("/akun"))?.text).not.toContain("Dipakai di grup");
    expect((await dm(siti).say("/pengaturan akun mati"))?.text).toBe("Akun MMBC Anda tidak dipakai di grup mana pun.");
  }, 90_000);

  it("en: /settings account off in private", async () => {
    const { group } = await linkedGroup(rudi);
    const sitiEn = { ...siti, language_code: "en" };
    const a = new Agent(h, sitiEn, { id: siti.id, type: "private" });
    expect((await a.say("/language en"))).toBeDefined();
    expect((await a.say("/account"))?.text).toContain(`Used in groups: ${group.title}. /settings account off here stops that.`);
    expect((await a.say("/settings account off"))?.text).toBe(`✅ Your MMBC account is no longer used in: ${group.title}.`);
    expect((await a.say("/settings account off"))?.text).toBe("Your MMBC account isn't used in any group.");
  }, 90_000);
});
