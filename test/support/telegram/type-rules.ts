// Rules that the spec states only in prose, keyed by the type they apply to. Each returns the
// error detail Telegram would give, or undefined.

type Rule = (value: Record<string, unknown>, path: string) => string | undefined;

const BUTTON_ACTIONS = [
  "callback_data",
  "url",
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat",
  "copy_text",
  "web_app",
  "login_url",
  "callback_game",
  "pay",
];

// Not documented; the commonly observed limits (grammy-stack §6). Over them Telegram answers
// REPLY_MARKUP_TOO_LONG or silently drops buttons, so tests should fail early.
const MAX_BUTTONS = 100;
const MAX_BUTTONS_PER_ROW = 8;

export const typeRules: Record<string, Rule> = {
  InlineKeyboardButton(button) {
    const actions = BUTTON_ACTIONS.filter((name) => button[name] !== undefined);
    if (actions.length === 0) {
      return "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard";
    }
    if (actions.length > 1) {
      return `can't parse inline keyboard button: exactly one of the optional fields must be used, got ${actions.join(", ")}`;
    }
    const data = button["callback_data"];
    if (typeof data === "string" && (data.length === 0 || Buffer.byteLength(data, "utf8") > 64)) {
      return "BUTTON_DATA_INVALID";
    }
    return undefined;
  },

  InlineKeyboardMarkup(markup) {
    const rows = markup["inline_keyboard"] as unknown[][];
    const total = rows.reduce((sum, row) => sum + row.length, 0);
    if (total > MAX_BUTTONS || rows.some((row) => row.length > MAX_BUTTONS_PER_ROW)) {
      return "REPLY_MARKUP_TOO_LONG";
    }
    return undefined;
  },

  BotCommand(command) {
    if (!/^[a-z0-9_]{1,32}$/.test(String(command["command"]))) return "BOT_COMMAND_INVALID";
    const description = String(command["description"]);
    if (description.length < 1 || description.length > 256) return "BOT_COMMAND_DESCRIPTION_INVALID";
    return undefined;
  },
};
