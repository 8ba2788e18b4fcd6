import { isProviderError, type ProviderError, type ProviderErrorCode } from "../domain/errors.js";
import type { FlightProvider } from "../domain/flight-provider.js";
import type { BookingStatus } from "../domain/booking.js";
import type { ProviderId } from "../domain/flight.js";
import type { Logger } from "pino";
import type { TicketFiles } from "../store/ticket-files.js";
import type { AccessDenied, Actor } from "./access-policy.js";
import { findBooking, type LookupDeps } from "./booking-lookup.js";
import type { BookingRecord } from "../store/booking-store.js";

/** Sends a document to a chat: a Telegram file id already known, or the PDF's bytes. Returns the new file id. */
export interface DocumentSender {
  sendDocument(chatId: number, file: { fileId: string } | { bytes: Uint8Array; fileName: string }, caption: string, replyTo?: number): Promise<string | undefined>;
}

export type TicketOutcome =
  | { kind: "sent" }
  | { kind: "emailed"; email?: string }
  /** No ticket will ever come: the booking was cancelled or lapsed (not "issue it first"). */
  | { kind: "never"; status: BookingStatus }
  /** The provider has no ticket and its status can't be read: not issued, or cancelled; nobody knows yet. */
  | { kind: "unsure" }
  /** Paid, the airline still issuing (status "pending"): the e-ticket comes once it is out, with no second payment. */
  | { kind: "ticketing" }
  | { kind: "failed"; code: ProviderErrorCode; messages: string[] };

export interface TicketDeliveryDeps {
  tickets: TicketFiles;
  logger: Logger;
}

/**
 * Sends the e-ticket PDF of a booking the caller has already resolved (its source account). Telegram's
 * file_id is remembered, so a second request re-sends it without downloading again, once the provider
 * says the booking still stands: a ticket cancelled since must never be forwarded to a customer.
 */
export async function deliverTicket(deps: TicketDeliveryDeps, sender: DocumentSender, chatId: number, source: FlightProvider, code: string, caption: string, replyTo?: number): Promise<TicketOutcome> {
  const provider: ProviderId = source.id;
  const known = await deps.tickets.fileId(provider, code);
  if (known) {
    // The status is a cheap read; when the provider can't answer, the ticket it issued is sent as before.
    const status = await source.status(code).then((s) => s.status, () => undefined);
    if (status === "cancel" || status === "expired") return { kind: "never", status };
    await sender.sendDocument(chatId, { fileId: known }, caption, replyTo);
    return { kind: "sent" };
  }
  try {
    const doc = await source.ticket(code);
    if (doc.kind === "emailed") return { kind: "emailed", email: doc.email };
    const bytes = await source.downloadTicket(doc);
    const fileId = await sender.sendDocument(chatId, { bytes, fileName: doc.fileName }, caption, replyTo);
    if (fileId) await deps.tickets.remember(provider, code, fileId);
    return { kind: "sent" };
  } catch (e) {
    if (!isProviderError(e)) throw e;
    if (e.code === "booking_cancelled") return { kind: "never", status: "cancel" };
    if (e.code === "booking_expired") return { kind: "never", status: "expired" };
    // MMBC answers "not issued" for a cancelled or lapsed booking too: its status tells them apart.
    if (e.code === "ticket_not_ready") {
      const status = await source.status(code).then((s) => s.status, () => null);
      if (status === "cancel" || status === "expired") return { kind: "never", status };
      // "Issue it first" would be wrong advice for a cancelled booking, and paying it is impossible anyway.
      if (status === null) return { kind: "unsure" };
      if (status === "pending") return { kind: "ticketing" };
    }
    deps.logger.warn({ code: e.code, endpoint: e.endpoint, booking: code }, "e-ticket not delivered");
    return { kind: "failed", code: e.code, messages: e.messages };
  }
}

export type TicketRequest =
  | { kind: "ready"; source: FlightProvider; record?: BookingRecord }
  | { kind: "unknown" }
  | { kind: "denied"; reason: AccessDenied }
  | { kind: "failed"; error: ProviderError };

/** /ticket and the Ticket button: only this chat's bookings, or codes its own account knows. */
export async function requestTicket(deps: LookupDeps, actor: Actor, code: string, hint?: ProviderId): Promise<TicketRequest> {
  const found = await findBooking(deps, actor, code, hint);
  switch (found.kind) {
    case "own":
      return { kind: "ready", source: found.source, record: found.record };
    case "outside":
      return { kind: "ready", source: found.source };
    default:
      return found;
  }
}
