import { execFileSync } from "node:child_process";
import { format } from "date-fns/format";
import { addDays } from "date-fns/addDays";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { deployedEntry } from "../../bench/flow/processes.js";
import { startBotProcess, type BotProcess } from "../support/bot-process.js";
import { startTelegramEmulator, type StoredMessage, type TelegramEmulator } from "../support/telegram/index.js";

// `npm start` runs the bundle (scripts/bundle.ts), not the per-file build the other tests cover through
// tsx: this runs it as the image does, on its built-in defaults (every role, the in-process sandbox), so
// what only bundling can break shows here: locales read from the project root, the CommonJS packages
// inside, lazy chunks (the sandbox, the worker) and the packages left outside (BullMQ, pino, ioredis).
const NAMESPACE = `bundle${process.pid}`;
let emulator: TelegramEmulator;
let bot: BotProcess;
beforeAll(async () => {
  execFileSync(process.execPath, ["--import", "tsx", "scripts/bundle.ts"], { stdio: "inherit" });
  emulator = await startTelegramEmulator({ token: "5551234:BUNDLE" });
  bot = startBotProcess({
    BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, REDIS_URL: inject("redisUrl"), REDIS_NAMESPACE: NAMESPACE,
    BOT_MODE: "polling", LOG_LEVEL: "info",
  }, deployedEntry());
}, 60_000);
afterAll(async () => {
  bot?.child.kill("SIGTERM");
  await bot?.exited;
  await emulator?.close();
});

describe("the bundle npm start runs", { timeout: 90_000 }, () => {
  it("starts with its worker on the built-in sandbox, answers in both languages, books, issues and sends the e-ticket", async () => {
    await emulator.waitFor(() => emulator.calls.some((c) => c.method === "getUpdates"), 30_000);
    expect(bot.output()).toContain('"msg":"bot ready"');
    // BullMQ's worker names its connection after the queue: the worker chunk loaded and connected.
    const redis = new Redis(inject("redisUrl"));
    const clients = await emulator.waitFor(async () => {
      const list = String(await redis.client("LIST"));
      return new RegExp(`name=${NAMESPACE}:bull:`).test(list) ? list : undefined;
    }, 20_000).finally(() => redis.disconnect());
    expect(clients).toBeTruthy();

    const en = { id: 7701, first_name: "Agent", language_code: "en" };
    emulator.sendText({ chat: { id: en.id, type: "private" }, from: en, text: "/start" });
    expect((await emulator.waitFor(() => emulator.lastBotMessage(en.id), 20_000)).text).toContain("Flight booking assistant");

    const id = { id: 7702, first_name: "Agen", language_code: "id" };
    const date = format(addDays(new Date(), 12), "dd-MM-yyyy");
    emulator.sendText({ chat: { id: id.id, type: "private" }, from: id, text: `/cari CGK SUB ${date} 1` });
    const results = await emulator.waitFor(() => {
      const last = emulator.lastBotMessage(id.id);
      return last?.reply_markup?.inline_keyboard.flat().some((b) => /Rp/.test(b.text)) ? last : undefined;
    }, 30_000);
    expect(results.text).toMatch(/CGK.*SUB/s);

    // Through to the e-ticket: booking, issuing and the worker's PDF (pdf-lib, BullMQ) in the bundle.
    const chat = { id: id.id, type: "private" as const };
    const seen = () => emulator.chatMessages(id.id).filter((m) => m.fromBot).length;
    const next = async (act: () => unknown) => {
      const before = seen();
      act();
      return emulator.waitFor(() => (seen() > before ? emulator.lastBotMessage(id.id) : undefined), 30_000);
    };
    const tap = (message: StoredMessage, label: RegExp) => {
      const data = message.reply_markup!.inline_keyboard.flat().flatMap((b) => ("callback_data" in b && label.test(b.text) ? [b.callback_data] : []))[0]!;
      return next(() => emulator.clickButton({ chat, from: id, messageId: message.message_id, data }));
    };
    const say = (text: string) => next(() => emulator.sendText({ chat, from: id, text }));
    const quote = await tap(results, /Rp/);
    await tap(quote, /Lanjut/);
    if (/Tanggal lahir/.test((await say("Mr Budi Santoso")).text ?? "")) await say("17-08-1990");
    await say("agen@example.com");
    await tap(await say("081234567890"), /Booking/);
    const code = /Kode: ([A-Z0-9]{6})/.exec((await emulator.waitFor(() => emulator.chatMessages(id.id).find((x) => /Kode: [A-Z0-9]{6}/.test(x.text ?? "")), 30_000)).text!)![1]!;
    const confirm = await say(`/issued ${code}`);
    await tap(confirm, /Issued/);
    const pdf = await emulator.waitFor(() => emulator.chatMessages(id.id).find((x) => x.document), 30_000);
    expect(pdf.document!.file_name).toContain(code);

    expect(bot.output()).not.toMatch(/"level":(50|60)/);
    expect(emulator.errors.filter((e) => !e.injected)).toEqual([]);
  });
});
