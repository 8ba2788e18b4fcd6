import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { assemble } from "../../src/main/assemble.js";
import { createConfig } from "../../src/config.js";
import { TiketProvider } from "../../src/providers/tiket/tiket-provider.js";
import { startTiketSandbox, type TiketSandbox } from "../../src/sandbox/tiket/index.js";
import { RedisTiketTokenStore } from "../../src/store/tiket-token-store.js";
import { Agent, futureDate, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator, type TelegramEmulator } from "../support/telegram/index.js";
import { captureLogger } from "../support/test-logger.js";

/**
 * The real bot on the tiket.com sandbox, with a book call that gives up after 1.5 s, so an add-order
 * the sandbox stores but never answers ("timeout" with commit) is a lost answer within the test.
 */
let h: Harness;
let tiket: TiketSandbox;
let emulator: TelegramEmulator;
let provider: TiketProvider;
let redis: Redis;
beforeAll(async () => {
  emulator = await startTelegramEmulator();
  tiket = await startTiketSandbox({ issueDelayMs: 100, searchRefreshMs: 150 });
  redis = new Redis(inject("redisUrl"));
  const config = createConfig({ BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, LOG_LEVEL: "debug", REDIS_URL: inject("redisUrl") }, { testTimings: true });
  const { logger, lines } = captureLogger("debug");
  const namespace = `t${randomBytes(4).toString("hex")}`;
  provider = new TiketProvider({
    baseUrl: tiket.origin, ...tiket.credentials, timeZone: config.TIMEZONE, sandbox: true, logger, tokens: new RedisTiketTokenStore(redis, `${namespace}:tiket:`),
    retryDelaysMs: [20, 50], timeouts: { read: 20_000, search: 20_000, book: 1_500, issue: 20_000 },
    searchRefresh: { maxMs: 20_000, intervalMs: 50 }, issuePoll: { maxMs: 20_000, intervalMs: 50 },
  });
  const app = await assemble(config, {
    logger, botInfo: emulator.botInfo, namespace, autoRetry: { maxRetryAttempts: 2, maxDelaySeconds: 2 },
    providers: { search: provider, byId: { tiket: provider }, close: async () => undefined }, runWorker: false,
  });
  h = { app, emulator, tiket, logLines: lines } as unknown as Harness;
}, 60_000);
afterAll(async () => {
  await h?.app.close();
  await provider?.close();
  await tiket?.close();
  await emulator?.close();
  redis?.disconnect();
});
beforeEach(() => tiket.controls.reset());

const WORDS = {
  id: { search: "/cari", next: "Lanjut", summary: /Periksa sebelum booking/, book: "✅ Booking", use: "✅ Pakai", code: /Kode: (\d+)/ },
  en: { search: "/search", next: "Continue", summary: /Check before booking/, book: "✅ Book", use: "✅ Use", code: /Code: (\d+)/ },
} as const;

let day = 30;
/** Searches, opens a flight without a captcha (not Lion's JT or Citilink's QG) and answers up to the summary. */
async function toSummary(agent: Agent, lang: "id" | "en", name: string): Promise<void> {
  const w = WORDS[lang];
  let pick: { text: string; callback_data: string } | undefined;
  for (let tries = 0; tries < 10 && !pick; tries++) {
    await agent.say(`${w.search} CGK DPS ${futureDate(day++).wire} 1`);
    const buttons = (agent.last()?.reply_markup?.inline_keyboard.flat() ?? []).filter((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
    pick = buttons.find((b) => !/^(JT|QG)/.test(b.text));
  }
  await agent.tap({ data: pick!.callback_data });
  await agent.tap(w.next);
  let msg = await agent.say(name);
  for (let i = 0; i < 10 && !w.summary.test(msg?.text ?? ""); i++) {
    const q = msg?.text ?? "";
    if (/Tanggal lahir|Date of birth/i.test(q)) msg = await agent.say("17-08-1990");
    else if (/KTP|NIK|ID card/.test(q)) msg = await agent.say("3174092302900001");
    else if (/E-mail/i.test(q)) msg = await agent.say("budi@example.com");
    else if (/Nomor HP|mobile/i.test(q)) msg = await agent.say("081234567890");
    else if (/kontak terakhir|last contact/i.test(q)) msg = await agent.tap(w.use);
    else throw new Error(`unexpected question: ${q}\n${agent.transcript(4)}`);
  }
}

const agentFor = (id: number, lang: "id" | "en") => new Agent(h, { id, first_name: "Budi", language_code: lang }, { id, type: "private" });

describe("a tiket.com add-order whose answer is lost: the bot reads the cart", () => {
  for (const [lang, id] of [["id", 15_101], ["en", 15_102]] as const) {
    it(`stored in the cart: the booking card, as on the normal path, and the order in the bookings (${lang})`, async () => {
      const agent = agentFor(id, lang);
      await toSummary(agent, lang, "Mr Budi Santoso");
      tiket.controls.setFault("order/add/flight", { kind: "timeout", commit: true }, 1);
      await agent.tap(WORDS[lang].book);
      const code = WORDS[lang].code.exec(agent.last()?.text ?? "")?.[1];
      expect(code, agent.transcript(4)).toBeDefined();
      expect(tiket.controls.getOrder(code!)).toBeDefined();
      expect(tiket.controls.callCount("order/add/flight")).toBe(1);
      expect(tiket.controls.callCount("checkout/checkout_customer")).toBe(1);
      const list = await agent.say(lang === "id" ? "/pesanan" : "/bookings");
      expect(list?.text, agent.transcript(2)).toContain(code);
    }, 60_000);

    it(`never reached the cart (empty when read): still not known, never 'book again' (${lang})`, async () => {
      const agent = agentFor(id + 10, lang);
      await toSummary(agent, lang, "Mr Budi Santoso");
      tiket.controls.setFault("order/add/flight", { kind: "timeout" }, 1);
      await agent.tap(WORDS[lang].book);
      const text = agent.botTexts().slice(-2).join("\n");
      // tiket.com may still be adding it (our timeout gave up, not tiket.com): not "nothing was booked".
      expect(text, agent.transcript(4)).toMatch(lang === "id" ? /belum pasti|tidak diketahui/i : /not known whether it was booked/);
      expect(text).not.toMatch(/Belum ada yang dibooking|Nothing was booked/);
      expect(tiket.controls.callCount("order/add/flight")).toBe(1);
      expect(tiket.controls.callCount("order")).toBeGreaterThanOrEqual(1);
    }, 60_000);
  }
});

describe("a tiket.com add-order answered with a failure that is no known refusal: the bot reads the cart", () => {
  const MAYBE = {
    id: "⚠️ tiket.com menjawab booking { flight } (Budi Santoso) dengan gangguan di sistemnya atau sistem maskapai. Gangguan seperti itu bisa terjadi setelah maskapai sempat menahan kursinya, jadi belum pasti berhasil atau tidak. Bot tidak akan mengulang booking ini sendiri. Karena belum ada kode booking, booking ini belum muncul di /pesanan. Jangan booking ulang dulu: tanyakan ke operator atau cek di portal provider apakah ada booking atas nama itu; setelah kodenya diketahui, cek dengan /cek KODE.",
    en: "⚠️ tiket.com answered the booking of { flight } (Budi Santoso) with a failure in its or the airline's system. Such a failure can come after the airline has already held the seats, so it is not known whether it was booked. The bot will not retry this booking by itself. With no booking code yet, it doesn't show in /bookings. Don't book again yet: ask your operator or check the provider's portal for a booking under that name; once you know the code, check it with /status CODE.",
  } as const;
  for (const [lang, id] of [["id", 15_301], ["en", 15_302]] as const) {
    it(`204 'the same booking was already made' and an empty cart: 'may have been booked', never 'book again' (${lang})`, async () => {
      const agent = agentFor(id, lang);
      await toSummary(agent, lang, "Mr Budi Santoso");
      tiket.controls.setFault("order/add/flight", { kind: "status204" }, 1);
      await agent.tap(WORDS[lang].book);
      const text = agent.botTexts().slice(-2).join("\n");
      // The flight is whichever the search offered first without a captcha: its code is read off the summary.
      const flight = /✈️ (\S+)/.exec(agent.botTexts().findLast((m) => WORDS[lang].summary.test(m)) ?? "")?.[1] ?? "?";
      expect(agent.last()?.text, agent.transcript(4)).toBe(MAYBE[lang].replace("{ flight }", flight));
      expect(text).not.toMatch(/Belum ada yang dibooking|Nothing was booked/);
      expect(tiket.controls.callCount("order/add/flight")).toBe(1);
      expect(tiket.controls.callCount("order")).toBe(1);
    }, 60_000);

    it(`the airline's failure after the cart took the order: the booking card, booked once (${lang})`, async () => {
      const agent = agentFor(id + 10, lang);
      await toSummary(agent, lang, "Mr Budi Santoso");
      tiket.controls.setFault("order/add/flight", { kind: "status500", commit: true }, 1);
      await agent.tap(WORDS[lang].book);
      const code = WORDS[lang].code.exec(agent.last()?.text ?? "")?.[1];
      expect(code, agent.transcript(4)).toBeDefined();
      expect(tiket.controls.getOrder(code!)?.details).toHaveLength(1);
      expect(tiket.controls.callCount("order/add/flight")).toBe(1);
    }, 60_000);
  }
});

describe("tiket.com's own texts in the agent's language", () => {
  for (const [lang, id, line] of [["id", 15_201, "Permintaan gagal"], ["en", 15_202, "Request failed"]] as const) {
    it(`searches, prices and books with lang=${lang}; a refusal's provider line is in it`, async () => {
      const agent = agentFor(id, lang);
      await toSummary(agent, lang, "Mr Budi Santoso");
      // The results list's search (the quote opened from it is made in booking-steps.ts, whose call passes no language yet).
      expect(tiket.controls.calls("search/flight")[0]?.params.lang).toBe(lang);
      tiket.controls.setFault("order/add/flight", { kind: "status201" }, 1);
      await agent.tap(WORDS[lang].book);
      expect(agent.botTexts().slice(-2).join("\n"), agent.transcript(4)).toContain(line);
      expect(new Set(tiket.controls.calls("order/add/flight").map((c) => c.params.lang))).toEqual(new Set([lang]));
      // The re-price right before booking (bookFlight's own quote) asks in the agent's language too.
      expect(tiket.controls.calls("flight_api/get_flight_data").at(-1)?.params.lang).toBe(lang);
    }, 60_000);
  }
});
