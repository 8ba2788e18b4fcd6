import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InlineQueryResultArticle, InputTextMessageContent } from "grammy/types";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "./journey-steps.js";
import { money } from "../security/helpers.js";
import type { StoredMessage } from "../support/telegram/index.js";

// An MMBC issue with no definite answer holds the code for 30 minutes. /status and the reminders say the
// payment is being checked and offer no Issue; the inline card and the digest must say the same.
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const agent = (id: number, lang: "id" | "en") => new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
const callbacks = (m: StoredMessage | undefined) => (m?.reply_markup?.inline_keyboard.flat() ?? []).map((b) => ("callback_data" in b ? b.callback_data : ""));

/** Books and issues with no answer from MMBC's getissued: the code is held. Returns the code and /status's hold line. */
async function heldBooking(a: Agent, search: string, confirm: string): Promise<{ code: string; holdLine: string }> {
  const code = await bookOne(a, search);
  h.sandbox.controls.setFault("getissued-json", { kind: "html" }, 1);
  await a.say(`${search.startsWith("/search") ? "/issue" : "/issued"} ${code}`);
  await a.tap(confirm);
  const status = await a.say(`/status ${code}`);
  const holdLine = status?.text?.split("\n").find((l) => l.startsWith("🔎") && !l.includes(code));
  expect(holdLine).toBeDefined();
  return { code, holdLine: holdLine! };
}

async function inlineCard(a: Agent, code: string): Promise<string> {
  const before = h.emulator.calls.length;
  await h.app.bot.handleUpdate(h.emulator.inlineQuery({ from: a.user, query: code }));
  const answer = h.emulator.calls.slice(before).find((c) => c.method === "answerInlineQuery")!;
  const [article] = (answer.payload as unknown as { results: InlineQueryResultArticle[] }).results;
  return (article!.input_message_content as InputTextMessageContent).message_text;
}

describe("while an issue of the booking is held in doubt", () => {
  it.each([
    ["id", "/cari CGK SUB", "✅ Issued", "sedang dicek: tidak akan saya bayar lagi sampai", "/ringkasan", "Issued", "Cek", "Pembayarannya sedang dikonfirmasi"],
    ["en", "/search CGK DPS", "✅ Issue", "is being checked: I won't pay for it again until", "/digest", "Issue", "Status", "The payment is being confirmed"],
  ] as const)("(%s) the digest says what /status says and offers Status, not Issue; the customer's inline card says the payment is being confirmed", async (lang, search, confirm, said, digest, issueLabel, statusLabel, customerSaid) => {
    const a = agent(lang === "id" ? 238_001 : 238_002, lang);
    const { code, holdLine } = await heldBooking(a, `${search} ${futureDate(lang === "id" ? 53 : 54).wire} 1`, confirm);
    expect(holdLine).toContain(said);
    const before = money(h);

    // The inline card goes to the customer: the hold in their words, not the agent's.
    const card = await inlineCard(a, code);
    expect(card).toContain(customerSaid);
    expect(card).not.toContain(holdLine);

    const d = await a.say(digest);
    expect(d?.text).toContain(code);
    expect(d?.text).toContain(holdLine);
    expect(callbacks(d)).not.toContain(`b:i:mmbc:${code}`);
    expect(callbacks(d)).toContain(`b:s:mmbc:${code}`);
    const labels = (d?.reply_markup?.inline_keyboard.flat() ?? []).map((b) => b.text);
    expect(labels).toContain(`🔎 ${statusLabel} ${code}`);
    expect(labels).not.toContain(`💳 ${issueLabel} ${code}`);
    expect(money(h)).toEqual(before);
  });

  it("a due booking with no hold keeps its Issue button and no hold line in the digest and the inline card", async () => {
    const a = agent(238_003, "id");
    const code = await bookOne(a, `/cari CGK UPG ${futureDate(55).wire} 1`);
    expect(await inlineCard(a, code)).not.toContain("dikonfirmasi");
    const d = await a.say("/ringkasan");
    expect(d?.text).not.toContain("sedang dicek");
    expect(callbacks(d)).toContain(`b:i:mmbc:${code}`);
  });
});
