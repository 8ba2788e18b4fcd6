import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * /login in a private chat on a live account, interrupted at the password question: a command, a word
 * ("kembali", "batal"), a photo, an edit, a stop. Whatever might be the password is deleted at once,
 * never reaches MMBC (each wrong try counts towards a locked account) nor the logs, and the agent is
 * always told where the login stands; a password typed just after a stop is still deleted.
 */
const KEY = randomBytes(32).toString("base64");
const PASSWORD = "Rahasia-Joko-77";
const GENERIC = "Ketik /cari untuk mencari penerbangan";

let h: Harness;
/** The bot's clock, moved forward to pass the flow's deadline or the stop's window. */
let shift = 0;
beforeAll(async () => {
  h = await startHarness({ live: true, env: { CREDENTIALS_KEY: KEY }, now: () => new Date(Date.now() + shift) });
});
afterAll(async () => { await h?.close(); });
beforeEach(() => { shift = 0; });

let nextId = 936_100;
/** A fresh agent with her own MMBC login (so the provider's calls can be counted per username). */
function agent(language: "id" | "en" = "id"): { a: Agent; username: string } {
  const id = nextId++;
  const username = `joko-${id}`;
  h.sandbox.controls.addAccount({ username, password: PASSWORD });
  return { a: new Agent(h, { id, first_name: "Joko", language_code: language }, { id, type: "private" }), username };
}

/** Types a message and returns its id (to look for its deletion). */
async function send(a: Agent, text: string): Promise<number> {
  const update = h.emulator.sendText({ chat: a.chat, from: a.user, text })!;
  await h.app.bot.handleUpdate(update);
  return update.message!.message_id;
}

const deleted = (a: Agent, messageId: number) =>
  h.emulator.calls.some((c) => c.method === "deleteMessage" && c.ok && c.payload.chat_id === a.chat.id && c.payload.message_id === messageId);
/** Every call the bot made to MMBC with this username (a login check, a balance, a search…). */
const providerCalls = (username: string) => h.sandbox.controls.calls().filter((c) => c.params.username === username).length;
const visible = (a: Agent, text: string) => h.emulator.chatMessages(a.chat.id).some((m) => m.text?.includes(text) || m.caption?.includes(text));

async function atPasswordQuestion(language: "id" | "en" = "id") {
  const { a, username } = agent(language);
  await a.say("/login");
  expect((await a.say(username))?.text).toContain("password");
  return { a, username };
}

describe("a command at the password question keeps the login waiting, and says so", () => {
  for (const command of ["/bahasa", "/help", "/saldo", "/cari"]) {
    it(`${command}: not run, not deleted, "still waiting"; the password typed next is deleted and used`, async () => {
      const { a, username } = await atPasswordQuestion();
      const commandId = await send(a, command);
      expect(deleted(a, commandId)).toBe(false);
      expect(a.last()?.text).toContain("masih menunggu password MMBC");
      expect(a.last()?.text).toContain(`${command} belum saya jalankan`);
      expect(a.last()?.text).toContain("/batal");
      expect(providerCalls(username)).toBe(0);
      const passwordId = await send(a, PASSWORD);
      expect(deleted(a, passwordId)).toBe(true);
      expect(visible(a, PASSWORD)).toBe(false);
      expect(a.last()?.text).toContain("✅ Tertaut: user MMBC");
      expect(a.last()?.text).not.toContain(GENERIC);
    });
  }

  it("English: /help says the login still waits, in English", async () => {
    const { a } = await atPasswordQuestion("en");
    await send(a, "/help");
    expect(a.last()?.text).toContain("still waiting for the MMBC password");
    expect(a.last()?.text).toContain("/cancel");
  });

  it('an unknown "/word" may be the password: deleted, never repeated back nor sent to MMBC', async () => {
    const { a, username } = await atPasswordQuestion();
    const id = await send(a, "/Rahasia77");
    expect(deleted(a, id)).toBe(true);
    expect(a.last()?.text).toContain("Login belum selesai");
    expect(a.last()?.text).not.toContain("Rahasia77");
    expect(providerCalls(username)).toBe(0);
  });

  it("/login at the password question starts over at the username", async () => {
    const { a } = await atPasswordQuestion();
    expect((await a.say("/login"))?.text).toContain("Kirim username MMBC Anda");
  });
});

describe("words at the password question never reach MMBC", () => {
  it('"kembali" goes back to the username question; the message is deleted', async () => {
    const { a, username } = await atPasswordQuestion();
    const id = await send(a, "kembali");
    expect(deleted(a, id)).toBe(true);
    expect(a.last()?.text).toContain("Kirim username MMBC Anda");
    expect(providerCalls(username)).toBe(0);
    expect((await a.say(username))?.text).toContain("password");
    await send(a, PASSWORD);
    expect(a.last()?.text).toContain("✅ Tertaut");
  });

  it('"back" in English goes back too', async () => {
    const { a, username } = await atPasswordQuestion("en");
    await send(a, "Back");
    expect(a.last()?.text).toContain("Send your MMBC username");
    expect(providerCalls(username)).toBe(0);
  });

  for (const [language, word, said] of [["id", "batal", "Dibatalkan."], ["id", "/batal", "Dibatalkan."], ["en", "cancel", "Cancelled."], ["en", "/cancel", "Cancelled."]] as const) {
    it(`"${word}" stops the login with a message; the password typed next is not sent either`, async () => {
      const { a, username } = await atPasswordQuestion(language);
      await send(a, word);
      expect(a.last()?.text).toBe(said);
      const id = await send(a, PASSWORD);
      expect(deleted(a, id)).toBe(true);
      expect(a.last()?.text).toContain("/login");
      expect(providerCalls(username)).toBe(0);
    });
  }
});

describe("a password typed just after the login stopped", () => {
  it("/batal, then the password: deleted and told the login had stopped; nothing sent to MMBC", async () => {
    const { a, username } = await atPasswordQuestion();
    await a.say("/batal");
    const id = await send(a, PASSWORD);
    expect(deleted(a, id)).toBe(true);
    expect(visible(a, PASSWORD)).toBe(false);
    expect(a.last()?.text).toContain("mirip password");
    expect(a.last()?.text).toContain("/login");
    expect(a.last()?.text).not.toContain(GENERIC);
    expect(providerCalls(username)).toBe(0);
  });

  it("too late at the password question: deleted, 'too long'; the password typed again is deleted too", async () => {
    const { a, username } = await atPasswordQuestion();
    shift = 3 * 3_600_000;
    const late = await send(a, PASSWORD);
    expect(deleted(a, late)).toBe(true);
    expect(a.last()?.text).toContain("Terlalu lama");
    const again = await send(a, PASSWORD);
    expect(deleted(a, again)).toBe(true);
    expect(a.last()?.text).toContain("mirip password");
    expect(providerCalls(username)).toBe(0);
  });

  it("a chat line after the stop is answered as usual, and a password-like line long after it too", async () => {
    const { a } = await atPasswordQuestion();
    await a.say("/batal");
    const chat = await send(a, "halo");
    expect(deleted(a, chat)).toBe(false);
    expect(a.last()?.text).toContain(GENERIC);

    const { a: b } = await atPasswordQuestion();
    await b.say("/batal");
    shift = 10 * 60_000;
    const stale = await send(b, PASSWORD);
    expect(deleted(b, stale)).toBe(false);
  });
});

describe("media and edits at the password question", () => {
  it("a photo: deleted, 'send the password as text'; the login still waits", async () => {
    const { a } = await atPasswordQuestion();
    const update = h.emulator.sendMedia({ chat: a.chat, from: a.user, kind: "photo", caption: PASSWORD })!;
    await h.app.bot.handleUpdate(update);
    expect(deleted(a, update.message!.message_id)).toBe(true);
    expect(a.last()?.text).toContain("sebagai teks biasa");
    expect(a.last()?.text).not.toContain(GENERIC);
    await send(a, PASSWORD);
    expect(a.last()?.text).toContain("✅ Tertaut");
  });

  it("a command edited into the password: deleted, not used", async () => {
    const { a, username } = await atPasswordQuestion();
    const commandId = await send(a, "/saldo");
    await h.app.bot.handleUpdate(h.emulator.editText({ chat: a.chat, from: a.user, messageId: commandId, text: PASSWORD })!);
    expect(deleted(a, commandId)).toBe(true);
    expect(a.last()?.text).toContain("pesan baru");
    expect(providerCalls(username)).toBe(0);
  });
});

describe("/resetpassword's new-password question reads the same way", () => {
  it("a command waits, 'kembali' goes back to the agent code, 'batal' stops; MMBC is never asked", async () => {
    const { a, username } = agent();
    await a.say("/resetpassword");
    await a.say(username);
    await a.say("joko@example.com");
    await a.say("0812 3456 7890");
    expect((await a.say("AGN-77"))?.text).toContain("Password baru");
    await send(a, "/cek");
    expect(a.last()?.text).toContain("Reset password belum selesai");
    const back = await send(a, "kembali");
    expect(deleted(a, back)).toBe(true);
    expect(a.last()?.text).toContain("Kode agen");
    expect((await a.say("AGN-77"))?.text).toContain("Password baru");
    await send(a, "batal");
    const late = await send(a, "Baru-Joko-88");
    expect(deleted(a, late)).toBe(true);
    expect(a.last()?.text).toContain("/resetpassword");
    expect(h.sandbox.controls.calls("resetpassword").filter((c) => c.params.username === username)).toEqual([]);
  });
});

describe("nothing typed at the password question reaches the logs", () => {
  it("passwords, commands and words typed there are not logged", async () => {
    const { a, username } = await atPasswordQuestion();
    const from = h.logLines.length;
    await send(a, "/Rahasia77");
    await send(a, "Salah-Joko-99");
    expect(a.last()?.text).toContain("MMBC menolak");
    await send(a, "kembali");
    await a.say(username);
    await send(a, "batal");
    await send(a, "Telat-Joko-11");
    const logs = h.logLines.slice(from).join("\n");
    for (const secret of ["Rahasia77", "Salah-Joko-99", "kembali", "batal", "Telat-Joko-11"]) expect(logs).not.toContain(secret);
    expect(h.emulator.errors).toEqual([]);
  });
});

describe("what hurried agents type at the password question (second pass)", () => {
  for (const [typed, language] of [["batal aja", "id"], ["ga jadi deh", "id"], ["cancel pls", "en"], ["never mind", "en"]] as const) {
    it(`"${typed}" stops the login and never reaches MMBC`, async () => {
      const { a, username } = await atPasswordQuestion(language);
      await send(a, typed);
      expect(a.last()?.text).toMatch(/^(Dibatalkan|Cancelled)/);
      expect(providerCalls(username)).toBe(0);
    });
  }

  for (const [typed, language] of [["go back pls", "en"], ["kembali ke awal", "id"], ["balik dong", "id"]] as const) {
    it(`"${typed}" goes back to the username question and never reaches MMBC`, async () => {
      const { a, username } = await atPasswordQuestion(language);
      await send(a, typed);
      expect(a.last()?.text).toContain("username");
      expect(providerCalls(username)).toBe(0);
    });
  }

  it("a known command with words after it may carry the password: deleted (/login joko Rahasia…)", async () => {
    const { a, username } = await atPasswordQuestion();
    const id = await send(a, `/login ${username} ${PASSWORD}`);
    expect(deleted(a, id)).toBe(true);
    expect(visible(a, PASSWORD)).toBe(false);
    const alone = await send(a, "/bahasa");
    expect(deleted(a, alone)).toBe(false);
  });
});
