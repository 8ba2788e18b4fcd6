import { afterAll, beforeAll, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { generateFlights } from "../../src/sandbox/mmbc/flights/generate-flights.js";
import { toSummary } from "./journey-steps.js";

/**
 * Seven passengers, the most a booking takes: "✏️ Change" on the summary lists each by name. Telegram
 * refuses a row of more than eight buttons (REPLY_MARKUP_TOO_LONG), so the names go one a row.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const NAMES = ["Mr Budi Santoso", "Mrs Siti Aminah", "Mr Agus Salim", "Ms Dewi Lestari", "Mr Eko Prasetyo", "Mrs Rina Wati", "Mr Joko Widodo"];

it.each([
  ["id", 58_101, /Apa yang mau diubah/, "📇"],
  ["en", 58_102, /What do you want to change/, "📇"],
] as const)("(%s) the edit menu for seven passengers is sent, one name a row, and changing the fifth works", async (lang, id, question, contactMark) => {
  const day = futureDate(33);
  for (const f of generateFlights("CGK", "DPS", day.iso)) h.sandbox.controls.setSeats(f.code, day.wire, 20);
  const agent = new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
  await toSummary(agent, `/search CGK DPS ${day.wire} 7`, NAMES);
  const summary = agent.last()!;
  await agent.tap(summary.reply_markup!.inline_keyboard.flat()[1]!.text);
  const menu = agent.last()!;
  expect(menu.text).toMatch(question);
  const rows = menu.reply_markup!.inline_keyboard;
  expect(rows.every((row) => row.length <= 8)).toBe(true);
  expect(rows.slice(0, 7).map((row) => row.map((b) => b.text))).toEqual(NAMES.map((n) => [`✏️ ${n}`]));
  expect(rows.flat().some((b) => b.text.startsWith(contactMark))).toBe(true);
  expect(h.emulator.calls.filter((c) => !c.ok)).toEqual([]);
  await agent.tap(`✏️ ${NAMES[4]}`);
  await agent.say("Mr Eko Prasetya");
  expect(agent.last()!.text).toContain("Eko Prasetya");
});
