import type { InlineQueryResultArticle, InlineQueryResultsButton, InputTextMessageContent } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { money } from "../../src/presenters/format.js";
import type { FlightOffer } from "../../src/domain/flight.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import type { UserRef } from "../support/telegram/index.js";
import { bookOne } from "./journey-steps.js";

interface Answer {
  results: InlineQueryResultArticle[];
  next_offset?: string;
  is_personal?: boolean;
  cache_time?: number;
  button?: InlineQueryResultsButton;
}

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const ayu: UserRef = { id: 7001, first_name: "Ayu", language_code: "en" };
const budi: UserRef = { id: 7002, first_name: "Budi", language_code: "id" };
const stranger: UserRef = { id: 7003, first_name: "Eko", language_code: "id" };
const member: UserRef = { id: 7004, first_name: "Sari", language_code: "en" };

/** Runs one inline query through the bot and returns what it answered (the answer must succeed). */
async function inline(from: UserRef, query: string, offset?: string): Promise<Answer> {
  const before = h.emulator.calls.length;
  await h.app.bot.handleUpdate(h.emulator.inlineQuery({ from, query, offset }));
  const answers = h.emulator.calls.slice(before).filter((c) => c.method === "answerInlineQuery");
  expect(answers).toHaveLength(1);
  expect(answers[0]!.ok, JSON.stringify(answers[0]!.response)).toBe(true);
  return answers[0]!.payload as unknown as Answer;
}

const text = (r: InlineQueryResultArticle) => (r.input_message_content as InputTextMessageContent).message_text;
const dayMonth = (wire: string) => wire.slice(0, 5); // "30-12-2026" → "30-12", as agents type it
const searches = () => h.sandbox.controls.callCount("getflights-json");
const lastSearch = () => h.sandbox.controls.calls("getflights-json").at(-1)?.params;

function expectNoTelegramErrors(): void {
  expect(h.emulator.errors.filter((e) => !e.injected)).toEqual([]);
}

function expectShareableFlights(answer: Answer, route: string): void {
  expect(answer.results.length).toBeGreaterThan(0);
  expect(answer.results.length).toBeLessThanOrEqual(50);
  expect(answer.is_personal).toBe(true);
  expect(answer.cache_time).toBeLessThanOrEqual(60);
  for (const r of answer.results) {
    expect(r.type).toBe("article");
    expect(Buffer.byteLength(r.id)).toBeLessThanOrEqual(64);
    expect(r.title).toMatch(/^\S+ \d\d:\d\d–\d\d:\d\d(\+1)?.* · Rp [\d.]+$/);
    expect(r.description).toContain(route);
    expect((r.input_message_content as InputTextMessageContent).parse_mode).toBe("HTML");
    expect(text(r)).toMatch(/Rp [\d.]+/);
  }
  expect(new Set(answer.results.map((r) => r.id)).size).toBe(answer.results.length);
  expect(JSON.stringify(answer)).not.toMatch(/NTA|commission|komisi/i);
}

describe("inline mode", () => {
  const date = futureDate(20);

  it("answers a route with shareable flight cards: itinerary and customer price only", async () => {
    const answer = await inline(ayu, `CGK SUB ${dayMonth(date.wire)}`);
    expectShareableFlights(answer, "CGK → SUB");
    expect(lastSearch()).toMatchObject({ from: "CGK", to: "SUB", date: date.wire });
    expect(text(answer.results[0]!)).toContain("Jakarta (CGK) → Surabaya (SUB)");
    expect(text(answer.results[0]!)).toContain("per adult, taxes included");
    // Cheapest first.
    const prices = answer.results.map((r) => Number(/Rp ([\d.]+)$/.exec(r.title)![1]!.replace(/\./g, "")));
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    expectNoTelegramErrors();
  });

  it("answers the same search again from the cache, whatever the spacing and case", async () => {
    const before = searches();
    const first = await inline(ayu, `CGK SUB ${dayMonth(date.wire)}`);
    const again = await inline(ayu, `  cgk   sub ${dayMonth(date.wire)} `);
    expect(searches()).toBe(before);
    expect(again.results.map((r) => r.id)).toEqual(first.results.map((r) => r.id));
    // Cached per user: someone else's identical query is their own search.
    await inline(budi, `CGK SUB ${dayMonth(date.wire)}`);
    expect(searches()).toBe(before + 1);
    expectNoTelegramErrors();
  });

  it("reads city names and besok (an ambiguous city takes its first airport), in the user's language", async () => {
    const answer = await inline(budi, "jakarta bali besok");
    expectShareableFlights(answer, "CGK → DPS");
    expect(lastSearch()).toMatchObject({ from: "CGK", to: "DPS", date: futureDate(1).wire });
    expect(text(answer.results[0]!)).toContain("per dewasa");
    // Without a date it is tomorrow too.
    await inline(budi, "surabaya makassar");
    expect(lastSearch()).toMatchObject({ from: "SUB", to: "UPG", date: futureDate(1).wire });
    expectNoTelegramErrors();
  });

  it("pages through more than 50 flights with offset and next_offset, without searching again", async () => {
    const query = { from: "CGK", to: "SUB", date: date.iso, pax: { adult: 1, child: 0, infant: 0 } };
    const key = h.app.deps.inlineOffers.key(ayu.id, query);
    const cached = JSON.parse((await h.app.redis.get(key))!) as { offers: FlightOffer[] };
    // The sandbox has at most 14 flights a day: widen the cached list to 120 distinct offers.
    const offers = Array.from({ length: 120 }, (_, i) => {
      const o = cached.offers[i % cached.offers.length]!;
      return { ...o, ref: `${o.ref}#${i}`, flightCode: `${o.flightCode}${i}`, price: o.price + i * 100 };
    });
    await h.app.redis.set(key, JSON.stringify({ offers }), "EX", 120);
    const before = searches();

    const typed = `CGK SUB ${dayMonth(date.wire)}`;
    const p1 = await inline(ayu, typed);
    expect(p1.results).toHaveLength(50);
    expect(p1.next_offset).toBe("50");
    const p2 = await inline(ayu, typed, p1.next_offset);
    expect(p2.results).toHaveLength(50);
    expect(p2.next_offset).toBe("100");
    const p3 = await inline(ayu, typed, p2.next_offset);
    expect(p3.results).toHaveLength(20);
    expect(p3.next_offset ?? "").toBe("");
    const ids = [...p1.results, ...p2.results, ...p3.results].map((r) => r.id);
    expect(new Set(ids).size).toBe(120);
    expect(ids.every((id) => Buffer.byteLength(id) <= 64)).toBe(true);
    expect(searches()).toBe(before);
    await h.app.redis.del(key);
    expectNoTelegramErrors();
  });

  it("explains the format for an empty or unreadable query", async () => {
    for (const q of ["", "zzzzzz qqqqqq", `CGK SUB 31-31`, "CGK CGK", "CGK", "jakarta"]) {
      const answer = await inline(ayu, q);
      expect(answer.results, q).toHaveLength(1);
      expect(answer.results[0]!.id).toBe("help");
      expect(text(answer.results[0]!)).toContain("@AgenTiketBot CGK SUB 30-12");
      expect(answer.button?.start_parameter).toMatch(/^[\w-]{1,64}$/);
    }
    expect((await inline(ayu, "zzzzzz qqqqqq")).results[0]!.title).toContain("zzzzzz");
    expect((await inline(ayu, "CGK SUB 31-31")).results[0]!.title).toContain("date");
    // A city typed alone is half a route, not a booking code.
    expect((await inline(ayu, "jakarta")).results[0]!.title).not.toContain("JAKARTA");
    expectNoTelegramErrors();
  });

  it("turns a provider failure into one article with the localized error", async () => {
    h.sandbox.controls.setFault("getflights-json", { kind: "http500" });
    try {
      const answer = await inline(ayu, `SUB DPS ${dayMonth(date.wire)}`);
      expect(answer.results).toHaveLength(1);
      expect(answer.results[0]!.title).toMatch(/provider|airline/i);
      expect(answer.results[0]!.description).toContain("SUB → DPS");
    } finally {
      h.sandbox.controls.setFault("getflights-json", null);
    }
    // Failures are not cached: the next query searches again and succeeds.
    expectShareableFlights(await inline(ayu, `SUB DPS ${dayMonth(date.wire)}`), "SUB → DPS");
    expectNoTelegramErrors();
  });

  describe("booking codes", () => {
    let code: string;

    beforeAll(async () => {
      const agent = new Agent(h, ayu, { id: ayu.id, type: "private" });
      code = await bookOne(agent, `/search CGK DPS ${futureDate(25).wire} 1`, ["Mr Joko Widodo"]);
    });

    it("shares the user's own booking as a customer status card without agent figures", async () => {
      const answer = await inline(ayu, code.toLowerCase());
      expect(answer.results).toHaveLength(1);
      const card = answer.results[0]!;
      expect(card.title).toContain(code);
      expect(card.title).toContain("waiting for payment");
      expect(card.description).toContain("CGK → DPS");
      expect(text(card)).toContain("Mr Joko Widodo");
      expect(text(card)).toContain("Pay before");
      expect(answer.is_personal).toBe(true);
      const { booking } = (await h.app.deps.bookings.find(code, ["mmbc"]))!;
      const all = JSON.stringify(answer);
      expect(all).not.toMatch(/NTA|commission|komisi/i);
      expect(all).not.toContain(money(booking.fares.nta));
      expect(all).not.toContain(money(booking.fares.commission!));
      expectNoTelegramErrors();
    });

    it("answers not found for someone else's booking", async () => {
      const answer = await inline(stranger, code);
      expect(answer.results).toHaveLength(1);
      expect(answer.results[0]!.title).toContain(code);
      expect(JSON.stringify(answer)).not.toContain("Joko");
      expect(answer.button).toBeDefined();
      expect((await inline(stranger, "ZZ9999")).results[0]!.title).toContain("ZZ9999");
      expectNoTelegramErrors();
    });

    it("shares a group's booking with its members only", async () => {
      const group = { id: -1007004, type: "supergroup" as const, title: "Agen Sari" };
      // The member writes in the group: the bot has seen her there, so it may ask Telegram about her (a
      // stranger, never seen there, gets a made-up code's answer without any call).
      const seen = h.emulator.sendText({ chat: group, from: member, text: `/help@${h.emulator.botInfo.username}` })!;
      await h.app.bot.handleUpdate(seen);
      const record = (await h.app.deps.bookings.find(code, ["mmbc"]))!;
      // Unknown to the provider: the card falls back to the stored status.
      await h.app.deps.bookings.save({ ...record, booking: { ...record.booking, code: "GRP7004" }, chatId: group.id, bookedBy: { id: 7999, name: "Dian" } });
      const answer = await inline(member, "GRP7004");
      expect(answer.results[0]!.title).toContain("waiting for payment");
      expect(text(answer.results[0]!)).toContain("Mr Joko Widodo");
      // A group Telegram won't tell us about (the bot was removed) vouches for nobody.
      h.emulator.failNext("getChatMember", { error_code: 400, description: "Bad Request: chat not found" });
      const refused = await inline(member, "GRP7004");
      expect(JSON.stringify(refused)).not.toContain("Joko");
      expectNoTelegramErrors();
    });

    it("writes no session or conversation state", async () => {
      const { redis, keys } = h.app;
      const stateKeys = async () => [...(await redis.keys(`${keys.sessionPrefix}*`)), ...(await redis.keys(`${keys.conversationPrefix}*`))];
      // Start clean (the booking above went through a chat), then only inline queries.
      const old = await stateKeys();
      if (old.length > 0) await redis.del(...old);
      for (const [user, q] of [[ayu, code], [stranger, code], [stranger, ""], [member, "jakarta bali besok"], [ayu, "zzzzzz qqqqqq"]] as const) {
        await inline(user, q);
      }
      expect(await stateKeys()).toEqual([]);
      expectNoTelegramErrors();
    });
  });
});
