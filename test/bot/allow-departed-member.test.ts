import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Update, User } from "grammy/types";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookInGroup, money } from "../security/helpers.js";

/**
 * /allow (/izinkan) of a member who has since left or been removed, whether by replying to an old message of
 * hers or by naming her (@username the bot saw here): Telegram is asked now, she is said not to be in the
 * group, and she is not put on its list; re-added later, she doesn't spend the deposit. One still on the list
 * because her leaving went unseen comes off it then. Removals here send the bot nothing (no service message,
 * no chat_member): getChatMember alone says "kicked".
 */
const boss = { id: 64_301, first_name: "Bos", language_code: "id" };
let h: Harness;
const U = () => h.emulator.botInfo.username;
beforeAll(async () => {
  h = await startHarness({ live: true, env: { CREDENTIALS_KEY: randomBytes(32).toString("base64"), ISSUER_IDS: String(boss.id) } });
}, 60_000);
afterAll(async () => { await h?.close(); });

const notMember = {
  id: "Tono bukan anggota grup ini, jadi tidak bisa saya masukkan ke daftar yang boleh issued.",
  en: "Tono is not in this group, so I can't put them on its list of who may issue.",
} as const;

const issueButton = (m: { reply_markup?: { inline_keyboard: unknown[][] } } | undefined) =>
  m?.reply_markup?.inline_keyboard.flat().find((b) => typeof b === "object" && b !== null && "callback_data" in b && String((b as { callback_data: string }).callback_data).startsWith("ic:"));

async function group(n: number, lang: "id" | "en") {
  const chat = { id: -100_643_000 - n, type: "supergroup" as const, title: `Agen ${n}` };
  const adi = { id: 64_310 + n * 10, first_name: "Adi", language_code: lang };
  const tono = { id: 64_311 + n * 10, first_name: "Tono", language_code: lang, username: `tono_${n}_travel` };
  const mira = { id: 64_312 + n * 10, first_name: "Mira", language_code: "id" };
  h.emulator.setChatAdministrators(chat.id, [adi.id]);
  for (const u of [tono, mira]) h.emulator.addMember(chat.id, u.id);
  await h.app.bot.handleUpdate(h.emulator.addBotToGroup(chat, boss));
  const admin = new Agent(h, adi, chat);
  const t = new Agent(h, tono, chat);
  await t.say(`/help@${U()}`);
  const old = h.emulator.chatMessages(chat.id).filter((m) => !m.fromBot && m.from.id === tono.id).at(-1)!;
  return { chat, admin, t, tono, mira, old };
}

/** Tono, back in the group, asks to issue a colleague's booking: refused, nothing spent. */
async function cannotSpend(chat: { id: number; type: "supergroup"; title: string }, t: Agent, mira: { id: number; first_name: string; language_code: string }, days: number) {
  const code = await bookInGroup(new Agent(h, mira, chat), "Mrs Mira Lestari", "CGK SUB", days);
  const before = money(h);
  expect(issueButton(await t.say(`/issued@${U()} ${code}`))).toBeUndefined();
  expect(money(h)).toEqual(before);
}

describe.each([
  { lang: "id" as const, n: 1, allow: "/izinkan" },
  { lang: "en" as const, n: 2, allow: "/allow" },
])("/allow of a member who has left ($lang)", ({ lang, n, allow }) => {
  it("by reply to her old message and by @username: not in the group, not listed; re-added, she doesn't spend", async () => {
    const { chat, admin, t, tono, mira, old } = await group(n, lang);
    h.emulator.kickMember(chat.id, tono.id);
    expect((await admin.say(`${allow}@${U()}`, old.message_id))?.text).toBe(notMember[lang]);
    expect((await admin.say(`${allow}@${U()} @${tono.username}`))?.text).toBe(notMember[lang]);
    expect((await h.app.deps.chatSettings.get(chat.id)).issuerIds).toEqual([]);
    h.emulator.addMember(chat.id, tono.id);
    await cannotSpend(chat, t, mira, 50 + n);
  });
});

describe.each([
  { lang: "id" as const, n: 3, allow: "/izinkan" },
  { lang: "en" as const, n: 4, allow: "/allow" },
])("a member on the list removed without the bot being told, then /allow again ($lang)", ({ lang, n, allow }) => {
  it("she comes off the list then, and re-added she doesn't spend", async () => {
    const { chat, admin, t, tono, mira, old } = await group(n, lang);
    await admin.say(`${allow}@${U()}`, old.message_id);
    expect((await h.app.deps.chatSettings.get(chat.id)).issuerIds).toEqual([tono.id]);
    h.emulator.kickMember(chat.id, tono.id);
    expect((await admin.say(`${allow}@${U()}`, old.message_id))?.text).toBe(notMember[lang]);
    expect((await h.app.deps.chatSettings.get(chat.id)).issuerIds).toEqual([]);
    h.emulator.addMember(chat.id, tono.id);
    await cannotSpend(chat, t, mira, 50 + n);
  });
});

let nextUpdate = 6_430_000;
/** Telegram's "joined" service message (sent to bots, privacy mode or not), or chat_member where the bot is an admin. */
function joined(chat: { id: number; type: "supergroup"; title: string }, by: User, user: User, as: "service" | "chat_member"): Update {
  const date = Math.floor(Date.now() / 1000);
  if (as === "service") return { update_id: ++nextUpdate, message: { message_id: 800_000 + (nextUpdate % 100_000), date, chat, from: by, new_chat_members: [user] } } as Update;
  return { update_id: ++nextUpdate, chat_member: { chat, from: by, date, old_chat_member: { status: "kicked", user, until_date: 0 }, new_chat_member: { status: "member", user } } } as Update;
}

const returned = {
  id: "ℹ️ Tono bergabung lagi ke grup. Sebelum keluar dia ada di daftar yang boleh issued; izin itu tidak ikut kembali, jadi admin perlu mengizinkannya lagi dengan /izinkan kalau dia memang boleh issued.",
  en: "ℹ️ Tono is back in the group. They were on the list of who may issue before they left; that doesn't come back with them, so an admin allows them again with /allow if they should issue.",
} as const;

describe.each([
  { lang: "id" as const, n: 5, allow: "/izinkan", as: "service" as const },
  { lang: "en" as const, n: 6, allow: "/allow", as: "chat_member" as const },
])("a member on the list whose leaving went unseen comes back ($lang, $as)", ({ lang, n, allow, as }) => {
  it("coming back restores nothing: off the list, the admins told once, and she doesn't spend", async () => {
    const { chat, admin, t, tono, mira, old } = await group(n, lang);
    await admin.say(`${allow}@${U()}`, old.message_id);
    h.emulator.kickMember(chat.id, tono.id);
    h.emulator.addMember(chat.id, tono.id);
    const before = h.emulator.chatMessages(chat.id).length;
    const user: User = { ...tono, is_bot: false };
    await h.app.bot.handleUpdate(joined(chat, user, user, as));
    await h.app.bot.handleUpdate(joined(chat, user, user, as === "service" ? "chat_member" : "service"));
    expect(h.emulator.chatMessages(chat.id).slice(before).filter((m) => m.fromBot).map((m) => m.text)).toEqual([returned[lang]]);
    expect((await h.app.deps.chatSettings.get(chat.id)).issuerIds).toEqual([]);
    await cannotSpend(chat, t, mira, 50 + n);
  });
});
