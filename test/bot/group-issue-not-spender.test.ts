import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookInGroup, money } from "../security/helpers.js";

/**
 * A member who may not spend hears so up front (no pay buttons), a reply to a colleague's issue
 * confirmation says whose it is, and the booking card loses its Issue once the booking is issued.
 */
const boss = { id: 64_101, first_name: "Bos", language_code: "id" };
const adi = { id: 64_102, first_name: "Adi", language_code: "id" };
const mira = { id: 64_103, first_name: "Mira", language_code: "id" };
const budi = { id: 64_104, first_name: "Budi", language_code: "en" };
const sari = { id: 64_105, first_name: "Sari", language_code: "id" };
const dewi = { id: 64_106, first_name: "Dewi", language_code: "id" };
const agency = { id: -100_641_001, type: "supergroup" as const, title: "Agen Resmi" };

let h: Harness;
let code = "";
/** The booking card Mira's booking ended with. */
let cardId = 0;
const U = () => h.emulator.botInfo.username;
const EN_REFUSAL = "🔒 You may not issue (spend the deposit). Who can: the admins of this group.";
const ID_REFUSAL = "🔒 Anda tidak berhak issued (memakai deposit). Yang berhak: admin grup ini.";

function since(from: number) {
  return h.emulator.chatMessages(agency.id).slice(from).filter((m) => m.fromBot);
}
function buttons(m: { reply_markup?: { inline_keyboard: ({ text: string } & object)[][] } }) {
  return m.reply_markup?.inline_keyboard.map((row) => row.map((b) => `${b.text}=${"callback_data" in b ? String(b.callback_data) : "url"}`));
}

beforeAll(async () => {
  h = await startHarness({ live: true, env: { CREDENTIALS_KEY: randomBytes(32).toString("base64"), ISSUER_IDS: String(boss.id) } });
  h.emulator.setChatAdministrators(agency.id, [adi.id]);
  for (const u of [mira, budi, sari, dewi]) h.emulator.addMember(agency.id, u.id);
  await h.app.bot.handleUpdate(h.emulator.addBotToGroup(agency, boss));
  code = await bookInGroup(new Agent(h, mira, agency), "Mrs Mira Lestari", "CGK SUB", 40);
  cardId = h.emulator.chatMessages(agency.id).find((m) => m.fromBot && m.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data === `b:i:mmbc:${code}`))!.message_id;
}, 90_000);
afterAll(async () => { await h?.close(); });

describe("a member who may not spend, a colleague's confirmation, the card after issue", () => {
  it("asking to issue without a code (typed, mentioned, /issued) or with one: the refusal up front, as a reply, no pay buttons (en and id)", async () => {
    for (const [who, refusal] of [[budi, EN_REFUSAL], [dewi, ID_REFUSAL]] as const) {
      const a = new Agent(h, who, agency);
      for (const form of [`@${U()} issued dong`, `/issued@${U()}`, `/issued@${U()} ${code}`, `@${U()} issued ${code}`]) {
        const from = h.emulator.chatMessages(agency.id).length;
        const asked = (await a.say(form))!;
        const said = since(from);
        expect(said.map((m) => m.text), form).toEqual([refusal]);
        expect(said[0]!.reply_to_message_id, form).toBe(h.emulator.chatMessages(agency.id)[from]!.message_id);
        // No pay buttons: with a code, only 🙋 to ask those who may (issue-ask.test.ts).
        const ask = who === budi ? "🙋 Ask an issuer" : "🙋 Minta issued ke admin";
        expect(buttons(said[0]!), form).toEqual(form.includes(code) ? [[`${ask}=b:r:mmbc:${code}`]] : undefined);
        void asked;
      }
    }
    expect(h.sandbox.controls.getBooking(code)?.status).toBe("waiting");
  });

  it("replies to Sari's confirmation from Budi (en) and Dewi (id): whose it is, as a reply; then Sari's ✅ pays once and the card shows the e-ticket, not Issue", async () => {
    const s = new Agent(h, sari, agency);
    await s.say("halo");
    const sariMsg = h.emulator.chatMessages(agency.id).filter((m) => !m.fromBot && m.from.id === sari.id).at(-1)!;
    await new Agent(h, adi, agency).say(`/allow@${U()}`, sariMsg.message_id);
    await s.say(`/issued@${U()} ${code}`);
    const conf = s.lastForMe()!;
    expect(conf.text).toContain(`💳 Issued ${code}?`);
    const EN = "↩️ That confirmation is Sari's: only Sari can confirm or cancel it.";
    const ID = "↩️ Konfirmasi itu milik Sari: hanya Sari yang bisa mengonfirmasi atau membatalkannya.";
    for (const [who, text] of [[budi, EN], [dewi, ID]] as const) {
      const a = new Agent(h, who, agency);
      for (const form of ["ya", "gas", `/batal@${U()}`, "batal"]) {
        const from = h.emulator.chatMessages(agency.id).length;
        await a.say(form, conf.message_id);
        const said = since(from);
        expect(said.map((m) => m.text), form).toEqual([text]);
        expect(said[0]!.reply_to_message_id, form).toBe(h.emulator.chatMessages(agency.id)[from]!.message_id);
      }
    }
    // The confirmation is untouched: its buttons stay, and Sari's tap pays once.
    const still = h.emulator.chatMessages(agency.id).find((m) => m.message_id === conf.message_id)!;
    expect(buttons(still)).toEqual(buttons(conf));
    const before = money(h);
    const ok = conf.reply_markup!.inline_keyboard.flat().map((b) => ("callback_data" in b ? b.callback_data : ""))[0]!;
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: agency, from: sari, messageId: conf.message_id, data: ok }));
    expect(money(h).issues).toBe(before.issues + 1);
    // The e-ticket follows from the worker: awaited, so it doesn't land among the next test's answers.
    await h.emulator.waitFor(() => h.emulator.chatMessages(agency.id).find((m) => m.document !== undefined));
    // The booking card (Mira's, in Indonesian): Issue and Status gone, the e-ticket as /cek offers it for an issued booking.
    const card = h.emulator.chatMessages(agency.id).find((m) => m.message_id === cardId)!;
    const customer = card.reply_markup!.inline_keyboard[1]![0]!;
    expect(buttons(card)).toEqual([[`📄 E-tiket=b:t:mmbc:${code}`], [`📤 Untuk pelanggan=${"callback_data" in customer ? customer.callback_data : "url"}`]]);
  });

  it("a tap on a stale Issue of the issued booking: 'already issued' for members who may not spend (en, id) and for Sari", async () => {
    for (const [who, text] of [[budi, `✅ ${code} is already issued.`], [dewi, `✅ ${code} sudah issued.`], [sari, `✅ ${code} sudah issued.`]] as const) {
      const from = h.emulator.chatMessages(agency.id).length;
      const c0 = h.emulator.calls.length;
      await h.app.bot.handleUpdate(h.emulator.forgeCallback({ chat: agency, from: who, messageId: cardId, data: `b:i:mmbc:${code}` }));
      const toasts = h.emulator.calls.slice(c0).filter((c) => c.method === "answerCallbackQuery").map((c) => (c.payload as { text?: string }).text);
      expect([...since(from).map((m) => m.text), ...toasts.filter(Boolean)], who.first_name).toEqual([text]);
    }
  });
});
