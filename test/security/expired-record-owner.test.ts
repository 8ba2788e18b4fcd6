import { afterAll, beforeAll, expect, it } from "vitest";
import type { StoredMessage } from "../support/telegram/types.js";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookInGroup, money } from "./helpers.js";

/**
 * A booking record lives 90 days; a flight booked for Lebaran leaves later than that. Once the record is
 * gone, the code must still read to another agency exactly like a typo — not as "booked outside the bot",
 * which shows its status, sends its e-ticket and offers to pay it from the deposit.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const G1 = { id: -1_005_410_100, type: "group" as const, title: "Makmur Tour" };
const G2 = { id: -1_005_410_200, type: "group" as const, title: "Jaya Travel" };
const bos = { id: 54_101, first_name: "Bos", language_code: "id" };
const ani = { id: 54_102, first_name: "Ani", language_code: "id" };
const eve = { id: 54_199, first_name: "Eve", language_code: "en" };
const U = () => h.emulator.botInfo.username;
const dataOf = (m: StoredMessage, label: string) =>
  m.reply_markup!.inline_keyboard.flat().flatMap((b) => ("callback_data" in b && b.text.includes(label) ? [b.callback_data] : []))[0]!;

/** What the bot posts in G2 for each command about `code`, and whether a document went out. */
async function askAbout(agent: Agent, code: string) {
  const from = h.emulator.chatMessages(G2.id).length;
  for (const cmd of ["cek", "etiket", "issued"]) await agent.say(`/${cmd}@${U()} ${code}`);
  await new Promise((r) => setTimeout(r, 300));
  const posted = h.emulator.chatMessages(G2.id).slice(from).filter((m) => m.fromBot);
  return { texts: posted.map((m) => (m.text ?? `DOC ${m.document?.file_name}`).replaceAll(code, "<code>")), buttons: posted.some((m) => m.reply_markup) };
}

it("another group asking after a code whose record expired gets what a made-up code gets: no status, no e-ticket, no payment", async () => {
  h.emulator.setChatAdministrators(G1.id, [bos.id]);
  h.emulator.setChatAdministrators(G2.id, [eve.id]);
  const A = new Agent(h, ani, G1);
  const issued = await bookInGroup(A, "Mrs Ani Lestari", "CGK SUB", 100);
  const waiting = await bookInGroup(A, "Mrs Ani Lestari", "CGK DPS", 100);
  const B = new Agent(h, bos, G1);
  await B.say(`/issued@${U()} ${issued}`);
  const confirm = B.lastForMe()!;
  await h.app.bot.handleUpdate(h.emulator.forgeCallback({ chat: G1, from: bos, messageId: confirm.message_id, data: dataOf(confirm, "✅") }));
  await new Promise((r) => setTimeout(r, 1000));
  // The records' 90 days are over (TTL.booking); the flights are still ahead.
  for (const code of [issued, waiting]) await h.app.redis.del(h.app.keys.booking("mmbc", code));

  const E = new Agent(h, eve, G2);
  const madeUp = await askAbout(E, "ZZ9QQ9");
  const before = money(h);
  for (const code of [issued, waiting]) {
    const seen = await askAbout(E, code);
    expect(seen).toEqual(madeUp);
  }
  expect(madeUp.texts.some((t) => t.startsWith("DOC"))).toBe(false);
  expect(money(h)).toEqual(before);

  // The chat that booked them still finds its codes (as the provider knows them).
  const from = h.emulator.chatMessages(G1.id).length;
  await B.say(`/cek@${U()} ${waiting}`);
  const own = h.emulator.chatMessages(G1.id).slice(from).filter((m) => m.fromBot).map((m) => m.text ?? "");
  expect(own.join("\n")).toContain(waiting);
  expect(own.join("\n")).not.toBe(madeUp.texts[0]!.replaceAll("<code>", waiting));
}, 90_000);
