import { randomBytes } from "node:crypto";
import type { InlineQueryResultArticle, InputTextMessageContent } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shortDate } from "../../src/presenters/format.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import type { StoredMessage, UserRef } from "../support/telegram/index.js";

let mmbc: Harness;
let tiket: Harness;
let both: Harness;
beforeAll(async () => {
  [mmbc, tiket, both] = await Promise.all([startHarness(), startHarness({ use: "tiket" }), startHarness({ use: "both" })]);
});
afterAll(async () => {
  await Promise.all([mmbc?.close(), tiket?.close(), both?.close()]);
});

type Button = { text: string; callback_data: string };
const buttonsOf = (m: StoredMessage | undefined): Button[] => (m?.reply_markup?.inline_keyboard.flat() ?? []).filter((b): b is Button => "callback_data" in b);
const dayButtons = (m: StoredMessage | undefined) => buttonsOf(m).filter((b) => b.callback_data.startsWith("cal:d:"));
const priceOf = (label: string) => Number(/Rp ([\d.]+)$/.exec(label)![1]!.replace(/\./g, ""));
const mmbcSearches = (h: Harness) => h.sandbox.controls.callCount("getflights-json");
const tiketSearches = (h: Harness) => h.tiket!.controls.callCount("search/flight");

function agentIn(h: Harness, id: number, language = "id"): Agent {
  return new Agent(h, { id, first_name: "Agen", language_code: language }, { id, type: "private" });
}

/** The newest calendar message of the chat (the one with day buttons, or the newest one titled so). */
function calendarMessage(agent: Agent): StoredMessage | undefined {
  return agent.h.emulator.chatMessages(agent.chat.id).filter((m) => m.fromBot && /±3 (hari|days)/.test(m.text ?? "") && !m.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.startsWith("r:"))).at(-1);
}

/** Taps "📅 ±3" on the newest results and returns the finished calendar (the handler draws it before it returns). */
async function openCalendar(agent: Agent): Promise<StoredMessage> {
  await agent.tap("📅 ±3");
  const calendar = calendarMessage(agent);
  expect(calendar, agent.transcript(4)).toBeDefined();
  return calendar!;
}

/** Seven days, each a line; one button per day with flights, exactly the cheapest starred. */
function expectSevenDays(calendar: StoredMessage, centerIso: string, locale: "id" | "en"): Button[] {
  const days = dayButtons(calendar);
  expect(days).toHaveLength(7);
  const [y, m, d] = centerIso.split("-").map(Number) as [number, number, number];
  const expected = Array.from({ length: 7 }, (_, i) => shortDate(new Date(Date.UTC(y, m - 1, d + i - 3)).toISOString().slice(0, 10), locale));
  expect(days.map((b) => b.text.replace(/^⭐ /, "").split(" · ")[0])).toEqual(expected);
  const starred = days.filter((b) => b.text.startsWith("⭐"));
  expect(starred).toHaveLength(1);
  expect(priceOf(starred[0]!.text)).toBe(Math.min(...days.map((b) => priceOf(b.text))));
  expect(calendar.text).toContain("⭐");
  for (const b of days) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
  return days;
}

describe("fare calendar from the results (MMBC)", () => {
  it("shows 7 days with the cheapest starred, edits progress as days arrive, and opens a day from the cache", async () => {
    const agent = agentIn(mmbc, 21_001);
    const center = futureDate(20);
    await agent.say(`/cari CGK SUB ${center.wire} 1`);
    expect(buttonsOf(agent.last()).map((b) => b.text)).toContain("📅 ±3 hari");
    const before = mmbcSearches(mmbc);
    const callsBefore = mmbc.emulator.calls.length;
    const calendar = await openCalendar(agent);
    // The middle day is the search on screen: six more days asked, a few at a time.
    expect(mmbcSearches(mmbc) - before).toBe(6);
    const days = expectSevenDays(calendar, center.iso, "id");
    expect(calendar.text).toContain("CGK → SUB");
    expect(calendar.text).toContain("termurah");

    // Progress: the same message was edited while days arrived, before the finished calendar with its buttons.
    const edits = mmbc.emulator.calls.slice(callsBefore).filter((c) => c.method === "editMessageText" && c.payload.message_id === calendar.message_id);
    expect(edits.length).toBeGreaterThanOrEqual(2);
    expect(String(edits[0]!.payload.text)).toMatch(/\d dari 7 hari sudah dicek/);
    expect(edits[0]!.payload.reply_markup).toBeUndefined();
    expect(edits.at(-1)!.payload.reply_markup).toBeDefined();

    // The calendar again: every day comes from the search cache.
    await openCalendar(agent);
    expect(mmbcSearches(mmbc) - before).toBe(6);

    // A day (not the middle one) opens that day's results, without asking the provider again.
    const other = days[5]!;
    const results = await agent.tap({ data: other.callback_data });
    expect(mmbcSearches(mmbc) - before).toBe(6);
    expect(results?.text).toContain(`CGK → SUB · ${other.text.replace(/^⭐ /, "").split(" · ")[0]}`);
    const flights = buttonsOf(results).filter((b) => b.callback_data.includes(":o:"));
    expect(flights.length).toBeGreaterThan(0);
    expect(Math.min(...flights.map((b) => priceOf(b.text)))).toBe(priceOf(other.text));
    // …and the journey goes on from there as from any search.
    await agent.tap({ data: flights[0]!.callback_data });
    expect(agent.last()?.text).toContain("Sisa kursi");
    expect(mmbc.emulator.errors.filter((e) => !e.injected)).toEqual([]);
  });

  it("leaves out past days and says so", async () => {
    const agent = agentIn(mmbc, 21_002);
    const center = futureDate(1);
    await agent.say(`/cari CGK DPS ${center.wire} 1`);
    const calendar = await openCalendar(agent);
    expect(calendar.text).toContain("2 hari yang sudah lewat tidak ditampilkan");
    // Today and the four days after; late in the evening today may have no flight left to sell, so no button.
    expect([4, 5]).toContain(dayButtons(calendar).length);
  });

  it("days the provider fails on are said so; the days that answered still open", async () => {
    const agent = agentIn(mmbc, 21_004);
    await agent.say(`/cari CGK BPN ${futureDate(23).wire} 1`);
    mmbc.sandbox.controls.setFault("getflights-json", { kind: "upstream" });
    try {
      const calendar = await openCalendar(agent);
      // The middle day was searched before the provider broke: it is the one left to open.
      expect(dayButtons(calendar)).toHaveLength(1);
      expect(calendar.text!.match(/gagal dicek/g)).toHaveLength(6);
    } finally {
      mmbc.sandbox.controls.setFault("getflights-json", null);
    }
  });

  it("answers forged and expired calendar buttons alike, and asks nothing", async () => {
    const agent = agentIn(mmbc, 21_003);
    await agent.say(`/cari CGK KNO ${futureDate(22).wire} 1`);
    const results = agent.last()!;
    const real = buttonsOf(results).find((b) => b.callback_data.startsWith("cal:r:"))!;
    const before = mmbcSearches(mmbc);
    const answers: unknown[] = [];
    for (const data of ["cal:r:nosuchsid", "cal:d:../../x", `cal:z:${real.callback_data.slice(6)}`, "cal:r:" + "a".repeat(40)]) {
      const update = mmbc.emulator.clickButton({ chat: agent.chat, from: agent.user, messageId: results.message_id, data: real.callback_data });
      update.callback_query!.data = data;
      const n = mmbc.emulator.calls.length;
      await mmbc.app.bot.handleUpdate(update);
      const answer = mmbc.emulator.calls.slice(n).find((c) => c.method === "answerCallbackQuery");
      answers.push(answer?.payload.text);
    }
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]).toContain("kedaluwarsa");
    expect(mmbcSearches(mmbc)).toBe(before);
  });
});

describe("fare calendar in an agency group (privacy mode)", () => {
  it("answers the member who searched, and a day opens as that member's own flow", async () => {
    const group = { id: -100_210_001, type: "group" as const, title: "Agen Kalender" };
    const ani = new Agent(mmbc, { id: 21_401, first_name: "Ani", language_code: "id" }, group);
    await ani.say(`/cari CGK UPG ${futureDate(28).wire} 1`);
    const results = ani.lastForMe()!;
    await ani.tap({ data: buttonsOf(results).find((b) => b.callback_data.startsWith("cal:r:"))!.callback_data });
    const calendar = ani.lastForMe()!;
    expect(calendar.reply_to_message_id).toBe(results.reply_to_message_id);
    const day = dayButtons(calendar)[0]!;
    await ani.tap({ data: day.callback_data });
    const opened = ani.lastForMe()!;
    expect(opened.text).toContain(`CGK → UPG · ${day.text.replace(/^⭐ /, "").split(" · ")[0]}`);
    // The flow goes on with Ani's answers, as replies.
    await ani.tap({ data: buttonsOf(opened).find((b) => b.callback_data.includes(":o:"))!.callback_data });
    expect(ani.lastForMe()?.text).toContain("Sisa kursi");
    expect(mmbc.emulator.errors.filter((e) => !e.injected)).toEqual([]);
  });
});

describe("fare calendar on tiket.com and on both providers", () => {
  it("tiket.com, in English: 7 days, the cheapest starred; reopening asks nothing", async () => {
    const agent = agentIn(tiket, 21_101, "en");
    const center = futureDate(24);
    await agent.say(`/search CGK DPS ${center.wire} 1`);
    expect(buttonsOf(agent.last()).map((b) => b.text)).toContain("📅 ±3 days");
    const calendar = await openCalendar(agent);
    expectSevenDays(calendar, center.iso, "en");
    expect(calendar.text).toContain("cheapest");
    const searched = tiketSearches(tiket);
    await openCalendar(agent);
    expect(tiketSearches(tiket)).toBe(searched);
    expect(tiket.emulator.errors.filter((e) => !e.injected)).toEqual([]);
  });

  it("both providers: every day asks both, and the calendar still has 7 days", async () => {
    const agent = agentIn(both, 21_201);
    const center = futureDate(26);
    await agent.say(`/cari CGK SUB ${center.wire} 1`);
    const mmbcBefore = mmbcSearches(both);
    const tiketBefore = tiketSearches(both);
    const calendar = await openCalendar(agent);
    expectSevenDays(calendar, center.iso, "id");
    expect(mmbcSearches(both) - mmbcBefore).toBe(6);
    expect(tiketSearches(both)).toBeGreaterThan(tiketBefore + 5);
    expect(both.emulator.errors.filter((e) => !e.injected)).toEqual([]);
  });

  it("both providers, one failing: the calendar says which, and opened again later asks it again", async () => {
    const agent = agentIn(both, 21_202);
    const center = futureDate(27);
    both.tiket!.controls.setFault("search/flight", { kind: "http500" });
    try {
      await agent.say(`/cari CGK SUB ${center.wire} 1`);
      expect((await openCalendar(agent)).text).toContain("tiket.com tidak menjawab untuk beberapa hari");
    } finally {
      both.tiket!.controls.setFault("search/flight", null);
    }
    const tiketBefore = tiketSearches(both);
    await agent.say(`/cari CGK SUB ${center.wire} 1`);
    const again = await openCalendar(agent);
    expect(again.text).not.toContain("tidak menjawab");
    expect(tiketSearches(both)).toBeGreaterThan(tiketBefore + 5);
  });
});

describe("fare calendar in inline mode", () => {
  const ask = async (h: Harness, from: UserRef, query: string) => {
    const before = h.emulator.calls.length;
    await h.app.bot.handleUpdate(h.emulator.inlineQuery({ from, query }));
    const answers = h.emulator.calls.slice(before).filter((c) => c.method === "answerInlineQuery");
    expect(answers).toHaveLength(1);
    expect(answers[0]!.ok, JSON.stringify(answers[0]!.response)).toBe(true);
    return answers[0]!.payload as unknown as { results: InlineQueryResultArticle[]; is_personal?: boolean };
  };

  it("`CGK DPS 25-12 ±3` (also +-3) shares the calendar as one card, the cheapest starred", async () => {
    const user = { id: 21_301, first_name: "Ayu", language_code: "en" };
    const center = futureDate(30);
    const typed = `CGK DPS ${center.wire.slice(0, 5)}`;
    const before = mmbcSearches(mmbc);
    const answer = await ask(mmbc, user, `${typed} ±3`);
    expect(answer.is_personal).toBe(true);
    expect(answer.results).toHaveLength(1);
    const card = answer.results[0]!;
    expect(card.title).toContain("CGK → DPS");
    expect(card.description).toMatch(/^Cheapest: .* · Rp [\d.]+$/);
    const text = (card.input_message_content as InputTextMessageContent).message_text;
    const lines = text.split("\n").filter((l) => /: Rp [\d.]+/.test(l));
    expect(lines).toHaveLength(7);
    expect(lines.filter((l) => l.endsWith("⭐"))).toHaveLength(1);
    expect(text).not.toMatch(/NTA|commission|komisi|MMBC/i);
    expect(mmbcSearches(mmbc) - before).toBe(7);
    // "+-3" is the same calendar, from the cache.
    const again = await ask(mmbc, user, `${typed} +-3`);
    expect((again.results[0]!.input_message_content as InputTextMessageContent).message_text).toBe(text);
    expect(mmbcSearches(mmbc) - before).toBe(7);
  });

  it("shared inline, each day's fare carries the asker's agency markup, rounded up to its step", async () => {
    const user = { id: 21_303, first_name: "Rina", language_code: "id" };
    const query = `CGK DPS ${futureDate(40).wire.slice(0, 5)} ±3`;
    const fares = (answer: { results: InlineQueryResultArticle[] }) =>
      [...(answer.results[0]!.input_message_content as InputTextMessageContent).message_text.matchAll(/: Rp ([\d.]+)/g)].map((m) => Number(m[1]!.replaceAll(".", "")));
    const net = fares(await ask(mmbc, user, query));
    expect(net.length).toBeGreaterThan(0);
    // The agency's markup as /pengaturan stores it: Rp 50.000 per seat and 2,5 %, rounded up to Rp 5.000.
    await mmbc.app.deps.chatSettings.update(user.id, (s) => ({ ...s, agency: { markup: { fixed: 50_000, percentBp: 250, roundTo: 5_000, infantFixed: false } } }));
    const marked = fares(await ask(mmbc, user, query));
    expect(marked).toEqual(net.map((fare) => Math.ceil((fare * 10_250 + 50_000 * 10_000) / (10_000 * 5_000)) * 5_000));
  });

  it("a stranger on a live account gets the /login answer and reaches no provider", async () => {
    // Agents can link their own login here (CREDENTIALS_KEY), so that is what a stranger is told.
    const live = await startHarness({ live: true, sandbox: mmbc.sandbox, emulator: mmbc.emulator, env: { CREDENTIALS_KEY: randomBytes(32).toString("base64") } });
    try {
      const before = mmbcSearches(mmbc);
      const answer = await ask(live, { id: 21_302, first_name: "Eko", language_code: "id" }, `CGK DPS ${futureDate(30).wire.slice(0, 5)} ±3`);
      expect(answer.results).toHaveLength(1);
      expect(answer.results[0]!.title).toMatch(/login/i);
      expect(mmbcSearches(mmbc)).toBe(before);
    } finally {
      await live.close();
    }
  });
});
