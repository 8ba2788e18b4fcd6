/**
 * The floor of `npm run bench:flow` (BENCH_FLOOR=1): the naive peer's flow with no framework at all, to
 * measure what the flow's I/O alone costs on this machine. node:http for the webhook, one explicit state
 * object per chat in Redis (read with the update_id claim in one round trip, written in one more), the
 * Bot API over undici `request`, the same MMBC provider and parsers as the peer. No grammY, no
 * conversations, no sessions, no i18n, no locks, no access checks, no re-pricing, no reminders: nothing
 * a real bot would need beyond the I/O. Whatever a real bot does, it does at least this per update, so
 * the floor's CPU per update bounds how far below the peer any implementation can get here.
 * Env: as the peer (naive-bot.ts).
 */
import { createServer, type IncomingMessage } from "node:http";
import { Redis } from "ioredis";
import { pino } from "pino";
import { request } from "undici";
import { matchAirport } from "../../src/domain/airport-match.js";
import type { Airport } from "../../src/domain/airport.js";
import type { FlightOffer, Quote } from "../../src/domain/flight.js";
import type { PaxCount } from "../../src/domain/passenger.js";
import { parseEmail, parsePhone, parseTitledName } from "../../src/domain/passenger-parse.js";
import { parsePax } from "../../src/domain/pax-parse.js";
import { parsePlainDate, parseTravelDate } from "../../src/domain/travel-date.js";
import { MmbcProvider } from "../../src/providers/mmbc/mmbc-provider.js";

const env = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is required`);
  return v;
};

type Step = "origin" | "origin-tap" | "destination" | "destination-tap" | "date" | "pax" | "pick" | "go" | "name" | "birth" | "email" | "phone" | "book";
interface State {
  step: Step;
  from?: string;
  to?: string;
  date?: string;
  pax?: PaxCount;
  shown?: FlightOffer[];
  offer?: FlightOffer;
  quote?: Quote;
  name?: { title: string; fullName: string };
  birthDate?: string;
  email?: string;
}
interface Button { text: string; callback_data: string }
interface Incoming {
  update_id: number;
  message?: { chat: { id: number }; text?: string };
  callback_query?: { id: string; data?: string; message?: { chat: { id: number } } };
}

const prefix = process.env.REDIS_PREFIX ?? "";
const redis = new Redis(env("REDIS_URL"));
const apiBase = `${env("TELEGRAM_API_ROOT")}/bot${env("BOT_TOKEN")}/`;
const provider = new MmbcProvider({
  baseUrl: env("MMBC_BASE_URL"), credentials: { username: env("MMBC_USERNAME"), password: env("MMBC_PASSWORD") },
  timeZone: "Asia/Jakarta", sandbox: false, logger: pino({ level: "silent" }),
});
const airports: Airport[] = await provider.airports();
const todayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" });
const rupiah = (n: number) => `Rp ${n.toLocaleString("id-ID")}`;

async function call<T = { message_id: number }>(method: string, payload: object): Promise<T> {
  const res = await request(apiBase + method, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) });
  const body = (await res.body.json()) as { ok: boolean; result: T; description?: string };
  if (!body.ok) throw new Error(`${method}: ${body.description}`);
  return body.result;
}
const send = (chatId: number, text: string, buttons?: Button[][]) =>
  call("sendMessage", { chat_id: chatId, text, ...(buttons ? { reply_markup: { inline_keyboard: buttons } } : {}) });

/** One step of the flow: what the state becomes (undefined: the flow is over). */
async function advance(chatId: number, s: State, text: string | undefined, data: string | undefined): Promise<State | undefined> {
  const airport = async (answer: string | undefined, tapped: string | undefined, question: string): Promise<string | "asked" | undefined> => {
    if (tapped?.startsWith("c:ap:")) return tapped.slice(5);
    const match = matchAirport(answer ?? "", airports);
    if (match.kind === "exact") return match.airport.code;
    if (match.kind === "choices") {
      await send(chatId, "Pilih bandara:", match.airports.slice(0, 6).map((a) => [{ text: `${a.city} (${a.code})`, callback_data: `c:ap:${a.code}` }]));
      return "asked";
    }
    await send(chatId, question);
    return undefined;
  };
  switch (s.step) {
    case "origin": case "origin-tap": case "destination": case "destination-tap": {
      const origin = s.step.startsWith("origin");
      const code = await airport(text, data, "Kota tidak dikenal, coba lagi.");
      if (code === "asked") return { ...s, step: origin ? "origin-tap" : "destination-tap" };
      if (!code) return s;
      await send(chatId, origin ? "Ke mana?" : "Tanggal berangkat? (contoh: 30-12-2026)");
      return origin ? { ...s, from: code, step: "destination" } : { ...s, to: code, step: "date" };
    }
    case "date": {
      const answer = parseTravelDate(text ?? "", todayFormat.format(new Date()));
      if (!answer.ok) {
        await send(chatId, "Tanggal tidak terbaca, coba lagi.");
        return s;
      }
      await send(chatId, "Berapa penumpang? (dewasa anak bayi, contoh: 2 1 0)");
      return { ...s, date: answer.date, step: "pax" };
    }
    case "pax": {
      const p = parsePax(text ?? "");
      if (!p.ok) return s;
      const searching = await send(chatId, "Mencari penerbangan…");
      const offers = (await provider.search({ from: s.from!, to: s.to!, date: s.date!, pax: p.pax })).sort((a, b) => a.price - b.price);
      if (offers.length === 0) {
        await call("editMessageText", { chat_id: chatId, message_id: searching.message_id, text: "Tidak ada penerbangan." });
        return undefined;
      }
      const shown = offers.slice(0, 8);
      await call("editMessageText", {
        chat_id: chatId, message_id: searching.message_id,
        text: `${s.from} → ${s.to}, ${s.date}: ${offers.length} penerbangan\n${shown.map((o, i) => `${i + 1}. ${o.airlineName} ${o.flightCode} ${o.departsAt.slice(11, 16)}–${o.arrivesAt.slice(11, 16)} ${rupiah(o.price)}`).join("\n")}`,
        reply_markup: { inline_keyboard: shown.map((o, i) => [{ text: `${o.flightCode} ${o.departsAt.slice(11, 16)} ${rupiah(o.price)}`, callback_data: `r:s${searching.message_id}:o:${i}` }]) },
      });
      return { ...s, pax: p.pax, shown, step: "pick" };
    }
    case "pick": {
      if (!data || !/^r:[\w-]+:o:\d+$/.test(data)) return s;
      const offer = s.shown![Number(data.split(":")[3])] ?? s.shown![0]!;
      const quote = await provider.quote(offer, s.pax!);
      await send(chatId, `${offer.airlineName} ${offer.flightCode}\nTotal: ${rupiah(quote.total)} · sisa ${quote.seatsLeft} kursi`, [[{ text: "Lanjut", callback_data: "c:q:go" }]]);
      return { ...s, shown: undefined, offer, quote, step: "go" };
    }
    case "go":
      if (data !== "c:q:go") return s;
      await send(chatId, "Nama penumpang dewasa 1 (contoh: Mr Budi Santoso)");
      return { ...s, step: "name" };
    case "name": {
      const n = parseTitledName(text ?? "", "adult");
      if (!n.ok) return s;
      const needsBirth = s.quote!.needs.birthDate;
      await send(chatId, needsBirth ? "Tanggal lahir (dd-mm-yyyy)?" : "E-mail kontak?");
      return { ...s, name: { title: n.title, fullName: n.fullName }, step: needsBirth ? "birth" : "email" };
    }
    case "birth": {
      const birthDate = parsePlainDate(text ?? "");
      if (!birthDate) return s;
      await send(chatId, "E-mail kontak?");
      return { ...s, birthDate, step: "email" };
    }
    case "email": {
      const email = parseEmail(text ?? "");
      if (!email) return s;
      await send(chatId, "Nomor HP kontak?");
      return { ...s, email, step: "phone" };
    }
    case "phone": {
      const phone = parsePhone(text ?? "");
      if (!phone) return s;
      await send(chatId, `Periksa sebelum booking:\n${s.offer!.flightCode} ${s.from} → ${s.to} ${s.date}\n${s.name!.title} ${s.name!.fullName}\n${s.email} · ${phone}\nTotal ${rupiah(s.quote!.total)}`,
        [[{ text: "Booking", callback_data: "c:sum:book" }]]);
      return { ...s, step: "book", email: `${s.email}\n${phone}` };
    }
    case "book": {
      if (data !== "c:sum:book") return s;
      const o = s.offer!;
      const [email, phone] = s.email!.split("\n") as [string, string];
      const made = await provider.book({
        provider: "mmbc", offerRef: o.ref, flightCode: o.flightCode, from: s.from!, to: s.to!, date: s.date!, pax: s.pax!,
        passengers: [{ type: "adult", title: s.name!.title as "Mr", fullName: s.name!.fullName, birthDate: s.birthDate }], contact: { email, phone },
      });
      await send(chatId, `Booking berhasil. Kode: ${made.code}\nBatas bayar: ${made.timelimit}`);
      return undefined;
    }
  }
}

async function handle(u: Incoming): Promise<void> {
  const chatId = u.message?.chat.id ?? u.callback_query?.message?.chat.id;
  if (chatId === undefined) return;
  const key = `${prefix}state:${chatId}`;
  const [[, claimed], [, raw]] = (await redis.pipeline().set(`${prefix}upd:${u.update_id}`, "1", "EX", 86_400, "NX").get(key).exec()) as [[null, string | null], [null, string | null]];
  if (!claimed) return;
  const text = u.message?.text;
  const data = u.callback_query?.data;
  if (u.callback_query) await call("answerCallbackQuery", { callback_query_id: u.callback_query.id });
  let state: State | undefined = raw ? (JSON.parse(raw) as State) : undefined;
  if (text === "/cari" || text === "/search") {
    await send(chatId, "Dari kota atau bandara mana?");
    state = { step: "origin" };
  } else if (state) {
    state = await advance(chatId, state, text, data);
  } else {
    await send(chatId, "Ketik /cari untuk mencari penerbangan.");
    return;
  }
  await (state ? redis.set(key, JSON.stringify(state), "EX", 86_400) : redis.del(key));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.once("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.once("error", reject);
  });
}

const secret = env("WEBHOOK_SECRET");
const server = createServer((req, res) => {
  if (req.headers["x-telegram-bot-api-secret-token"] !== secret) return void res.writeHead(401).end();
  void readBody(req)
    .then((body) => handle(JSON.parse(body) as Incoming))
    .then(() => res.writeHead(200).end(), (err: unknown) => {
      process.stderr.write(`floor: ${err instanceof Error ? err.message : String(err)}\n`);
      res.writeHead(500).end();
    });
});
await new Promise<void>((resolve) => server.listen(Number(env("PORT")), "127.0.0.1", () => resolve()));
await call("setWebhook", { url: env("WEBHOOK_URL"), secret_token: secret });
console.log("floor ready");
process.once("SIGTERM", () => {
  server.close();
  redis.disconnect();
  void provider.close().finally(() => process.exit(0));
});
