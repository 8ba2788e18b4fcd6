import type { MethodHandler } from "./context.js";
import { badRequest } from "./errors.js";
import type { FileKind } from "./file-store.js";
import { formatCaption } from "./formatted-text.js";
import { botUser, inlineMarkup, nonEmpty, postTopic, replyTarget } from "./message-helpers.js";
import { unixNow } from "./timers.js";
import { UploadedFile } from "./uploaded-file.js";

/** sendDocument / sendPhoto: a multipart upload, or a file_id that this emulator handed out. */
function sendMedia(kind: FileKind): MethodHandler {
  return (ctx, p) => {
    const record = ctx.chats.requireChat(p["chat_id"], true);
    const topic = postTopic(ctx, record, p);
    const value = p[kind];
    const file = value instanceof UploadedFile ? ctx.files.add(kind, value) : ctx.files.reuse(kind, String(value));
    const caption = formatCaption(p["caption"], p["parse_mode"], p["caption_entities"]);
    const stored = ctx.chats.addMessage(record, {
      ...topic,
      from: botUser(ctx),
      fromBot: true,
      date: unixNow(),
      document: kind === "document" ? ctx.files.toDocument(file) : undefined,
      photo: kind === "photo" ? ctx.files.toPhoto(file) : undefined,
      caption: caption?.text,
      caption_entities: nonEmpty(caption?.entities),
      reply_markup: inlineMarkup(p["reply_markup"]),
      reply_to_message_id: replyTarget(ctx, record, p["reply_parameters"]),
    });
    return ctx.chats.toTelegram(stored);
  };
}

const getFile: MethodHandler = (ctx, p) => {
  const file = ctx.files.get(String(p["file_id"]));
  if (!file) throw badRequest("invalid file_id");
  return ctx.files.toFile(file);
};

export const mediaMethods: Record<string, MethodHandler> = {
  sendDocument: sendMedia("document"),
  sendPhoto: sendMedia("photo"),
  getFile,
};
