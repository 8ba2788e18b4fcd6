import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { Api, GrammyError, HttpError, InputFile } from "grammy";
import { afterAll, describe, expect, it } from "vitest";
import { botApiFetch } from "../../src/telegram/bot-api-fetch.js";
import { noticeWhile, typingWhile } from "../../src/bot/typing-while.js";
import { startTelegramEmulator } from "../support/telegram/index.js";

// grammY's API client on our undici fetch, against the strict Bot API emulator and a proxy that answers HTML.
const emulator = await startTelegramEmulator();
const api = new Api(emulator.token, { apiRoot: emulator.apiRoot, fetch: botApiFetch() });
const user = { id: 4242, first_name: "Agen" };
const chat = { id: 4242, type: "private" as const };
emulator.sendText({ chat, from: user, text: "/start" });

const htmlProxy = createServer((_req, res) => res.writeHead(502, { "content-type": "text/html" }).end("<html><body>502 Bad Gateway</body></html>"));
await new Promise<void>((resolve) => htmlProxy.listen(0, "127.0.0.1", resolve));
const proxyRoot = `http://127.0.0.1:${(htmlProxy.address() as AddressInfo).port}`;

afterAll(async () => {
  await emulator.close();
  await new Promise<void>((resolve) => htmlProxy.close(() => resolve()));
});

const callsOf = (method: string) => emulator.calls.filter((c) => c.method === method && Number(c.payload.chat_id) === chat.id);

describe("the Bot API client on undici", () => {
  it("sends JSON calls and reads their results", async () => {
    const sent = await api.sendMessage(chat.id, "<b>Halo</b>", { parse_mode: "HTML", reply_markup: { inline_keyboard: [[{ text: "OK", callback_data: "x" }]] } });
    expect(sent.text).toBe("Halo");
    expect(emulator.lastBotMessage(chat.id)?.reply_markup?.inline_keyboard[0]?.[0]).toMatchObject({ callback_data: "x" });
  });

  it("uploads files as multipart streams", async () => {
    const bytes = Buffer.from("%PDF-1.4 e-ticket");
    const sent = await api.sendDocument(chat.id, new InputFile(bytes, "ticket.pdf"), { caption: "E-tiket" });
    expect(emulator.file(sent.document!.file_id)).toEqual(bytes);
  });

  it("turns Telegram's JSON errors into GrammyError, whatever the status", async () => {
    const err = await api.sendMessage(999_999_999, "to nobody").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GrammyError);
    expect((err as GrammyError).error_code).toBe(400);
  });

  it("turns an HTML error page into HttpError", async () => {
    const behindProxy = new Api(emulator.token, { apiRoot: proxyRoot, fetch: botApiFetch() });
    await expect(behindProxy.sendMessage(chat.id, "x")).rejects.toBeInstanceOf(HttpError);
  });

  it("honours grammY's timeout (abort signal)", async () => {
    const hanging = createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", resolve));
    const slow = new Api(emulator.token, { apiRoot: `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`, fetch: botApiFetch(), timeoutSeconds: 0.3 });
    const started = Date.now();
    await expect(slow.sendMessage(chat.id, "x")).rejects.toBeInstanceOf(HttpError);
    expect(Date.now() - started).toBeLessThan(5_000);
    hanging.closeAllConnections();
    hanging.close();
  });
});

describe("typing only while a reply takes noticeable time", () => {
  it("a quick answer sends no chat action", async () => {
    const before = callsOf("sendChatAction").length;
    expect(await typingWhile(api, chat.id, Promise.resolve(7), 200)).toBe(7);
    await sleep(300);
    expect(callsOf("sendChatAction").length).toBe(before);
  });

  it("a slow one shows typing once it has taken longer than the threshold", async () => {
    const before = callsOf("sendChatAction").length;
    await typingWhile(api, chat.id, sleep(250).then(() => "done"), 50);
    const actions = callsOf("sendChatAction").slice(before);
    expect(actions.map((c) => c.payload.action)).toEqual(["typing"]);
  });

  it("a failure of the work is the caller's; the timer is cleared", async () => {
    const before = callsOf("sendChatAction").length;
    await expect(typingWhile(api, chat.id, Promise.reject(new Error("provider down")), 100)).rejects.toThrow("provider down");
    await sleep(200);
    expect(callsOf("sendChatAction").length).toBe(before);
  });
});

describe("a notice only when the work is slow, never after its answer", () => {
  it("the work's answer waits for a notice still being sent", async () => {
    const order: string[] = [];
    const slowNotice = () => sleep(150).then(() => void order.push("notice"));
    const result = await noticeWhile(sleep(60).then(() => "booked"), slowNotice, 20);
    order.push(result);
    expect(order).toEqual(["notice", "booked"]);
  });

  it("a failed notice leaves the work's answer as it is", async () => {
    const result = await noticeWhile(sleep(60).then(() => "booked"), () => Promise.reject(new Error("blocked")), 10);
    expect(result).toBe("booked");
  });

  it("quick work sends no notice", async () => {
    let sent = 0;
    expect(await noticeWhile(Promise.resolve(1), async () => void sent++, 50)).toBe(1);
    await sleep(100);
    expect(sent).toBe(0);
  });
});

describe("half an emoji in a call (a lone surrogate)", () => {
  it("the emulator refuses it as Telegram does; through botApiFetch it arrives as U+FFFD and is sent", async () => {
    const plain = new Api(emulator.token, { apiRoot: emulator.apiRoot });
    const refused = await plain.sendMessage(chat.id, "dipotong \ud83d").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GrammyError);
    expect((refused as GrammyError).description).toBe("Bad Request: strings must be encoded in UTF-8");
    const sent = await api.sendMessage(chat.id, "dipotong \ud83d", { reply_markup: { inline_keyboard: [[{ text: "ok \ude00", callback_data: "x" }]] } });
    expect(sent.text).toBe("dipotong \ufffd");
  });

  it("whole emoji, and a backslash-u typed as text, pass unchanged", async () => {
    const sent = await api.sendMessage(chat.id, "😀 ok \\ud83d");
    expect(sent.text).toBe("😀 ok \\ud83d");
  });
});
