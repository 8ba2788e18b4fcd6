import { InputFile, type Api } from "grammy";
import { isProviderError } from "../../../domain/errors.js";
import type { ProviderId } from "../../../domain/flight.js";
import type { BotDeps } from "../../deps.js";

export type TicketOutcome = { kind: "sent" } | { kind: "emailed"; email?: string } | { kind: "failed"; code: string; messages: string[] };

/**
 * Sends the e-ticket PDF. Telegram's file_id is remembered, so a second request re-sends it without
 * downloading again. The PDF is passed as a Buffer: auto-retry can resend it (streams are single-use).
 */
export async function sendTicket(deps: BotDeps, api: Api, chatId: number, provider: ProviderId, code: string, caption: string, replyTo?: number): Promise<TicketOutcome> {
  const record = await deps.bookings.get(provider, code);
  const source = await deps.accounts.forBooking(provider, record?.account);
  if (!source) return { kind: "failed", code: "unavailable", messages: [] };
  const options = { caption, parse_mode: "HTML" as const, reply_parameters: replyTo ? { message_id: replyTo, allow_sending_without_reply: true } : undefined };
  const known = await deps.tickets.fileId(provider, code);
  if (known) {
    await api.sendDocument(chatId, known, options);
    return { kind: "sent" };
  }
  try {
    const doc = await source.ticket(code);
    if (doc.kind === "emailed") return { kind: "emailed", email: doc.email };
    const bytes = await source.downloadTicket(doc);
    const sent = await api.sendDocument(chatId, new InputFile(Buffer.from(bytes), doc.fileName), options);
    if (sent.document) await deps.tickets.remember(provider, code, sent.document.file_id);
    return { kind: "sent" };
  } catch (e) {
    if (!isProviderError(e)) throw e;
    deps.logger.warn({ code: e.code, endpoint: e.endpoint, booking: code }, "e-ticket not delivered");
    return { kind: "failed", code: e.code, messages: e.messages };
  }
}
