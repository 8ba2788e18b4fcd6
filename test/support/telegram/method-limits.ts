import { badRequest } from "./errors.js";
import type { Payload } from "./context.js";

// Method-level rules that the spec states only in prose (grammy-stack §6).

const bytes = (s: unknown) => Buffer.byteLength(String(s), "utf8");

function requireMessageIdentifier(p: Payload): void {
  const viaChat = p["chat_id"] !== undefined && p["message_id"] !== undefined;
  const viaInline = p["inline_message_id"] !== undefined;
  if (viaChat === viaInline) {
    throw badRequest(
      viaChat
        ? "specify either chat_id and message_id or inline_message_id, not both"
        : "message identifier is not specified: pass chat_id and message_id, or inline_message_id",
    );
  }
}

export const methodLimits: Record<string, (p: Payload) => void> = {
  editMessageText: requireMessageIdentifier,
  editMessageCaption: requireMessageIdentifier,
  editMessageReplyMarkup: requireMessageIdentifier,
  editMessageMedia: requireMessageIdentifier,
  editMessageLiveLocation: requireMessageIdentifier,
  stopMessageLiveLocation: requireMessageIdentifier,

  answerCallbackQuery(p) {
    if (typeof p["text"] === "string" && [...p["text"]].length > 200) throw badRequest("MESSAGE_TOO_LONG");
  },

  answerInlineQuery(p) {
    const results = p["results"] as { id: string }[];
    if (results.length > 50) throw badRequest("RESULTS_TOO_MUCH");
    const seen = new Set<string>();
    for (const { id } of results) {
      if (bytes(id) < 1 || bytes(id) > 64) throw badRequest("RESULT_ID_INVALID");
      if (seen.has(id)) throw badRequest("RESULT_ID_DUPLICATE");
      seen.add(id);
    }
    if (p["next_offset"] !== undefined && bytes(p["next_offset"]) > 64) throw badRequest("NEXT_OFFSET_INVALID");
  },

  setMyCommands(p) {
    if ((p["commands"] as unknown[]).length > 100) throw badRequest("BOT_COMMANDS_TOO_MUCH");
  },

  setWebhook(p) {
    const secret = p["secret_token"];
    if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(String(secret))) {
      throw badRequest("secret token contains unallowed characters");
    }
  },
};
