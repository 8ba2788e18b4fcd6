import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { CredentialCipher } from "../../src/store/accounts/credential-cipher.js";
import { createConfig } from "../../src/config.js";
import { bookOne } from "./journey-steps.js";

const KEY = randomBytes(32).toString("base64");
const SITI = { username: "agen-siti", password: "Rahasia-Siti-481" };
const RINA = { username: "agen-rina", password: "Lama-Rina-702", next: "Baru-Rina-913" };
const WRONG = "Salah-Sekali-555";
const SECRETS = [SITI.username, SITI.password, RINA.username, RINA.password, RINA.next, WRONG, "rina@example.com"];

const siti = { id: 14_001, first_name: "Siti", language_code: "id" };
const budi = { id: 14_002, first_name: "Budi", language_code: "id" };
const rudi = { id: 14_003, first_name: "Rudi", language_code: "id" };
const rina = { id: 14_004, first_name: "Rina", language_code: "id" };
const group = { id: -100_914, type: "group" as const, title: "Agen Sejahtera" };

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { CREDENTIALS_KEY: KEY } });
  h.sandbox.controls.addAccount({ username: SITI.username, password: SITI.password });
  h.sandbox.controls.addAccount({ username: RINA.username, password: RINA.password });
});
afterAll(async () => { await h?.close(); });

const dm = (user: typeof siti) => new Agent(h, user, { id: user.id, type: "private" });

/** Types a message and returns its id (to look for its deletion). */
async function send(agent: Agent, text: string): Promise<number> {
  const update = h.emulator.sendText({ chat: agent.chat, from: agent.user, text })!;
  await h.app.bot.handleUpdate(update);
  return update.message!.message_id;
}

const deleted = (chatId: number, messageId: number) =>
  h.emulator.calls.some((c) => c.method === "deleteMessage" && c.ok && c.payload.chat_id === chatId && c.payload.message_id === messageId);

const lastCall = (endpoint: Parameters<Harness["sandbox"]["controls"]["calls"]>[0]) => h.sandbox.controls.calls(endpoint).at(-1)?.params;

/** One key's value, whatever its type (keys of parallel test files may vanish meanwhile). */
async function valueOf(redis: Redis, key: string): Promise<unknown> {
  switch (await redis.type(key)) {
    case "string": return (await redis.getBuffer(key))?.toString("latin1");
    case "hash": return redis.hgetall(key);
    case "set": return redis.smembers(key);
    case "zset": return redis.zrange(key, "0", "-1");
    case "list": return redis.lrange(key, 0, -1);
    case "stream": return redis.xrange(key, "-", "+");
    default: return undefined;
  }
}

/**
 * Every key and value of this bot's namespace as one text (other test files run alongside on the same Redis,
 * with their own namespaces and their own customers' contacts).
 */
async function redisText(redis: Redis): Promise<string> {
  const ns = h.app.keys.sessionPrefix.split(":")[0]!;
  const out: string[] = [];
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${ns}:*`, "COUNT", 1000);
    cursor = next;
    for (const key of keys) out.push(key, JSON.stringify(await valueOf(redis, key).catch(() => null)));
  } while (cursor !== "0");
  return out.join("\n");
}

describe("linking an agent's own MMBC account", () => {
  it("/login: wrong password refused, right one saved only as ciphertext, password messages deleted", async () => {
    const agent = dm(siti);
    expect((await agent.say("/login"))?.text).toContain("username");
    expect((await agent.say(SITI.username))?.text).toContain("password");
    const wrongId = await send(agent, WRONG);
    expect(deleted(siti.id, wrongId)).toBe(true);
    expect(agent.last()?.text).toContain("MMBC menolak username atau password");
    const rightId = await send(agent, SITI.password);
    expect(deleted(siti.id, rightId)).toBe(true);
    expect(agent.last()?.text).toContain("Tertaut: user MMBC ag******i");
    expect(h.emulator.chatMessages(siti.id).some((m) => m.text?.includes(SITI.password) || m.text?.includes(WRONG))).toBe(false);

    const ns = h.app.keys.sessionPrefix.split(":")[0]!;
    const record = JSON.parse((await h.app.redis.get(`${ns}:acct:user:${siti.id}`))!);
    expect(record).toMatchObject({ v: 1, id: expect.stringMatching(new RegExp(`^mmbc:user:${siti.id}:[0-9a-f]+$`)) });
    expect(Buffer.from(record.iv, "base64")).toHaveLength(12);
    const dump = await redisText(h.app.redis);
    expect(dump).toContain(record.ct);
    for (const secret of SECRETS) expect(dump).not.toContain(secret);
  });

  it("/account shows the provider, the masked username, whose it is and the mode", async () => {
    const text = (await dm(siti).say("/akun"))?.text ?? "";
    expect(text).toContain("ag******i");
    expect(text).toContain("akun Anda sendiri");
    expect(text).toContain("sandbox");
    expect(text).not.toContain(SITI.username);
  });

  it("searches, bookings, status, issue and the worker's e-ticket use the linked login", async () => {
    const agent = dm(siti);
    const code = await bookOne(agent, `/cari CGK SUB ${futureDate(33).wire} 1`);
    expect(lastCall("getflights-json")).toMatchObject({ username: SITI.username, password: "***" });
    expect(lastCall("postbooking-json")).toMatchObject({ username: SITI.username });
    const record = await h.app.deps.bookings.get("mmbc", code);
    expect(record?.account).toMatch(new RegExp(`^mmbc:user:${siti.id}:`));
    await agent.say(`/cek ${code}`);
    expect(lastCall("getstatusbooking-json")).toMatchObject({ username: SITI.username, kodebooking: code });
    await agent.say(`/issued ${code}`);
    await agent.tap("✅ Issued");
    expect(lastCall("getissued-json")).toMatchObject({ username: SITI.username });
    await agent.document(`etiket-${code}.pdf`);
    expect(lastCall("getetiket-json")).toMatchObject({ username: SITI.username });
  });

  it("a group uses the account its admin linked with /settings account", async () => {
    h.emulator.setChatAdministrators(group.id, [siti.id, rudi.id]);
    const admin = new Agent(h, siti, group);
    const member = new Agent(h, budi, group);
    expect((await member.say("/pengaturan akun"))?.text).toContain("Hanya admin");
    expect((await new Agent(h, rudi, group).say("/pengaturan akun"))?.text).toContain("belum punya akun tertaut");
    expect((await admin.say("/pengaturan akun"))?.text).toContain("memakai akun MMBC milik Siti");
    expect((await member.say("/akun"))?.text).toContain("ditautkan oleh Siti");
    await member.say(`/cari CGK DPS ${futureDate(34).wire} 1`);
    expect(member.lastForMe()?.text).toContain("CGK → DPS");
    expect(lastCall("getflights-json")).toMatchObject({ username: SITI.username, to: "DPS" });
    await member.say("/batal");
    const login = await member.say("/login");
    expect(login?.text).toContain("chat pribadi");
    const url = login!.reply_markup!.inline_keyboard.flat().find((b) => "url" in b) as { url: string };
    expect(url.url).toBe(`https://t.me/${h.emulator.botInfo.username}?start=login`);
  });

  it("/logout: the chat and the group are back on the default account; old bookings are refused", async () => {
    const agent = dm(siti);
    const code = (await h.app.deps.bookings.listForChat(siti.id)).records[0]!.booking.code;
    const before = h.emulator.calls.length;
    expect((await agent.say("/logout"))?.text).toContain("Grup yang memakainya (1)");
    // The group is told too: its members must not assume Siti's deposit still pays their issues.
    const toGroup = h.emulator.calls.slice(before).filter((c) => c.method === "sendMessage" && c.payload.chat_id === group.id);
    expect(toGroup.map((c) => c.payload.text)).toEqual(["ℹ️ Siti sudah logout dari MMBC: grup ini tidak memakai akun Siti lagi dan kembali ke akun bawaan. Deposit Siti tidak terpakai di sini lagi."]);
    const statusCalls = h.sandbox.controls.callCount("getstatusbooking-json");
    expect((await agent.say(`/cek ${code}`))?.text).toContain("sudah logout");
    expect(h.sandbox.controls.callCount("getstatusbooking-json")).toBe(statusCalls);
    expect((await agent.say("/akun"))?.text).toContain("akun bawaan bot");
    expect((await new Agent(h, budi, group).say("/akun"))?.text).toContain("akun bawaan bot");
    await agent.say(`/cari CGK SUB ${futureDate(35).wire} 1`);
    expect(lastCall("getflights-json")).toMatchObject({ username: h.sandbox.credentials.username });
    await agent.say("/batal");
  });

  it("/resetpassword: new password set at MMBC, stored encrypted, its messages deleted", async () => {
    const agent = dm(rina);
    await agent.say("/resetpassword");
    await agent.say(RINA.username);
    await agent.say("rina@example.com");
    await agent.say("0812 3456 7890");
    expect((await agent.say("AGN-77"))?.text).toContain("Password baru");
    const shortId = await send(agent, "12345");
    expect(deleted(rina.id, shortId)).toBe(true);
    expect(agent.last()?.text).toContain("minimal 6");
    const newId = await send(agent, RINA.next);
    expect(deleted(rina.id, newId)).toBe(true);
    expect(agent.last()?.text).toContain("Password MMBC sudah diganti");
    expect(lastCall("resetpassword")).toMatchObject({ username: RINA.username, email: "rina@example.com", agencode: "AGN-77", newpassword: "***" });
    expect((await agent.say("/saldo"))?.text).toContain("Saldo deposit");
    expect(lastCall("ceksaldo")).toMatchObject({ username: RINA.username });
    const dump = await redisText(h.app.redis);
    for (const secret of SECRETS) expect(dump).not.toContain(secret);
  });

  it("/cancel ends a login; nothing in the logs holds a password", async () => {
    const agent = dm(budi);
    expect((await agent.say("/start login"))?.text).toContain("username");
    await agent.say("agen-budi");
    expect((await agent.say("/batal"))?.text).toBe("Dibatalkan.");
    expect((await agent.say("halo"))?.text).toContain("/cari");
    const logs = h.logLines.join("\n");
    expect(logs).toContain("account linked");
    for (const secret of SECRETS) expect(logs).not.toContain(secret);
    expect(h.emulator.errors).toEqual([]);
  });
});

describe("without CREDENTIALS_KEY", () => {
  it("/login refuses: the operator must set the key (nothing is ever stored in the clear)", async () => {
    const plain = await startHarness({ emulator: h.emulator, sandbox: h.sandbox, worker: false });
    try {
      const agent = new Agent(plain, rudi, { id: rudi.id, type: "private" });
      expect((await agent.say("/login"))?.text).toContain("CREDENTIALS_KEY");
    } finally {
      await plain.close();
    }
  });
});

describe("the credentials key and cipher", () => {
  it("CREDENTIALS_KEY is 32 bytes as base64 or hex; anything else is refused", () => {
    const bytes = randomBytes(32);
    expect(createConfig({ BOT_TOKEN: "123:abc", CREDENTIALS_KEY: bytes.toString("base64") }).CREDENTIALS_KEY).toEqual(bytes);
    expect(createConfig({ BOT_TOKEN: "123:abc", CREDENTIALS_KEY: bytes.toString("hex") }).CREDENTIALS_KEY).toEqual(bytes);
    expect(() => createConfig({ BOT_TOKEN: "123:abc", CREDENTIALS_KEY: "hunter2" })).toThrow(/CREDENTIALS_KEY/);
    expect(() => createConfig({ BOT_TOKEN: "123:abc", CREDENTIALS_KEY: randomBytes(16).toString("base64") })).toThrow(/CREDENTIALS_KEY/);
  });

  it("a fresh IV per record; a record opens only under its own context and key", () => {
    const cipher = new CredentialCipher(randomBytes(32));
    const a = cipher.seal(SITI, "mmbc:user:1:aa");
    const b = cipher.seal(SITI, "mmbc:user:1:aa");
    expect(a.iv).not.toBe(b.iv);
    expect(cipher.open(a, "mmbc:user:1:aa")).toEqual(SITI);
    expect(() => cipher.open(a, "mmbc:user:2:aa")).toThrow();
    expect(() => new CredentialCipher(randomBytes(32)).open(a, "mmbc:user:1:aa")).toThrow();
    expect(() => cipher.open({ ...a, ct: Buffer.from("x").toString("base64") }, "mmbc:user:1:aa")).toThrow();
  });
});
