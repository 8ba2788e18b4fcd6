import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Bot, InlineKeyboard, webhookCallback } from "grammy";
import { describe, expect, it } from "vitest";
import { startTelegramEmulator } from "../support/telegram/index.js";
import { alice, group, privateChat, rejection, useEmulator } from "./emulator-fixture.js";

const f = useEmulator();

describe("driving a real grammY bot", () => {
  it("round-trips a command through handleUpdate", async () => {
    const { emulator, bot } = f;
    bot.command("start", (ctx) => ctx.reply("<b>Halo</b> &amp; selamat datang", { parse_mode: "HTML" }));
    await bot.handleUpdate(emulator.sendText({ chat: { id: alice.id, type: "private" }, from: alice, text: "/start" }));

    const reply = emulator.lastBotMessage(alice.id);
    expect(reply?.text).toBe("Halo & selamat datang");
    expect(reply?.entities).toEqual([{ type: "bold", offset: 0, length: 4 }]);
    expect(emulator.chatMessages(alice.id).map((m) => m.text)).toEqual(["/start", "Halo & selamat datang"]);
    expect(emulator.errors).toEqual([]);
  });

  it("serves long polling to bot.start() and stops cleanly", async () => {
    const { emulator, bot } = f;
    bot.on("message:text", (ctx) => ctx.reply(`echo: ${ctx.message.text}`));
    let started = false;
    const running = bot.start({ onStart: () => void (started = true) });
    await emulator.waitFor(() => started);
    emulator.sendText({ chat: privateChat, from: alice, text: "pesan tiket" });
    await emulator.waitFor(() => emulator.lastBotMessage(alice.id)?.text === "echo: pesan tiket");
    await bot.stop();
    await running;
    expect(emulator.calls.some((c) => c.method === "deleteWebhook")).toBe(true);
    expect(emulator.takeUpdates()).toEqual([]); // confirmed by the offset of bot.stop()'s last poll
    expect(emulator.errors).toEqual([]);
  });

  it("ends a pending long poll on close()", async () => {
    const { emulator, bot } = f;
    const poll = bot.api.getUpdates({ timeout: 30 });
    await emulator.waitFor(() => emulator.calls.some((c) => c.method === "getUpdates"));
    await emulator.close();
    await expect(poll).resolves.toEqual([]);
  });

  it("clicks an inline button and lets the bot answer and edit", async () => {
    const { emulator, bot } = f;
    const keyboard = new InlineKeyboard().text("Ekonomi", "cls:Y").text("Bisnis", "cls:C");
    bot.command("book", (ctx) => ctx.reply("Pilih kelas", { reply_markup: keyboard }));
    bot.callbackQuery(/^cls:/, async (ctx) => {
      await ctx.answerCallbackQuery({ text: "Oke" });
      await ctx.editMessageText(`Kelas ${ctx.callbackQuery.data}`);
    });
    await bot.handleUpdate(emulator.sendText({ chat: privateChat, from: alice, text: "/book" }));
    const menu = emulator.lastBotMessage(alice.id);
    expect(menu?.reply_markup?.inline_keyboard[0]).toHaveLength(2);

    const click = emulator.clickButton({ chat: privateChat, from: alice, messageId: menu?.message_id ?? 0, text: "Bisnis" });
    expect(click.callback_query?.data).toBe("cls:C");
    expect(click.callback_query?.message?.message_id).toBe(menu?.message_id);
    await bot.handleUpdate(click);

    const edited = emulator.lastBotMessage(alice.id);
    expect(edited).toMatchObject({ text: "Kelas cls:C", edit_date: expect.any(Number) });
    expect(edited?.reply_markup).toBeUndefined(); // an edit without reply_markup drops the keyboard
    expect(() => emulator.clickButton({ chat: privateChat, from: alice, messageId: edited?.message_id ?? 0, data: "cls:Y" })).toThrow(
      /no button/,
    );
    const again = await rejection(bot.api.answerCallbackQuery(click.callback_query?.id ?? ""));
    expect(again.description).toBe("Bad Request: query is too old and response timeout expired or query ID is invalid");
  });

  it("answers inline queries once", async () => {
    const { emulator, bot } = f;
    const id = emulator.inlineQuery({ from: alice, query: "CGK" }).inline_query?.id ?? "";
    const article = { type: "article", id: "1", title: "CGK → DPS", input_message_content: { message_text: "CGK → DPS" } } as const;
    await bot.api.answerInlineQuery(id, [article]);
    expect((await rejection(bot.api.answerInlineQuery(id, [article]))).description).toMatch(/query ID is invalid/);
    const next = emulator.inlineQuery({ from: alice, query: "x" }).inline_query?.id ?? "";
    const results = Array.from({ length: 51 }, (_, i) => ({ ...article, id: String(i) }));
    expect((await rejection(bot.api.answerInlineQuery(next, results))).description).toBe("Bad Request: RESULTS_TOO_MUCH");
  });
});

describe("update delivery", () => {
  it("pushes updates to the webhook with the secret header", async () => {
    const { emulator, bot } = f;
    const secretToken = "s3cret_TOKEN-1";
    const seen: unknown[] = [];
    bot.on("message:text", (ctx) => ctx.reply(`webhook: ${ctx.message.text}`));
    const handle = webhookCallback(bot, "http", { secretToken });
    const server: Server = createServer((req, res) => {
      seen.push(req.headers["x-telegram-bot-api-secret-token"]);
      void handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tg`;
      await bot.api.setWebhook(url, { secret_token: secretToken });
      emulator.sendText({ chat: privateChat, from: alice, text: "cek" });
      await emulator.waitFor(() => emulator.lastBotMessage(alice.id)?.text === "webhook: cek");
      expect(seen).toEqual([secretToken]);
      expect(await bot.api.getWebhookInfo()).toMatchObject({ url, pending_update_count: 0 });
      expect((await rejection(bot.api.getUpdates())).error_code).toBe(409);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("with webhookConnections, delivers several chats at once and each chat in order", async () => {
    const delivered: number[] = [];
    const emulator = await startTelegramEmulator({ token: "424242:CONCURRENT", webhookConnections: 10, onWebhookDelivered: (u) => delivered.push(u.update_id) });
    // The webhook holds requests until two chats are in flight together, then answers them all (and the rest at once).
    let opened = false;
    const inFlight = new Map<number, string[]>();
    const order: string[] = [];
    const waiting: (() => void)[] = [];
    const server: Server = createServer((req, res) => {
      let body = "";
      req.on("data", (d: Buffer) => (body += d.toString()));
      req.on("end", () => {
        const update = JSON.parse(body) as { message: { chat: { id: number }; text: string } };
        const chat = update.message.chat.id;
        inFlight.set(chat, [...(inFlight.get(chat) ?? []), update.message.text]);
        order.push(`${chat}:${update.message.text}`);
        const answer = () => {
          inFlight.get(chat)!.pop();
          res.writeHead(200).end();
        };
        if (opened || new Set([...inFlight].filter(([, v]) => v.length > 0).map(([k]) => k)).size >= 2) {
          opened = true;
          answer();
          for (const w of waiting.splice(0)) w();
        } else waiting.push(answer);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const bob = { id: 777_002, first_name: "Bob" };
    try {
      const bot = new Bot(emulator.token, { botInfo: emulator.botInfo, client: { apiRoot: emulator.apiRoot } });
      await bot.api.setWebhook(`http://127.0.0.1:${(server.address() as AddressInfo).port}/tg`);
      emulator.sendText({ chat: privateChat, from: alice, text: "a1" });
      emulator.sendText({ chat: privateChat, from: alice, text: "a2" });
      emulator.sendText({ chat: { id: bob.id, type: "private" }, from: bob, text: "b1" });
      await emulator.waitFor(() => delivered.length === 3);
      // Alice's second update waited for her first; Bob's went out beside it (a single connection would have hung).
      expect(order.filter((o) => o.startsWith(`${alice.id}:`))).toEqual([`${alice.id}:a1`, `${alice.id}:a2`]);
      expect(order.indexOf(`${bob.id}:b1`)).toBeLessThan(order.indexOf(`${alice.id}:a2`));
      expect(Math.max(...[...inFlight.values()].map((v) => v.length))).toBe(0);
    } finally {
      await emulator.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("hands out updates by offset and limit", async () => {
    const { emulator, bot } = f;
    for (const text of ["a", "b", "c"]) emulator.sendText({ chat: privateChat, from: alice, text });
    const firstTwo = await bot.api.getUpdates({ limit: 2 });
    expect(firstTwo.map((u) => u.message?.text)).toEqual(["a", "b"]);
    const rest = await bot.api.getUpdates({ offset: (firstTwo[1]?.update_id ?? 0) + 1, timeout: 0 });
    expect(rest.map((u) => u.message?.text)).toEqual(["c"]);
    // The long poll returns as soon as "d" is queued; its timeout only has to outlast a busy machine.
    const waiting = bot.api.getUpdates({ offset: (rest[0]?.update_id ?? 0) + 1, timeout: 25 });
    setTimeout(() => emulator.sendText({ chat: privateChat, from: alice, text: "d" }), 20);
    expect((await waiting).map((u) => u.message?.text)).toEqual(["d"]);
  });

  it("applies privacy mode in groups", async () => {
    const { emulator, bot } = f;
    const say = (text: string, replyToMessageId?: number) => emulator.sendText({ chat: group, from: alice, text, replyToMessageId });
    expect(say("halo semua")).toBeNull();
    expect(say("/start@OtherBot")).toBeNull();
    expect(say("/pesan CGK DPS")?.message?.entities).toEqual([{ type: "bot_command", offset: 0, length: 6 }]);
    expect(say("/pesan@AgenTiketBot")?.message?.text).toBe("/pesan@AgenTiketBot");
    expect(say("tolong @AgenTiketBot")).not.toBeNull();
    const botMessage = await bot.api.sendMessage(group.id, "Siap");
    expect(say("ini balasan", botMessage.message_id)?.message?.reply_to_message?.text).toBe("Siap");
    expect(emulator.takeUpdates()).toHaveLength(4);
    expect(emulator.chatMessages(group.id)).toHaveLength(7); // hidden messages are still in the chat

    const open = await startTelegramEmulator({ privacyMode: false });
    try {
      expect(open.botInfo.can_read_all_group_messages).toBe(true);
      expect(open.sendText({ chat: group, from: alice, text: "halo semua" })).not.toBeNull();
    } finally {
      await open.close();
    }
  });

  it("migrates a group to a supergroup", async () => {
    const { emulator, bot } = f;
    emulator.sendText({ chat: group, from: alice, text: "/start" });
    emulator.migrateGroup(group, -1001234);
    const updates = emulator.takeUpdates();
    expect(updates.map((u) => u.message?.migrate_to_chat_id ?? u.message?.migrate_from_chat_id)).toEqual([undefined, -1001234, group.id]);
    const error = await rejection(bot.api.sendMessage(group.id, "x"));
    expect(error.parameters.migrate_to_chat_id).toBe(-1001234);
    await bot.api.sendMessage(-1001234, "pindah");
  });
});
