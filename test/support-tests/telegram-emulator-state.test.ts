import { autoRetry } from "@grammyjs/auto-retry";
import { InlineKeyboard, InputFile } from "grammy";
import { beforeEach, describe, expect, it } from "vitest";
import { alice, greet, group, rejection, useEmulator } from "./emulator-fixture.js";

const f = useEmulator();
beforeEach(() => greet(f.emulator));

const tooMany = { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } };

describe("files", () => {
  it("stores an uploaded document and re-sends it by file_id", async () => {
    const { emulator, bot } = f;
    const pdf = Buffer.from("%PDF-1.4 test");
    const markup = new InlineKeyboard().text("Batal", "cancel:ABC123");
    const first = await bot.api.sendDocument(alice.id, new InputFile(pdf, "etiket-ABC123.pdf"), {
      caption: "<b>E-tiket</b>",
      parse_mode: "HTML",
      reply_markup: markup,
    });
    expect(first.document).toMatchObject({ file_name: "etiket-ABC123.pdf", mime_type: "application/pdf", file_size: pdf.length });
    expect(first.caption).toBe("E-tiket");
    expect(first.reply_markup).toEqual(markup);
    const fileId = first.document?.file_id ?? "";
    expect(emulator.file(fileId)).toEqual(pdf);

    // Multipart fields were decoded against the spec: chat_id back to a number, reply_markup to JSON.
    const upload = emulator.calls.find((c) => c.method === "sendDocument");
    expect(upload?.payload).toMatchObject({ chat_id: alice.id, reply_markup: markup });
    expect(upload?.files?.[0]).toMatchObject({ field: "document", fileName: "etiket-ABC123.pdf", bytes: pdf });

    const second = await bot.api.sendDocument(alice.id, fileId);
    expect(second.document?.file_id).toBe(fileId);
    const file = await bot.api.getFile(fileId);
    const download = await fetch(`${emulator.apiRoot}/file/bot${emulator.token}/${file.file_path}`);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);

    const unknown = await rejection(bot.api.sendDocument(alice.id, "no-such-file"));
    expect(unknown.description).toBe("Bad Request: wrong file identifier/HTTP URL specified");
    expect(emulator.chatMessages(alice.id).filter((m) => m.document)).toHaveLength(2);
  });
});

describe("fault injection", () => {
  it("fails the next call with 429 and retry_after", async () => {
    const { emulator, bot } = f;
    emulator.failNext("sendMessage", tooMany);
    const error = await rejection(bot.api.sendMessage(alice.id, "x"));
    expect(error.error_code).toBe(429);
    expect(error.parameters.retry_after).toBe(1);
    expect(emulator.errors[0]?.injected).toBe(true);
    await bot.api.sendMessage(alice.id, "x");

    emulator.failNext("sendMessage", tooMany);
    bot.api.config.use(autoRetry({ maxRetryAttempts: 1, maxDelaySeconds: 2 }));
    await bot.api.sendMessage(alice.id, "retried");
    expect(emulator.lastBotMessage(alice.id)?.text).toBe("retried");
  });

  it("answers 403 for blocked chats", async () => {
    const { emulator, bot } = f;
    emulator.blockChat(alice.id);
    const error = await rejection(bot.api.sendMessage(alice.id, "x"));
    expect(error.error_code).toBe(403);
    expect(error.description).toBe("Forbidden: bot was blocked by the user");
  });

  it("explains a waitFor timeout with the last calls", async () => {
    const { emulator, bot } = f;
    await rejection(bot.api.sendMessage(alice.id, ""));
    await expect(emulator.waitFor(() => false, 50)).rejects.toThrow(/sendMessage .* failed: Bad Request: message text is empty/);
  });
});

describe("chat and bot state", () => {
  it("reports administrators and members", async () => {
    const { emulator, bot } = f;
    emulator.sendText({ chat: group, from: alice, text: "/start" });
    emulator.setChatAdministrators(group.id, [alice.id]);
    const admins = await bot.api.getChatAdministrators(group.id);
    expect(admins).toMatchObject([{ status: "administrator", user: { id: alice.id, first_name: "Alice" } }]);
    // Someone who never was in the group is "left", as Telegram answers; someone who wrote there is a member.
    expect((await bot.api.getChatMember(group.id, 2002)).status).toBe("left");
    emulator.sendText({ chat: group, from: { id: 2002, first_name: "Bob" }, text: "/start" });
    expect((await bot.api.getChatMember(group.id, 2002)).status).toBe("member");
    expect(await bot.api.getChat(group.id)).toMatchObject({ id: group.id, type: "group", title: "Agen Jakarta" });
  });

  it("keeps commands per scope and language", async () => {
    const { bot } = f;
    const chatScope = { type: "chat", chat_id: alice.id } as const;
    await bot.api.setMyCommands([{ command: "pesan", description: "Pesan tiket" }], { language_code: "id" });
    await bot.api.setMyCommands([{ command: "admin", description: "Admin" }], { scope: chatScope });
    expect(await bot.api.getMyCommands({ language_code: "id" })).toEqual([{ command: "pesan", description: "Pesan tiket" }]);
    expect(await bot.api.getMyCommands()).toEqual([]);
    expect(await bot.api.getMyCommands({ scope: chatScope })).toHaveLength(1);
  });

  it("answers 401 for a wrong token, 404 for an unknown method, and reads form bodies", async () => {
    const { emulator } = f;
    const unauthorized = await fetch(`${emulator.apiRoot}/bot999:WRONG/getMe`);
    expect(unauthorized.status).toBe(401);
    expect(await unauthorized.json()).toEqual({ ok: false, error_code: 401, description: "Unauthorized" });
    const missing = await fetch(`${emulator.apiRoot}/bot${emulator.token}/sendTelepathy`, { method: "POST" });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ ok: false, error_code: 404, description: "Not Found" });
    const form = await fetch(`${emulator.apiRoot}/bot${emulator.token}/sendMessage`, {
      method: "POST",
      body: new URLSearchParams({ chat_id: String(alice.id), text: "form", disable_notification: "true" }),
    });
    expect(await form.json()).toMatchObject({ ok: true, result: { text: "form", chat: { id: alice.id } } });
  });
});
