/**
 * `npm run demo`: the real bot, a local Telegram Bot API emulator and the built-in MMBC sandbox, all in
 * this process, with a scripted agent booking and issuing a ticket. Needs nothing but Node and Redis
 * (and finds or starts a Redis by itself). Env: REDIS_URL, LOG_LEVEL (default silent; logs go to stderr).
 */
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { pino } from "pino";
import { createConfig } from "../src/config.js";
import { assemble, type App } from "../src/main/assemble.js";
import { MmbcProvider } from "../src/providers/mmbc/mmbc-provider.js";
import { startMmbcSandbox, type MmbcSandbox } from "../src/sandbox/mmbc/index.js";
import { startTelegramEmulator, type TelegramEmulator } from "../test/support/telegram/index.js";
import { DemoAgent } from "./agent.js";
import { dropNamespace, pickRedis, type DemoRedis } from "./redis.js";
import { runScript, travelDate } from "./script.js";
import { customerCardScene } from "./customer-card-scene.js";
import { runCalendarScene } from "./calendar-scene.js";
import { Transcript } from "./transcript.js";

const OUTPUT_DIR = "demo-output";
const LOG_LEVELS = new Set(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

async function main(): Promise<number> {
  const started = Date.now();
  const level = process.env.LOG_LEVEL && LOG_LEVELS.has(process.env.LOG_LEVEL) ? process.env.LOG_LEVEL : "silent";
  // stderr, synchronously: the transcript owns stdout and the process exits right after.
  const logger = pino({ level }, pino.destination({ fd: 2, sync: true }));
  const cleanups: (() => Promise<unknown>)[] = [];
  let emulator: TelegramEmulator | undefined;
  try {
    const redis: DemoRedis = await pickRedis(process.env);
    cleanups.push(() => redis.stop());
    emulator = await startTelegramEmulator();
    const em = emulator;
    cleanups.push(() => em.close());
    const sandbox: MmbcSandbox = await startMmbcSandbox({ timeZone: "Asia/Jakarta" });
    cleanups.push(() => sandbox.close());

    // Built from an explicit env, never process.env: MMBC credentials exported in this shell must
    // not turn the demo into real bookings.
    const config = createConfig({ BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, REDIS_URL: redis.url, LOG_LEVEL: level });
    const provider = new MmbcProvider({ baseUrl: sandbox.baseUrl, credentials: sandbox.credentials, timeZone: config.TIMEZONE, sandbox: true, logger: logger.child({ provider: "mmbc" }) });
    cleanups.push(() => provider.close());
    // A random namespace: runs against a shared Redis never see each other's keys.
    const namespace = `demo-${randomBytes(4).toString("hex")}`;
    cleanups.push(() => dropNamespace(redis.url, namespace));
    const app: App = await assemble(config, {
      logger, botInfo: emulator.botInfo, namespace, providers: { search: provider, byId: { mmbc: provider }, close: () => provider.close() },
      autoRetry: { maxRetryAttempts: 1, maxDelaySeconds: 1 },
    });
    cleanups.push(() => app.close());
    await app.bot.init();

    console.log("🧪 Agen Tiket demo — the real bot, a local Telegram emulator, the built-in MMBC sandbox (no real money)");
    console.log(`   Redis: ${redis.source} (namespace ${namespace})`);

    const budi = { id: 5001, first_name: "Budi", last_name: "Santoso", language_code: "id" };
    const transcript = new Transcript(emulator, budi.id);
    const agent = new DemoAgent(app.bot, emulator, budi, transcript);
    const result = await runScript(agent, emulator, transcript);
    await runCalendarScene(agent, transcript);

    const file = resolve(OUTPUT_DIR, result.ticket.fileName);
    await mkdir(OUTPUT_DIR, { recursive: true });
    await writeFile(file, result.ticket.bytes);
    const cards = await customerCardScene(agent, emulator, transcript, result.code, travelDate(21));
    await writeFile(resolve(OUTPUT_DIR, "customer-card.png"), cards.booking);
    await writeFile(resolve(OUTPUT_DIR, "customer-card-comparison.png"), cards.comparison);

    if (emulator.errors.length) {
      console.error(`\n❌ The bot made ${emulator.errors.length} Bot API call(s) that Telegram would reject:`);
      for (const e of emulator.errors) console.error(`   ${e.method}: ${JSON.stringify(e.response)}`);
      return 1;
    }
    console.log("");
    console.log(`✅ Booked and issued ${result.code} in ${((Date.now() - started) / 1000).toFixed(1)} s; sandbox deposit left: Rp ${sandbox.controls.getBalance().toLocaleString("id-ID")}`);
    console.log(`📄 E-ticket saved to ${relative(process.cwd(), file) || join(OUTPUT_DIR, result.ticket.fileName)}`);
    console.log(`🖼  Customer cards saved to ${join(OUTPUT_DIR, "customer-card.png")} and ${join(OUTPUT_DIR, "customer-card-comparison.png")}`);
    return 0;
  } catch (err) {
    console.error(`\n❌ Demo failed: ${err instanceof Error ? err.message : String(err)}`);
    if (emulator?.errors.length) {
      console.error("   Rejected Bot API calls:");
      for (const e of emulator.errors) console.error(`   ${e.method}: ${JSON.stringify(e.response)}`);
    }
    if (level === "debug" || level === "trace") console.error(err);
    else console.error("   For the bot's own logs, run it again with LOG_LEVEL=debug.");
    return 1;
  } finally {
    // Reverse order: the bot goes before its Redis, emulator and sandbox.
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }
}

// Explicit exit: a stray keep-alive socket must not keep a finished demo hanging.
main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
