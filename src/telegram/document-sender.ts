import { InputFile, type Api } from "grammy";
import type { DocumentSender } from "../services/ticket-delivery.js";
import type { TopicPost } from "./topic-fallback.js";

/**
 * The e-ticket sender over the Bot API, shared by the bot and the worker. The PDF goes as a Buffer:
 * auto-retry can resend it (streams are single-use). `post`: the forum topic it goes to, General when
 * that topic is gone (topic-fallback.ts); without it, where the chat's update came from.
 */
export function telegramDocuments(api: Api, post?: TopicPost): DocumentSender {
  return {
    async sendDocument(chatId, file, caption, replyTo) {
      const input = "fileId" in file ? file.fileId : new InputFile(Buffer.from(file.bytes), file.fileName);
      const send = async ({ threadId, reply }: { threadId?: number; reply: boolean }) => {
        const sent = await api.sendDocument(chatId, input, {
          caption, parse_mode: "HTML", message_thread_id: threadId,
          reply_parameters: reply && replyTo ? { message_id: replyTo, allow_sending_without_reply: true } : undefined,
        });
        return sent.document?.file_id;
      };
      return post ? post(send) : send({ reply: true });
    },
  };
}
