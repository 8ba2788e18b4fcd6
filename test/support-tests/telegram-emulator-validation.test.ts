import { type Bot, InlineKeyboard, InputFile } from "grammy";
import { beforeEach, describe, expect, it } from "vitest";
import { alice, greet, rejection, useEmulator } from "./emulator-fixture.js";

const f = useEmulator();
beforeEach(() => greet(f.emulator));

const html = { parse_mode: "HTML" } as const;
const buttons = (count: number) => [Array.from({ length: count }, (_, i) => ({ text: `${i}`, callback_data: `${i}` }))];

// [name, call, exact description or pattern]
const cases: [string, (bot: Bot) => Promise<unknown>, string | RegExp][] = [
  ["text of 4097 characters", (bot) => bot.api.sendMessage(alice.id, "a".repeat(4097)), "Bad Request: message is too long"],
  ["empty text", (bot) => bot.api.sendMessage(alice.id, "  "), "Bad Request: message text is empty"],
  [
    "caption of 1025 characters",
    (bot) => bot.api.sendDocument(alice.id, new InputFile(Buffer.from("x"), "a.txt"), { caption: "c".repeat(1025) }),
    "Bad Request: message caption is too long",
  ],
  [
    "callback_data of 65 bytes",
    (bot) => bot.api.sendMessage(alice.id, "x", { reply_markup: new InlineKeyboard().text("go", "é".repeat(32) + "a") }),
    "Bad Request: BUTTON_DATA_INVALID",
  ],
  ["unclosed HTML tag", (bot) => bot.api.sendMessage(alice.id, "<b>halo", html), "Bad Request: can't parse entities: Can't find end tag corresponding to start tag b"],
  ["unsupported HTML tag", (bot) => bot.api.sendMessage(alice.id, "a <foo>b</foo>", html), 'Bad Request: can\'t parse entities: Unsupported start tag "foo" at byte offset 2'],
  ["bare <", (bot) => bot.api.sendMessage(alice.id, "harga < 1jt", html), 'Bad Request: can\'t parse entities: Unsupported start tag "" at byte offset 6'],
  ["bare ampersand", (bot) => bot.api.sendMessage(alice.id, "Tom & Jerry", html), "Bad Request: can't parse entities: Character entity expected at byte offset 4"],
  ["crossed tags", (bot) => bot.api.sendMessage(alice.id, "<b><i>x</b></i>", html), /Unmatched end tag at byte offset 7, expected "<\/i>", found "<\/b>"/],
  ["unknown field", (bot) => bot.api.raw.sendMessage({ chat_id: alice.id, text: "x", colour: "red" } as never), 'Bad Request: unknown parameter "colour"'],
  ["missing required field", (bot) => bot.api.raw.sendMessage({ text: "x" } as never), 'Bad Request: parameter "chat_id" is required'],
  ["wrong type", (bot) => bot.api.raw.sendMessage({ chat_id: true, text: "x" } as never), 'Bad Request: parameter "chat_id" must be Integer or String'],
  [
    "wrong nested type",
    (bot) => bot.api.sendMessage(alice.id, "x", { reply_markup: { inline_keyboard: [[{ text: 5, callback_data: "a" }]] } as never }),
    'Bad Request: field "reply_markup.inline_keyboard[0][0].text" must be String',
  ],
  [
    "button without action",
    (bot) => bot.api.sendMessage(alice.id, "x", { reply_markup: { inline_keyboard: [[{ text: "a" }]] } as never }),
    /Text buttons are unallowed/,
  ],
  [
    "button with two actions",
    (bot) => bot.api.sendMessage(alice.id, "x", { reply_markup: { inline_keyboard: [[{ text: "a", callback_data: "a", url: "https://x.id" }]] } as never }),
    /exactly one of the optional fields/,
  ],
  ["nine buttons in a row", (bot) => bot.api.sendMessage(alice.id, "x", { reply_markup: { inline_keyboard: buttons(9) } }), "Bad Request: REPLY_MARKUP_TOO_LONG"],
  ["edit without message identifier", (bot) => bot.api.raw.editMessageText({ text: "x" }), /message identifier is not specified/],
  ["callback answer over 200 characters", (bot) => bot.api.answerCallbackQuery("1", { text: "x".repeat(201) }), "Bad Request: MESSAGE_TOO_LONG"],
  ["bad command name", (bot) => bot.api.setMyCommands([{ command: "Pesan", description: "x" }]), "Bad Request: BOT_COMMAND_INVALID"],
  ["bad secret token", (bot) => bot.api.setWebhook("http://127.0.0.1:1/x", { secret_token: "no spaces" }), /unallowed characters/],
  ["unknown chat", (bot) => bot.api.sendMessage(424242, "x"), "Bad Request: chat not found"],
  ["missing reply target", (bot) => bot.api.sendMessage(alice.id, "x", { reply_parameters: { message_id: 999 } }), "Bad Request: message to be replied not found"],
  ["deleting a missing message", (bot) => bot.api.deleteMessage(alice.id, 999), "Bad Request: message to delete not found"],
  ["editing a missing message", (bot) => bot.api.editMessageText(alice.id, 999, "x"), "Bad Request: message to edit not found"],
  ["editing the user's message", (bot) => bot.api.editMessageText(alice.id, 1, "x"), "Bad Request: message to edit not found"],
  ["entity out of bounds", (bot) => bot.api.sendMessage(alice.id, "abc", { entities: [{ type: "bold", offset: 2, length: 5 }] }), /outside the text/],
];

describe("validation", () => {
  it.each(cases)("rejects %s with a 400", async (_name, call, description) => {
    const error = await rejection(call(f.bot));
    expect(error.error_code).toBe(400);
    if (typeof description === "string") expect(error.description).toBe(description);
    else expect(error.description).toMatch(description);
    expect(f.emulator.errors.at(-1)?.response).toMatchObject({ ok: false, error_code: 400 });
  });

  it("accepts values right at the limits", async () => {
    const { emulator, bot } = f;
    await bot.api.sendMessage(alice.id, `<b>${"a".repeat(4096)}</b>`, html); // the limit counts parsed text
    await bot.api.sendMessage(alice.id, "x", { reply_markup: new InlineKeyboard().text("go", "é".repeat(32)) });
    await bot.api.sendMessage(alice.id, "x", { reply_markup: { inline_keyboard: buttons(8) } });
    expect(emulator.errors).toEqual([]);
  });

  it("records the rejected payload", async () => {
    const { emulator, bot } = f;
    await rejection(bot.api.sendMessage(alice.id, "<i>x", html));
    expect(emulator.errors).toHaveLength(1);
    expect(emulator.errors[0]).toMatchObject({ method: "sendMessage", ok: false, payload: { chat_id: alice.id, text: "<i>x" } });
  });

  it("refuses an edit that changes nothing", async () => {
    const { bot } = f;
    const markup = new InlineKeyboard().text("A", "a");
    const sent = await bot.api.sendMessage(alice.id, "<b>Harga</b>", { ...html, reply_markup: markup });
    const same = await rejection(bot.api.editMessageText(alice.id, sent.message_id, "<b>Harga</b>", { ...html, reply_markup: markup }));
    expect(same.description).toBe(
      "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
    );
    await bot.api.editMessageText(alice.id, sent.message_id, "<b>Harga</b>", html); // dropping the keyboard is a change
    await expect(bot.api.editMessageReplyMarkup(alice.id, sent.message_id)).rejects.toThrow(/message is not modified/);
  });

  it("parses nested HTML into UTF-16 entities", async () => {
    const { bot } = f;
    const text =
      '✈️ <b>CGK <i>→</i></b> <a href="https://tiket.com/?a=1&amp;b=2">link</a>\n' +
      '<pre><code class="language-txt">PNR</code></pre> <tg-spoiler>x</tg-spoiler> <blockquote expandable>q</blockquote>';
    const sent = await bot.api.sendMessage(alice.id, text, html);
    expect(sent.text).toBe("✈️ CGK → link\nPNR x q");
    expect(sent.entities).toEqual([
      { type: "bold", offset: 3, length: 5 },
      { type: "italic", offset: 7, length: 1 },
      { type: "text_link", offset: 9, length: 4, url: "https://tiket.com/?a=1&b=2" },
      { type: "pre", offset: 14, length: 3, language: "txt" },
      { type: "spoiler", offset: 18, length: 1 },
      { type: "expandable_blockquote", offset: 20, length: 1 },
    ]);
  });
});
