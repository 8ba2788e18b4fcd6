// A group's booking made on an admin's linked MMBC account, after she runs /logout: in the group it is
// said to be made with a logged-out account, and how the group gets it back (her /login, then linking it
// to the group again with /pengaturan akun) — never "the provider doesn't know that code" under its own
// card. Nothing is ever paid from the logged-out account, nor from the bot's; logging in again alone
// doesn't bring it back to the group. Someone outside the group still gets the made-up code's answer.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookInGroup, money } from "../security/helpers.js";

const KEY = randomBytes(32).toString("base64");
const SITI = { username: "agen-siti-882", password: "Rahasia-Siti-882" };
const siti = { id: 88_201, first_name: "Siti", language_code: "id" };
const rudi = { id: 88_202, first_name: "Rudi", language_code: "id" };
const ana = { id: 88_203, first_name: "Ana", language_code: "id" };
const ben = { id: 88_204, first_name: "Ben", language_code: "en" };
const eve = { id: 88_205, first_name: "Eve", language_code: "id" };
const group = { id: -100_882_001, type: "supergroup" as const, title: "Agen Dua" };
const MADE_UP = "QZ7X9W";

let h: Harness;
let code = "";
let confirm: { messageId: number; data: string } | undefined;
let logout = "";
const bot = () => h.emulator.botInfo.username;
const dm = () => new Agent(h, siti, { id: siti.id, type: "private" });
const inGroup = (u: typeof siti) => new Agent(h, u, group);
const sitiCalls = () => h.sandbox.controls.calls().filter((c) => c.params.username === SITI.username).length;

function buttons(prefix: string): { messageId: number; data: string }[] {
  const out: { messageId: number; data: string }[] = [];
  for (const m of h.emulator.chatMessages(group.id).filter((x) => x.fromBot && x.reply_markup)) {
    for (const b of m.reply_markup!.inline_keyboard.flat()) if ("callback_data" in b && b.callback_data.startsWith(prefix)) out.push({ messageId: m.message_id, data: b.callback_data });
  }
  return out;
}

/** What the bot said in the group (messages and toasts) while `run` ran. */
async function said(run: () => Promise<unknown>): Promise<string[]> {
  const k = h.emulator.calls.length;
  await run();
  return h.emulator.calls.slice(k).filter((c) => c.method === "sendMessage" || c.method === "answerCallbackQuery").map((c) => String(c.payload.text));
}

const tap = (from: typeof siti, b: { messageId: number; data: string }) => h.app.bot.handleUpdate(h.emulator.forgeCallback({ chat: group, from, messageId: b.messageId, data: b.data }));

beforeAll(async () => {
  h = await startHarness({ env: { CREDENTIALS_KEY: KEY } });
  h.sandbox.controls.addAccount({ username: SITI.username, password: SITI.password });
  h.emulator.setChatAdministrators(group.id, [siti.id, rudi.id]);
  for (const u of [ana, ben]) h.emulator.addMember(group.id, u.id);
  await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, siti));
  await dm().say("/login");
  await dm().say(SITI.username);
  expect((await dm().say(SITI.password))?.text).toContain("Tertaut");
  expect((await inGroup(siti).say(`/pengaturan@${bot()} akun`))?.text).toContain("memakai akun MMBC milik Siti");
  code = await bookInGroup(inGroup(ana), "Mrs Ana Putri", "CGK SUB", 44);
  expect((await h.app.deps.bookings.get("mmbc", code))?.account).toMatch(/^mmbc:user:88201:/);
  // Rudi opens the confirmation before the logout.
  await inGroup(rudi).say(`/issued@${bot()} ${code}`);
  confirm = buttons("ic:").at(-1);
  expect(confirm).toBeDefined();
  logout = (await dm().say("/logout"))?.text ?? "";
}, 90_000);
afterAll(async () => { await h?.close(); });

describe("a group's booking on a linked account after its owner's /logout", () => {
  it("/logout says a group's bookings come back only once the account is linked to the group again", () => {
    expect(logout).toContain("Grup yang memakainya (1)");
    expect(logout).toContain("dan booking grup baru setelah Anda menautkannya lagi ke grup itu lewat /pengaturan akun");
  });

  it("the confirmation shown before, tapped after: nothing paid, and the group is told why", async () => {
    const before = money(h);
    const calls = sitiCalls();
    const out = await said(() => tap(rudi, confirm!));
    expect(money(h)).toEqual(before);
    expect(sitiCalls()).toBe(calls);
    expect(out.join("\n")).toContain("sudah logout");
    expect(out.join("\n")).not.toMatch(/tidak dikenal/);
  });

  it("/status, /etiket, /issued typed in the group: the logged-out account, and how to link it again", async () => {
    const before = money(h);
    const calls = sitiCalls();
    for (const [u, text] of [[rudi, `/status@${bot()} ${code}`], [ana, `/etiket@${bot()} ${code}`], [rudi, `/issued@${bot()} ${code}`]] as const) {
      const out = (await said(() => inGroup(u).say(text))).join("\n");
      expect(out, text).toContain("🔑 Booking ini dibuat dengan akun MMBC tertaut yang sudah logout");
      expect(out, text).toContain("lewat /pengaturan akun");
      expect(out, text).not.toMatch(/tidak dikenal/);
    }
    const en = (await said(() => inGroup(ben).say(`/status@${bot()} ${code}`))).join("\n");
    expect(en).toContain("linked MMBC account that has been logged out");
    expect(en).toContain("/settings account");
    expect(money(h)).toEqual(before);
    expect(sitiCalls()).toBe(calls);
  });

  it("the card's 🔄 Status and 💳 Issue tapped by a member: the tapper's toast says so, within a toast's length", async () => {
    for (const prefix of ["b:s:", "b:i:"]) {
      const card = buttons(prefix).find((b) => b.data.endsWith(code))!;
      const out = await said(() => tap(ana, card));
      expect(out, prefix).toHaveLength(1);
      expect(out[0]).toContain("sudah logout");
      expect(out[0]).toContain("/pengaturan akun");
      expect(out[0]!.length).toBeLessThanOrEqual(200);
    }
  });

  it("someone outside the group tapping the card: exactly what a made-up code gets", async () => {
    const card = buttons("b:s:").find((b) => b.data.endsWith(code))!;
    const real = await said(() => tap(eve, card));
    const madeUp = await said(() => tap(eve, { messageId: card.messageId, data: card.data.replace(code, MADE_UP) }));
    expect(real).toEqual(madeUp);
    expect(real.join("\n")).not.toContain("logout");
  });

  it("logging in again alone spends nothing in the group; linking it to the group again brings the booking back", async () => {
    await dm().say("/login");
    await dm().say(SITI.username);
    await dm().say(SITI.password);
    const before = money(h);
    const calls = sitiCalls();
    const issued = (await said(() => inGroup(rudi).say(`/issued@${bot()} ${code}`))).join("\n");
    // Logged in again, but not linked to the group: said so, with how to link it.
    expect(issued).toContain("🔑 Booking ini dibuat dengan akun MMBC tertaut yang tidak dipakai grup ini lagi");
    expect(issued).toContain("lewat /pengaturan akun");
    expect(issued).not.toMatch(/tidak dikenal/);
    expect(money(h)).toEqual(before);
    expect(sitiCalls()).toBe(calls);
    await inGroup(siti).say(`/pengaturan@${bot()} akun`);
    const status = (await said(() => inGroup(rudi).say(`/status@${bot()} ${code}`))).join("\n");
    expect(status).toContain(code);
    expect(status).toMatch(/menunggu pembayaran/i);
    expect(status).not.toContain("logout");
  });
});
