import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookInGroup, money } from "../security/helpers.js";

/**
 * /disallow (/cabut) takes a member off the group's list, and its answer never says she may no longer issue
 * when the group's rule still lets her: an admin under the "admins" rule, anyone under "everyone". It says
 * why she still may and how to limit issuing to the list; choosing 📋 List then does stop her, deposit untouched.
 * /allow (/izinkan) of someone the rule already lets issue says she is on the list, not that she "may now" issue.
 */
const boss = { id: 64_801, first_name: "Bos", language_code: "id" };
let h: Harness;
const U = () => h.emulator.botInfo.username;
beforeAll(async () => {
  h = await startHarness({ live: true, env: { CREDENTIALS_KEY: randomBytes(32).toString("base64"), ISSUER_IDS: String(boss.id) } });
}, 60_000);
afterAll(async () => { await h?.close(); });

const texts = {
  id: {
    onList: "✅ Ani sekarang masuk daftar yang boleh issued di grup ini.",
    offList: "Ani sudah dikeluarkan dari daftar yang boleh issued di grup ini.",
    admin: "Ani adalah admin, dan menurut aturan grup ini admin selalu boleh issued. Kalau hanya orang di daftar yang boleh issued, pilih 📋 Daftar di /pengaturan.",
    everyone: "Menurut aturan grup ini, semua anggota grup boleh issued. Kalau hanya orang di daftar yang boleh issued, pilih 📋 Daftar di /pengaturan.",
    allowed: "✅ Ani sekarang boleh issued di grup ini.",
    noLonger: "Ani tidak lagi boleh issued di grup ini.",
    notListed: "Ani memang tidak ada di daftar yang boleh issued di grup ini.",
  },
  en: {
    onList: "✅ Ani is now on this group's list of who may issue.",
    offList: "Ani is off this group's list of who may issue.",
    admin: "Ani is an admin: under this group's rule admins may always issue. To limit issuing to the list, choose 📋 List in /settings.",
    everyone: "Under this group's rule everyone in the group may issue. To limit issuing to the list, choose 📋 List in /settings.",
    allowed: "✅ Ani may now issue in this group.",
    noLonger: "Ani may no longer issue in this group.",
    notListed: "Ani is not on this group's list of who may issue.",
  },
} as const;

const issueButton = (m: { reply_markup?: { inline_keyboard: unknown[][] } } | undefined) =>
  m?.reply_markup?.inline_keyboard.flat().find((b): b is { callback_data: string } => typeof b === "object" && b !== null && "callback_data" in b && String((b as { callback_data: string }).callback_data).startsWith("ic:"));

async function group(n: number, lang: "id" | "en", policy: "admins" | "everyone", aniIsAdmin: boolean) {
  const chat = { id: -100_648_000 - n, type: "supergroup" as const, title: `Agen ${n}` };
  const adi = { id: 64_810 + n * 10, first_name: "Adi", language_code: lang };
  const ani = { id: 64_811 + n * 10, first_name: "Ani", language_code: lang };
  const mira = { id: 64_812 + n * 10, first_name: "Mira", language_code: "id" };
  h.emulator.setChatAdministrators(chat.id, aniIsAdmin ? [adi.id, ani.id] : [adi.id]);
  for (const u of [ani, mira]) h.emulator.addMember(chat.id, u.id);
  await h.app.bot.handleUpdate(h.emulator.addBotToGroup(chat, boss));
  if (policy === "everyone") await h.app.deps.chatSettings.update(chat.id, (s) => ({ ...s, issuers: "everyone" }));
  const a = new Agent(h, adi, chat);
  const t = new Agent(h, ani, chat);
  await t.say(`/help@${U()}`);
  const aniMessage = h.emulator.chatMessages(chat.id).filter((m) => !m.fromBot && m.from.id === ani.id).at(-1)!;
  return { chat, a, t, ani, mira, aniMessage };
}

describe.each([
  { lang: "id" as const, n: 1, policy: "admins" as const, aniIsAdmin: true, why: "admin" as const },
  { lang: "en" as const, n: 2, policy: "admins" as const, aniIsAdmin: true, why: "admin" as const },
  { lang: "id" as const, n: 3, policy: "everyone" as const, aniIsAdmin: false, why: "everyone" as const },
  { lang: "en" as const, n: 4, policy: "everyone" as const, aniIsAdmin: false, why: "everyone" as const },
])("/disallow where the rule still lets her issue ($lang, $policy)", ({ lang, n, policy, aniIsAdmin, why }) => {
  it("says she is off the list and why she may still issue; 📋 List then stops her and the deposit is not spent", async () => {
    const x = texts[lang];
    const { chat, a, t, mira, aniMessage } = await group(n, lang, policy, aniIsAdmin);
    expect((await a.say(`/allow@${U()}`, aniMessage.message_id))?.text).toBe(`${x.onList}\n${x[why]}`);
    expect((await a.say(`/disallow@${U()}`, aniMessage.message_id))?.text).toBe(`${x.offList}\n${x[why]}`);
    expect((await a.say(`/disallow@${U()}`, aniMessage.message_id))?.text).toBe(`${x.notListed}\n${x[why]}`);
    expect((await h.app.deps.chatSettings.get(chat.id)).issuerIds).toEqual([]);
    // What the answer says is so: she may still issue now …
    const code = await bookInGroup(new Agent(h, mira, chat), "Mrs Mira Lestari", "CGK SUB", 40 + n);
    expect(issueButton(await t.say(`/issued@${U()} ${code}`))).toBeDefined();
    // … and once an admin chooses 📋 List, she may not: no button, nothing spent.
    await h.app.deps.chatSettings.update(chat.id, (s) => ({ ...s, issuers: "list" }));
    const before = money(h);
    const refused = await t.say(`/issued@${U()} ${code}`);
    expect(issueButton(refused)).toBeUndefined();
    expect(money(h)).toEqual(before);
  });
});

describe.each([
  { lang: "id" as const, n: 5 },
  { lang: "en" as const, n: 6 },
])("/allow and /disallow of a member the admins rule doesn't let issue ($lang)", ({ lang, n }) => {
  it("says she may now issue, then that she may no longer, and then she can't: the deposit is not spent", async () => {
    const x = texts[lang];
    const { chat, a, t, mira, aniMessage } = await group(n, lang, "admins", false);
    expect((await a.say(`/allow@${U()}`, aniMessage.message_id))?.text).toBe(x.allowed);
    expect((await a.say(`/disallow@${U()}`, aniMessage.message_id))?.text).toBe(x.noLonger);
    const code = await bookInGroup(new Agent(h, mira, chat), "Mrs Mira Lestari", "CGK SUB", 40 + n);
    const before = money(h);
    expect(issueButton(await t.say(`/issued@${U()} ${code}`))).toBeUndefined();
    expect(money(h)).toEqual(before);
  });
});

describe.each([
  { lang: "id" as const, n: 7, notListed: "Bos memang tidak ada di daftar yang boleh issued di grup ini.", operator: "Bos termasuk issuer operator bot, jadi tetap boleh issued dengan akun bot di grup mana pun." },
  { lang: "en" as const, n: 8, notListed: "Bos is not on this group's list of who may issue.", operator: "Bos is one of the bot operator's issuers and may issue with the bot's account in any group." },
])("/disallow of one of the operator's issuers ($lang)", ({ lang, n, notListed, operator }) => {
  it("says the list never held him and that he may issue with the bot's account anyway", async () => {
    const { chat, a } = await group(n, lang, "admins", false);
    h.emulator.addMember(chat.id, boss.id);
    await new Agent(h, boss, chat).say(`/help@${U()}`);
    const bossMessage = h.emulator.chatMessages(chat.id).filter((m) => !m.fromBot && m.from.id === boss.id).at(-1)!;
    expect((await a.say(`/disallow@${U()}`, bossMessage.message_id))?.text).toBe(`${notListed}\n${operator}`);
  });
});

describe.each([
  { lang: "id" as const, n: 9, settings: "/pengaturan", notListed: "Sinta memang tidak ada di daftar yang boleh issued di grup ini.", owner: "Sinta yang menautkan akun yang dipakai grup ini (/login), jadi dia tetap boleh issued dengan akun itu." },
  { lang: "en" as const, n: 10, settings: "/settings", notListed: "Sinta is not on this group's list of who may issue.", owner: "Sinta linked the account this group uses (/login), so they may always issue with it." },
])("/disallow of the owner of the account linked to the group ($lang)", ({ lang, n, settings, notListed, owner }) => {
  it("says she may still issue with her own account, even under 'list only'", async () => {
    const { chat, a } = await group(n, lang, "admins", false);
    const sinta = { id: 64_909 + n, first_name: "Sinta", language_code: lang };
    const login = { username: `agen-sinta-${n}`, password: `Rahasia-Sinta-${n}42` };
    h.sandbox.controls.addAccount(login);
    const dm = new Agent(h, sinta, { id: sinta.id, type: "private" });
    await dm.say("/login");
    await dm.say(login.username);
    await dm.say(login.password);
    h.emulator.setChatAdministrators(chat.id, [a.user.id, sinta.id]);
    const s = new Agent(h, sinta, chat);
    await s.say(`${settings}@${U()} ${lang === "id" ? "akun" : "account"}`);
    await h.app.deps.chatSettings.update(chat.id, (x) => ({ ...x, issuers: "list" }));
    const sintaMessage = h.emulator.chatMessages(chat.id).filter((m) => !m.fromBot && m.from.id === sinta.id).at(-1)!;
    expect((await a.say(`/disallow@${U()}`, sintaMessage.message_id))?.text).toBe(`${notListed}\n${owner}`);
  });
});
