import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * /login (or "login" addressed to the bot) with more than the command on the line: those words may be the
 * password, so the message is deleted at once, before anything else; in a group where the bot can't delete,
 * the member is told to delete it and to change the password. In a private chat the username typed there
 * answers the username question, but the password is never taken from the line: it is asked again.
 */
const boss = { id: 637_001, first_name: "Bos", language_code: "id" };
const agency = { id: -100_637_001, type: "supergroup" as const, title: "Agen Resmi" };

const TEXT = {
  id: {
    privateOnly: "🔒 Login hanya diketik di chat pribadi dengan saya, tidak pernah di grup. Ketuk tombol untuk melanjutkan di sana.",
    notDeleted: "⚠️ Saya tidak bisa menghapus pesan berisi password Anda: mohon hapus sendiri. Semua anggota grup ini mungkin sudah melihatnya, jadi segera ganti password tersebut (/resetpassword di chat pribadi dengan saya).",
    askPassword: "Sekarang kirim password. Pesan Anda langsung saya hapus, saya cek ke MMBC dan hanya disimpan terenkripsi; tidak akan ditampilkan lagi. (kembali untuk mengganti username, /batal untuk berhenti)",
    askUsername: "🔑 Tautkan akun MMBC Anda\nKirim username MMBC Anda. (/batal untuk berhenti)",
  },
  en: {
    privateOnly: "🔒 Logins are only typed in a private chat with me, never in a group. Tap the button to continue there.",
    notDeleted: "⚠️ I couldn't delete your message with the password: please delete it yourself. Everyone in this group may have seen it, so change that password now (/resetpassword in a private chat with me).",
    askPassword: "Now send the password. I delete your message at once, check it with MMBC and keep it only encrypted; it is never shown again. (back to change the username, /cancel to stop)",
    askUsername: "🔑 Link your MMBC account\nSend your MMBC username. (/cancel to stop)",
  },
};

let h: Harness;
const U = () => h.emulator.botInfo.username;
beforeAll(async () => {
  h = await startHarness({ live: true, env: { CREDENTIALS_KEY: randomBytes(32).toString("base64"), ISSUER_IDS: String(boss.id) } });
  h.emulator.setChatAdministrators(agency.id, [boss.id]);
  await h.app.bot.handleUpdate(h.emulator.addBotToGroup(agency, boss));
}, 60_000);
afterAll(async () => { await h?.close(); });

let nextId = 637_100;
function person(language: "id" | "en") {
  const id = nextId++;
  const username = `joko-${id}`;
  const password = `Rahasia-${id}!`;
  h.sandbox.controls.addAccount({ username, password });
  h.emulator.addMember(agency.id, id);
  return { user: { id, first_name: "Joko", language_code: language }, username, password };
}

/** Types a message; its id (to look for its deletion) and the bot's answers to it. */
async function send(a: Agent, text: string): Promise<{ id: number; answers: string[] }> {
  const before = h.emulator.chatMessages(a.chat.id).length;
  const update = h.emulator.sendText({ chat: a.chat, from: a.user, text })!;
  await h.app.bot.handleUpdate(update);
  return { id: update.message!.message_id, answers: h.emulator.chatMessages(a.chat.id).slice(before).filter((m) => m.fromBot).map((m) => m.text ?? "") };
}
const deleted = (chatId: number, messageId: number) =>
  h.emulator.calls.some((c) => c.method === "deleteMessage" && c.ok && c.payload.chat_id === chatId && c.payload.message_id === messageId);
const providerCalls = (username: string) => h.sandbox.controls.calls().filter((c) => c.params.username === username).length;
const visible = (chatId: number, text: string) => h.emulator.chatMessages(chatId).some((m) => m.text?.includes(text));

describe.each(["id", "en"] as const)("a login typed with its password (%s)", (lang) => {
  const t = TEXT[lang];

  it("in a group, /login@Bot user password and '@Bot login user password …': deleted at once, then the usual answer", async () => {
    const { user, username, password: PASSWORD } = person(lang);
    const a = new Agent(h, user, agency);
    for (const line of [`/login@${U()} ${username} ${PASSWORD}`, `@${U()} login ${username} password ${PASSWORD}`, `/resetpassword@${U()} ${username} ${PASSWORD}`]) {
      const sent = await send(a, line);
      expect([line, deleted(agency.id, sent.id)]).toEqual([line, true]);
      expect([line, sent.answers]).toEqual([line, [t.privateOnly]]);
    }
    expect(visible(agency.id, PASSWORD)).toBe(false);
    expect(providerCalls(username)).toBe(0);
    // The command alone holds nothing secret: left, and answered as before.
    const alone = await send(a, `/login@${U()}`);
    expect(deleted(agency.id, alone.id)).toBe(false);
    expect(alone.answers).toEqual([t.privateOnly]);
  });

  it("in a group where the bot may not delete: the member is told to delete it and change the password", async () => {
    const { user, username, password: PASSWORD } = person(lang);
    const a = new Agent(h, user, agency);
    h.emulator.failNext("deleteMessage", { error_code: 400, description: "Bad Request: message can't be deleted" });
    const sent = await send(a, `/login@${U()} ${username} ${PASSWORD}`);
    expect(sent.answers).toEqual([t.notDeleted, t.privateOnly]);
    expect(providerCalls(username)).toBe(0);
  });

  it("in a private chat, /login user password: deleted, the username taken, the password asked again (never used from the line)", async () => {
    const { user, username, password: PASSWORD } = person(lang);
    const a = new Agent(h, user, { id: user.id, type: "private" });
    const sent = await send(a, `/login ${username} ${PASSWORD}`);
    expect(deleted(a.chat.id, sent.id)).toBe(true);
    expect(sent.answers).toEqual([t.askPassword]);
    expect(providerCalls(username)).toBe(0);
    // The password, sent as asked, links the account with the username from the line.
    const pw = await send(a, PASSWORD);
    expect(deleted(a.chat.id, pw.id)).toBe(true);
    expect(pw.answers.at(-1)).toMatch(lang === "id" ? /^✅ Tertaut: user MMBC jo\*+\d · / : /^✅ Linked: MMBC user jo\*+\d · /);
    expect(providerCalls(username)).toBeGreaterThan(0);
    expect(visible(a.chat.id, PASSWORD)).toBe(false);
  });

  it("in a private chat, 'login user password' and a lone word after /login: deleted; a lone word answers nothing", async () => {
    const { user, username, password: PASSWORD } = person(lang);
    const a = new Agent(h, user, { id: user.id, type: "private" });
    const typed = await send(a, `login ${username} ${PASSWORD}`);
    expect(deleted(a.chat.id, typed.id)).toBe(true);
    expect(typed.answers).toEqual([t.askPassword]);
    await send(a, lang === "id" ? "/batal" : "/cancel");
    const lone = await send(a, `/login ${PASSWORD}`);
    expect(deleted(a.chat.id, lone.id)).toBe(true);
    expect(lone.answers).toEqual([t.askUsername]);
    expect(providerCalls(username)).toBe(0);
    expect(visible(a.chat.id, PASSWORD)).toBe(false);
  });
});
