import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { generateFlights } from "../../src/sandbox/mmbc/flights/generate-flights.js";
import { bookInOpenGroup, fillPassengers, pickFirstFlight } from "./journey-steps.js";
import { startTelegramEmulator } from "../support/telegram/index.js";

// After the outbound was booked, '🔁 Cari pulang DPS → CGK …' searched the return for the party only: the
// return's flight asked 'Penumpang 1 dari 2' and every name (and the contact) again. Now the return's booking
// asks 'Pakai penumpang yang sama? Budi Santoso, Ani Lestari' with a button keeping them and the contact (only
// what the return's flight asks that the outbound's didn't is asked), for the member who booked, in that chat.

const KEY = randomBytes(32).toString("base64");
const NS = `t${randomBytes(4).toString("hex")}`;
let h: Harness;
let redis: Redis;
beforeAll(async () => {
  h = await startHarness({ namespace: NS, env: { CREDENTIALS_KEY: KEY } });
  redis = new Redis(inject("redisUrl"));
}, 60_000);
afterAll(async () => {
  redis?.disconnect();
  await h?.close();
});

let nextId = 37_400;
const agentOf = (lang: "id" | "en") => { const id = (nextId += 3); return new Agent(h, { id, first_name: "Yuni", language_code: lang }, { id, type: "private" }); };
const SUMMARY = /Periksa sebelum booking|Check before booking/;
const SAME = /Pakai penumpang yang sama\?|Same passengers\?/;
const BIRTH = /^(QZ|QG)-/;
const NO_BIRTH = /^(GA|JT|ID|IU|SJ|IW)-/;
const buttons = (a: Agent) => a.last()?.reply_markup?.inline_keyboard.flat() ?? [];
const returnButton = (a: Agent) => buttons(a).find((b) => b.text.startsWith("🔁")) as { text: string; callback_data: string } | undefined;

/** A flight of `airline` with seats on the route that day. */
const flightOn = (from: string, to: string, iso: string, airline: RegExp) => generateFlights(from, to, iso).find((f) => airline.test(f.code) && f.baseSeats >= 4 && !f.international);

/** An outbound CGK → DPS asking no birth date, and a return DPS → CGK a few days later of `back`'s airlines. */
let start = 30;
function trip(back: RegExp) {
  for (let d = start; d < start + 60; d++) {
    const out = futureDate(d);
    const ret = futureDate(d + 4);
    const outCode = flightOn("CGK", "DPS", out.iso, /^GA-/)?.code;
    const backCode = flightOn("DPS", "CGK", ret.iso, back)?.code;
    if (outCode && backCode) {
      start = d + 5;
      return { out, ret, outCode, backCode };
    }
  }
  throw new Error("no such days");
}

/** The outbound typed at its list, its price card accepted, passengers and contact, booked: the card. */
async function bookOutbound(a: Agent, command: string, t: ReturnType<typeof trip>, names: string[]) {
  await a.say(`${command} CGK DPS ${t.out.wire} pulang ${t.ret.wire} ${names.length}`);
  await a.say(t.outCode);
  await a.tap(buttons(a)[0]!.text);
  await fillPassengers(a, names, { email: "rina@example.com", phone: "081234567890" });
  expect(a.last()?.text ?? "", a.transcript(3)).toMatch(SUMMARY);
  await a.tap(buttons(a)[0]!.text);
  expect(returnButton(a), a.transcript(3)).toBeDefined();
}

/** 🔁 on the card, the return's flight typed at its list, its price card accepted: the bot's question. */
async function pickReturn(a: Agent, code: string): Promise<string> {
  await a.tap({ data: returnButton(a)!.callback_data });
  await a.say(code);
  expect(JSON.stringify(buttons(a)), a.transcript(3)).toMatch(/Lanjut|Continue/);
  await a.tap(buttons(a)[0]!.text);
  return a.last()?.text ?? "";
}

describe("the return's booking offers the outbound's passengers", () => {
  it("id: 'Pakai penumpang yang sama? Budi Santoso, Ani Lestari', ✅ keeps them and the contact; only the birth dates the return's flight asks are asked", async () => {
    const a = agentOf("id");
    const t = trip(BIRTH);
    await bookOutbound(a, "/cari", t, ["Mr Budi Santoso", "Mrs Ani Lestari"]);
    const asked = await pickReturn(a, t.backCode);
    expect(asked, a.transcript(3)).toContain("Pakai penumpang yang sama? Budi Santoso, Ani Lestari");
    await a.tap("✅ Ya, penumpang & kontak yang sama");
    expect(a.last()?.text ?? "", a.transcript(3)).toContain("Tanggal lahir Budi Santoso");
    expect((await a.say("17-08-1990"))?.text ?? "", a.transcript(3)).toContain("Tanggal lahir Ani Lestari");
    const summary = (await a.say("12-05-1992"))?.text ?? "";
    expect(summary, a.transcript(3)).toMatch(SUMMARY);
    expect(summary).toContain("Budi Santoso");
    expect(summary).toContain("Ani Lestari");
    expect(summary).toContain("rina@example.com");
    expect(a.transcript(12)).not.toContain("Penumpang 1 dari 2");
    expect(h.emulator.errors).toEqual([]);
  });

  it("en: 'Same passengers? Budi Santoso', ✅ goes straight to the summary when the return asks nothing new; ✍️ asks them afresh", async () => {
    const a = agentOf("en");
    const t = trip(NO_BIRTH);
    await bookOutbound(a, "/search", t, ["Mr Budi Santoso"]);
    expect(await pickReturn(a, t.backCode), a.transcript(3)).toContain("Same passengers? Budi Santoso");
    await a.tap("✅ Yes, same passengers & contact");
    const summary = a.last()?.text ?? "";
    expect(summary, a.transcript(3)).toMatch(SUMMARY);
    expect(summary).toContain("Budi Santoso");
    expect(summary).toContain("rina@example.com");

    const b = agentOf("en");
    const u = trip(NO_BIRTH);
    await bookOutbound(b, "/search", u, ["Mr Budi Santoso"]);
    expect(await pickReturn(b, u.backCode)).toMatch(SAME);
    await b.tap("✍️ Enter new passengers");
    expect(b.last()?.text ?? "", b.transcript(3)).toContain("Passenger 1 of 1");
  });

  it("the kept passengers are sealed at rest (CREDENTIALS_KEY) and expire; a new search without a return forgets them", async () => {
    const a = agentOf("id");
    const t = trip(NO_BIRTH);
    await bookOutbound(a, "/cari", t, ["Mr Budi Santoso"]);
    const key = `${NS}:return-party:${a.chat.id}:${a.user.id}`;
    const raw = (await redis.get(key)) ?? "";
    expect(raw).toContain('"ct"');
    expect(raw).not.toContain("Budi");
    expect(raw).not.toContain("rina@example.com");
    const ttl = await redis.ttl(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(24 * 3600);
    // A search of the same route typed afresh, without a return: a new trip, not the outbound's return.
    await a.say(`/cari DPS CGK ${t.ret.wire} 1`);
    expect(await redis.exists(key)).toBe(0);
    await a.say(t.backCode);
    await a.tap(buttons(a)[0]!.text);
    expect(a.last()?.text ?? "", a.transcript(3)).not.toMatch(SAME);
    expect(a.last()?.text ?? "").toContain("Penumpang 1 dari 1");
  });
});

describe("only for the member who booked, in that chat", () => {
  it("another member of the group, or the same member in another chat, picking the return's route gets no offer; the member's own return does", async () => {
    const emulator = await startTelegramEmulator({ privacyMode: false });
    const g = await startHarness({ emulator });
    try {
      const chat = { id: -100_937_401, type: "supergroup" as const, title: "Maju Travel" };
      const ana = new Agent(g, { id: 937_401, first_name: "Ana", language_code: "id" }, chat);
      const ben = new Agent(g, { id: 937_402, first_name: "Ben", language_code: "id" }, chat);
      g.emulator.addMember(chat.id, ana.user.id);
      g.emulator.addMember(chat.id, ben.user.id);
      const out = futureDate(start);
      const back = futureDate((start += 6) - 2);
      await bookInOpenGroup(ben, `/cari CGK DPS ${out.wire} pulang ${back.wire} 1`, "Mr Joko Prasetyo");
      const card = g.emulator.chatMessages(chat.id).filter((m) => m.fromBot && m.reply_markup?.inline_keyboard.flat().some((b) => b.text.startsWith("🔁"))).at(-1)!;
      const data = (card.reply_markup!.inline_keyboard.flat().find((b) => b.text.startsWith("🔁")) as { callback_data: string }).callback_data;
      const said = (from: number) => g.emulator.chatMessages(chat.id).slice(from).filter((m) => m.fromBot).map((m) => m.text ?? "").join("\n");

      // Ana searches the same return herself and picks a flight: her booking asks her own passengers.
      let n = g.emulator.chatMessages(chat.id).length;
      await ana.say(`/cari DPS CGK ${back.wire} 1`);
      await pickFirstFlight(ana);
      await ana.tap(/Lanjut/.test(JSON.stringify(ana.last()?.reply_markup ?? {})) ? ana.last()!.reply_markup!.inline_keyboard.flat()[0]!.text : "✅");
      expect(said(n), ana.transcript(4)).not.toMatch(SAME);
      expect(said(n)).not.toContain("Joko Prasetyo");
      await ana.say("/batal");

      // Ben in his private chat: another chat, no offer either.
      const dm = new Agent(g, ben.user, { id: ben.user.id, type: "private" });
      await dm.say(`/cari DPS CGK ${back.wire} 1`);
      await pickFirstFlight(dm);
      await dm.tap(dm.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
      expect(dm.last()?.text ?? "", dm.transcript(3)).not.toMatch(SAME);
      await dm.say("/batal");

      // Ben's own 🔁 in the group: his passenger offered.
      n = g.emulator.chatMessages(chat.id).length;
      await ben.tap({ data });
      await pickFirstFlight(ben);
      await ben.tap(ben.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
      expect(said(n), ben.transcript(4)).toContain("Pakai penumpang yang sama? Joko Prasetyo");
      expect(g.emulator.errors).toEqual([]);
    } finally {
      await g.close();
      await emulator.close();
    }
  });
});
