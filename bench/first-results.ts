/**
 * `npm run bench:first-results`: time to the first results on screen with 11 airlines of different
 * latency (issue 13: "= the fastest airline's", progressive search).
 *
 * One bot (src/main/assemble.ts, ROLE=bot) against the Telegram emulator, the MMBC sandbox (in this
 * process, its per-airline latency set with controls.setLatency) and a private redis-server. The 11
 * per-airline endpoints answer after 100 ms … 3 s (a different order each search), the all-airlines
 * answer after the slowest. For each search: from handing the bot the update that completes the
 * query (`/cari CGK SUB dd-mm-yyyy 1`) to the first editMessageText that shows flights, vs the
 * latency of the fastest airline that has flights on that route. The same searches run against a
 * bot whose provider does not search per airline ("at the end": what the chat showed before, the
 * list only once every airline has answered).
 *
 * Flags: --searches N (default 8).
 */
import { parseArgs } from "node:util";
import { pino } from "pino";
import { createConfig } from "../src/config.js";
import { assemble, type App } from "../src/main/assemble.js";
import { MmbcProvider } from "../src/providers/mmbc/mmbc-provider.js";
import { generateFlights } from "../src/sandbox/mmbc/flights/generate-flights.js";
import { startMmbcSandbox, type MmbcSandbox } from "../src/sandbox/mmbc/index.js";
import { PER_AIRLINE_ENDPOINTS } from "../src/sandbox/mmbc/types.js";
import { isoDateInZone, requestDate } from "../src/sandbox/mmbc/wire-format.js";
import { startRedisServer } from "../test/support/redis-server.js";
import { startTelegramEmulator, type TelegramEmulator } from "../test/support/telegram/index.js";
import { percentile } from "./flow/stats.js";

const { values } = parseArgs({ options: { searches: { type: "string" } } });
const SEARCHES = Number(values.searches ?? 8);
const ROUTES = [["CGK", "SUB"], ["CGK", "DPS"], ["SUB", "CGK"], ["CGK", "KNO"], ["DPS", "CGK"], ["CGK", "UPG"]] as const;
const SLOWEST_MS = 3_000;
/** 100 ms … 3 s, evenly spread over the 11 airlines. */
const LATENCIES = PER_AIRLINE_ENDPOINTS.map((_, i) => Math.round(100 + (i * (SLOWEST_MS - 100)) / (PER_AIRLINE_ENDPOINTS.length - 1)));

interface Search {
  route: string;
  fastestMs: number;
  fastestAirline: string;
  firstMs: { progressive: number; atEnd: number };
  /** The complete list on screen (the last edit). */
  completeMs: { progressive: number; atEnd: number };
  /** Edits of the results message while the search ran, and the shortest gap between two of them. */
  edits: number;
  minGapMs: number;
}

const redis = await startRedisServer();
const emulator = await startTelegramEmulator();
const sandbox = await startMmbcSandbox({ timeZone: "Asia/Jakarta" });
const logger = pino({ level: "silent" });
const bots = {
  progressive: await startBot(emulator, sandbox, true, "fr-prog"),
  atEnd: await startBot(emulator, sandbox, false, "fr-end"),
};
const results: Search[] = [];
try {
  console.log(`first-results bench: ${SEARCHES} searches; per-airline latency ${LATENCIES.join(", ")} ms (rotated each search); all-airlines answer ${SLOWEST_MS} ms`);
  // One search each first, not measured: the first render and Fluent message of a process cost more.
  for (const [k, bot] of [bots.progressive, bots.atEnd].entries()) await timeToFirstResults(bot, 890_000 + k, `/cari CGK SUB ${requestDate(isoDateInZone(Date.now() + 9 * 86_400_000, "Asia/Jakarta"))} 1`);
  for (let i = 0; i < SEARCHES; i++) {
    const [from, to] = ROUTES[i % ROUTES.length]!;
    const iso = isoDateInZone(Date.now() + (14 + i) * 86_400_000, "Asia/Jakarta");
    sandbox.controls.reset();
    sandbox.controls.setLatency("getflights-json", SLOWEST_MS);
    const latencyOf = new Map(PER_AIRLINE_ENDPOINTS.map((e, k) => [e, LATENCIES[(k + i * 3) % LATENCIES.length]!]));
    for (const [endpoint, ms] of latencyOf) sandbox.controls.setLatency(endpoint, ms);
    // The airline endpoints that have flights on this route and day; the others answer "no data".
    const flying = new Set(generateFlights(from, to, iso).map((f) => f.carrier.perAirline).filter((e) => e !== undefined));
    const fastest = [...flying].sort((a, b) => latencyOf.get(a)! - latencyOf.get(b)!)[0];
    if (!fastest) continue;
    const text = `/cari ${from} ${to} ${requestDate(iso)} 1`;
    const progressive = await timeToFirstResults(bots.progressive, 900_000 + i, text);
    const atEnd = await timeToFirstResults(bots.atEnd, 950_000 + i, text);
    const firstMs = { progressive: progressive.firstMs, atEnd: atEnd.firstMs };
    const completeMs = { progressive: progressive.lastMs, atEnd: atEnd.lastMs };
    const search = { route: `${from}→${to} ${iso}`, fastestMs: latencyOf.get(fastest)!, fastestAirline: fastest.replace("getflight", ""), firstMs, completeMs, edits: progressive.edits, minGapMs: progressive.minGapMs };
    results.push(search);
    console.log(`  ${search.route}: fastest airline with flights ${search.fastestAirline} ${search.fastestMs} ms · first results: progressive ${firstMs.progressive} ms, at the end ${firstMs.atEnd} ms · ${search.edits} edits, ≥ ${search.minGapMs} ms apart`);
  }
} finally {
  await bots.progressive.close();
  await bots.atEnd.close();
  await sandbox.close();
  await emulator.close();
  await redis.stop();
}

const over = results.map((r) => r.firstMs.progressive - r.fastestMs).sort((a, b) => a - b);
const sorted = (f: (r: Search) => number) => results.map(f).sort((a, b) => a - b);
const med = (xs: number[]) => Math.round(percentile(xs, 50));
console.log("");
console.log("                                            median     max");
console.log(`fastest airline with flights, ms            ${String(med(sorted((r) => r.fastestMs))).padStart(6)}  ${String(Math.max(...sorted((r) => r.fastestMs))).padStart(6)}`);
console.log(`first results, progressive, ms              ${String(med(sorted((r) => r.firstMs.progressive))).padStart(6)}  ${String(Math.max(...sorted((r) => r.firstMs.progressive))).padStart(6)}`);
console.log(`first results − fastest airline, ms         ${String(med(over)).padStart(6)}  ${String(Math.max(...over)).padStart(6)}`);
console.log(`first results, list only at the end, ms     ${String(med(sorted((r) => r.firstMs.atEnd))).padStart(6)}  ${String(Math.max(...sorted((r) => r.firstMs.atEnd))).padStart(6)}`);
console.log(`complete list, progressive, ms               ${String(med(sorted((r) => r.completeMs.progressive))).padStart(6)}  ${String(Math.max(...sorted((r) => r.completeMs.progressive))).padStart(6)}`);
console.log(`complete list, list only at the end, ms     ${String(med(sorted((r) => r.completeMs.atEnd))).padStart(6)}  ${String(Math.max(...sorted((r) => r.completeMs.atEnd))).padStart(6)}`);
console.log(`edits per search (progressive): ${results.map((r) => r.edits).join(", ")}; shortest gap between two edits of one chat ${Math.min(...results.map((r) => r.minGapMs))} ms`);

/** A bot of its own (namespace) sharing the emulator, Redis and sandbox; `perAirline` = progressive search. */
async function startBot(emulator: TelegramEmulator, sandbox: MmbcSandbox, perAirline: boolean, namespace: string): Promise<App & { provider: MmbcProvider }> {
  const config = createConfig({ BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, REDIS_URL: redis.url, LOG_LEVEL: "silent", ROLE: "bot" });
  const provider = new MmbcProvider({
    baseUrl: sandbox.baseUrl, credentials: sandbox.credentials, timeZone: config.TIMEZONE, sandbox: true, logger,
    progressiveSearch: perAirline, timeouts: { read: 20_000, search: 20_000, book: 20_000, issue: 20_000 },
  });
  const app = await assemble(config, { logger, botInfo: emulator.botInfo, namespace, runWorker: false, providers: { search: provider, byId: { mmbc: provider }, close: async () => undefined } });
  await app.bot.init();
  const closeApp = app.close.bind(app);
  return Object.assign(app, { provider, close: async () => { await closeApp(); await provider.close(); } });
}

/** From handing the bot the query's last update to the first edit that shows flights (the emulator's arrival time). */
async function timeToFirstResults(app: App, chatId: number, text: string): Promise<{ firstMs: number; lastMs: number; edits: number; minGapMs: number }> {
  const chat = { id: chatId, type: "private" as const };
  const from = { id: chatId, first_name: `Agen ${chatId}`, language_code: "id" };
  const seen = emulator.calls.length;
  const update = emulator.sendText({ chat, from, text });
  const sentAt = Date.now();
  await app.bot.handleUpdate(update);
  const edits = emulator.calls.slice(seen).filter((c) => c.method === "editMessageText" && c.ok && Number(c.payload["chat_id"]) === chatId);
  const first = edits.find((c) => JSON.stringify(c.payload["reply_markup"] ?? "").includes(":o:"));
  if (!first) throw new Error(`no results for "${text}" in chat ${chatId}`);
  const gaps = edits.slice(1).map((c, k) => c.at - edits[k]!.at);
  if (process.env.SHOW_EDITS) console.log(`    edits at ${edits.map((c) => `${c.at - sentAt}${JSON.stringify(c.payload["reply_markup"] ?? "").includes(":o:") ? "*" : ""}`).join(", ")} ms (* with flights)`);
  return { firstMs: first.at - sentAt, lastMs: edits.at(-1)!.at - sentAt, edits: edits.length, minGapMs: gaps.length ? Math.min(...gaps) : Number.NaN };
}
