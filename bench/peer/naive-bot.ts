/**
 * The naive peer of `npm run bench:flow`: the same booking flow (/cari → booking code) written the way
 * the grammY docs teach — one conversation for the whole flow (`conversation.wait…`/`form`), every
 * provider call in `conversation.external` (so its result sits in the replay log), sessions and
 * conversation state in Redis through @grammyjs/storage-redis, `webhookCallback` on node:http.
 * It talks to the same MMBC sandbox through the same HTTP client as the bot, so only the bot
 * framework around the flow differs. Run built (bench/tsconfig.peer.json), as its own process.
 * Env: BOT_TOKEN, TELEGRAM_API_ROOT, REDIS_URL, REDIS_PREFIX, PORT, WEBHOOK_URL, WEBHOOK_SECRET, MMBC_BASE_URL/USERNAME/PASSWORD.
 */
import { createServer } from "node:http";
import { conversations, createConversation, type Conversation, type ConversationFlavor } from "@grammyjs/conversations";
import { RedisAdapter } from "@grammyjs/storage-redis";
import { Bot, Context, InlineKeyboard, session, webhookCallback, type SessionFlavor } from "grammy";
import { Redis } from "ioredis";
import { pino } from "pino";
import { matchAirport } from "../../src/domain/airport-match.js";
import type { Airport } from "../../src/domain/airport.js";
import type { FlightOffer } from "../../src/domain/flight.js";
import { parseEmail, parsePhone, parseTitledName } from "../../src/domain/passenger-parse.js";
import { parsePax } from "../../src/domain/pax-parse.js";
import { parsePlainDate, parseTravelDate } from "../../src/domain/travel-date.js";
import { MmbcProvider } from "../../src/providers/mmbc/mmbc-provider.js";

interface SessionData {
  searches: number;
}
type MyContext = ConversationFlavor<Context & SessionFlavor<SessionData>>;
type MyConversationContext = Context;
type MyConversation = Conversation<MyContext, MyConversationContext>;

const env = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is required`);
  return v;
};

const redis = new Redis(env("REDIS_URL"), { keyPrefix: process.env.REDIS_PREFIX ?? "" });
const provider = new MmbcProvider({
  baseUrl: env("MMBC_BASE_URL"), credentials: { username: env("MMBC_USERNAME"), password: env("MMBC_PASSWORD") },
  timeZone: "Asia/Jakarta", sandbox: false, logger: pino({ level: "silent" }),
});
const airports: Airport[] = await provider.airports();

const rupiah = (n: number) => `Rp ${n.toLocaleString("id-ID")}`;
const today = (now: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date(now));

/** A text answer read with a form field; unreadable answers are waited past (the docs' `form.build`). */
function ask<T>(conversation: MyConversation, read: (text: string) => T | undefined): Promise<T> {
  return conversation.form.build<T, never>({
    validate: (c) => {
      const value = read(c.message?.text ?? "");
      return value === undefined ? { ok: false } : { ok: true, value };
    },
  });
}

async function askAirport(conversation: MyConversation, ctx: MyConversationContext, question: string): Promise<string> {
  await ctx.reply(question);
  for (;;) {
    const answer = await conversation.form.text();
    const match = matchAirport(answer, airports);
    if (match.kind === "exact") return match.airport.code;
    if (match.kind === "choices") {
      const keyboard = new InlineKeyboard();
      for (const a of match.airports.slice(0, 6)) keyboard.text(`${a.city} (${a.code})`, `c:ap:${a.code}`).row();
      await ctx.reply("Pilih bandara:", { reply_markup: keyboard });
      const tap = await conversation.waitForCallbackQuery(/^c:ap:[A-Z]{3}$/);
      await tap.answerCallbackQuery();
      return tap.callbackQuery.data.slice(5);
    }
    await ctx.reply("Kota tidak dikenal, coba lagi.");
  }
}

async function booking(conversation: MyConversation, ctx: MyConversationContext): Promise<void> {
  const from = await askAirport(conversation, ctx, "Dari kota atau bandara mana?");
  const to = await askAirport(conversation, ctx, "Ke mana?");
  await ctx.reply("Tanggal berangkat? (contoh: 30-12-2026)");
  let date = "";
  for (;;) {
    const answer = parseTravelDate(await conversation.form.text(), today(await conversation.now()));
    if (answer.ok) { date = answer.date; break; }
    await ctx.reply("Tanggal tidak terbaca, coba lagi.");
  }
  await ctx.reply("Berapa penumpang? (dewasa anak bayi, contoh: 2 1 0)");
  const pax = await ask(conversation, (t) => { const p = parsePax(t); return p.ok ? p.pax : undefined; });

  const searching = await ctx.reply("Mencari penerbangan…");
  const offers: FlightOffer[] = await conversation.external(async () => (await provider.search({ from, to, date, pax })).sort((a, b) => a.price - b.price));
  if (offers.length === 0) {
    await ctx.api.editMessageText(searching.chat.id, searching.message_id, "Tidak ada penerbangan.");
    return;
  }
  const shown = offers.slice(0, 8);
  const list = new InlineKeyboard();
  shown.forEach((o, i) => list.text(`${o.flightCode} ${o.departsAt.slice(11, 16)} ${rupiah(o.price)}`, `r:s${searching.message_id}:o:${i}`).row());
  await ctx.api.editMessageText(searching.chat.id, searching.message_id,
    `${from} → ${to}, ${date}: ${offers.length} penerbangan\n${shown.map((o, i) => `${i + 1}. ${o.airlineName} ${o.flightCode} ${o.departsAt.slice(11, 16)}–${o.arrivesAt.slice(11, 16)} ${rupiah(o.price)}`).join("\n")}`,
    { reply_markup: list });

  const pick = await conversation.waitForCallbackQuery(/^r:[\w-]+:o:\d+$/);
  await pick.answerCallbackQuery();
  const offer = shown[Number(pick.callbackQuery.data.split(":")[3])] ?? shown[0]!;
  const quote = await conversation.external(() => provider.quote(offer, pax));
  await ctx.reply(`${offer.airlineName} ${offer.flightCode}\nTotal: ${rupiah(quote.total)} · sisa ${quote.seatsLeft} kursi`, { reply_markup: new InlineKeyboard().text("Lanjut", "c:q:go") });
  const go = await conversation.waitForCallbackQuery("c:q:go");
  await go.answerCallbackQuery();

  await ctx.reply("Nama penumpang dewasa 1 (contoh: Mr Budi Santoso)");
  const name = await ask(conversation, (t) => { const n = parseTitledName(t, "adult"); return n.ok ? n : undefined; });
  let birthDate: string | undefined;
  if (quote.needs.birthDate) {
    await ctx.reply("Tanggal lahir (dd-mm-yyyy)?");
    birthDate = await ask(conversation, parsePlainDate);
  }
  await ctx.reply("E-mail kontak?");
  const email = await ask(conversation, parseEmail);
  await ctx.reply("Nomor HP kontak?");
  const phone = await ask(conversation, parsePhone);
  await ctx.reply(`Periksa sebelum booking:\n${offer.flightCode} ${from} → ${to} ${date}\n${name.title} ${name.fullName}\n${email} · ${phone}\nTotal ${rupiah(quote.total)}`,
    { reply_markup: new InlineKeyboard().text("Booking", "c:sum:book") });
  const book = await conversation.waitForCallbackQuery("c:sum:book");
  await book.answerCallbackQuery();
  const made = await conversation.external(() => provider.book({
    provider: "mmbc", offerRef: offer.ref, flightCode: offer.flightCode, from, to, date, pax,
    passengers: [{ type: "adult", title: name.title, fullName: name.fullName, birthDate }], contact: { email, phone },
  }));
  await ctx.reply(`Booking berhasil. Kode: ${made.code}\nBatas bayar: ${made.timelimit}`);
  await conversation.external((c: MyContext) => { c.session.searches += 1; });
}

const bot = new Bot<MyContext>(env("BOT_TOKEN"), { client: { apiRoot: env("TELEGRAM_API_ROOT") } });
bot.use(session({ initial: (): SessionData => ({ searches: 0 }), prefix: "session:", storage: new RedisAdapter<SessionData>({ instance: redis, ttl: 24 * 3600 }) }));
bot.use(conversations({ storage: { type: "key", prefix: "conv:", adapter: new RedisAdapter({ instance: redis, ttl: 24 * 3600 }) } }));
bot.use(createConversation(booking));
bot.command(["cari", "search"], (ctx) => ctx.conversation.enter("booking"));
bot.on("message", (ctx) => ctx.reply("Ketik /cari untuk mencari penerbangan."));
bot.catch((err) => process.stderr.write(`peer: ${err.message}\n`));

await bot.init();
const secret = env("WEBHOOK_SECRET");
const handle = webhookCallback(bot, "http", { secretToken: secret });
// webhookCallback rethrows an update's error (bot.catch is for polling); answered 500 here, Telegram would redeliver.
const server = createServer((req, res) => void handle(req, res).catch((err: unknown) => {
  process.stderr.write(`peer: ${err instanceof Error ? err.message : String(err)}\n`);
  if (!res.headersSent) res.writeHead(500).end();
}));
await new Promise<void>((resolve) => server.listen(Number(env("PORT")), "127.0.0.1", () => resolve()));
await bot.api.setWebhook(env("WEBHOOK_URL"), { secret_token: secret });
console.log("peer ready");
process.once("SIGTERM", () => {
  server.close();
  redis.disconnect();
  void provider.close().finally(() => process.exit(0));
});
