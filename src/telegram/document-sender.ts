import { InputFile, type Api } from "grammy";
import type { DocumentSender } from "../services/ticket-delivery.js";

/**
 * The e-ticket sender over the Bot API, shared by the bot and the worker. The PDF goes as a Buffer:
 * auto-retry can resend it (streams are single-use). `threadId`: the forum topic it goes to.
 */
export function telegramDocuments(api: Api, threadId?: number): DocumentSender {
  return {
    async sendDocument(chatId, file, caption, replyTo) {
      const input = "fileId" in file ? file.fileId : new InputFile(Buffer.from(file.bytes), file.fileName);
      const sent = await api.sendDocument(chatId, input, {
        caption, parse_mode: "HTML", message_thread_id: threadId, reply_parameters: replyTo ? { message_id: replyTo, allow_sending_without_reply: true } : undefined,
      });
      return sent.document?.file_id;
    },
  };
}
