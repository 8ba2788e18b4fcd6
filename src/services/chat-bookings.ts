import type { BookingRecord, BookingStore } from "../store/booking-store.js";
import type { AccessPolicy, Actor } from "./access-policy.js";

export interface ChatBookingsPage {
  records: BookingRecord[];
  total: number;
  page: number;
  pages: number;
}

/**
 * One page of the chat's bookings, newest first, for someone in the chat: undefined for someone outside
 * the group (a public supergroup's list paged by a stranger, a member removed since) and for an empty list.
 * A page past the end (the list shrank, or the data was made up) is the last page there is.
 */
export async function chatBookingsPage(deps: { bookings: BookingStore; access: AccessPolicy }, actor: Actor, wanted: number, size: number): Promise<ChatBookingsPage | undefined> {
  if (await deps.access.outsider(actor)) return undefined;
  let { records, total } = await deps.bookings.listForChat(actor.chat.id, size, wanted * size);
  if (total === 0) return undefined;
  const pages = Math.ceil(total / size);
  const page = Math.min(wanted, pages - 1);
  if (page !== wanted) ({ records, total } = await deps.bookings.listForChat(actor.chat.id, size, page * size));
  return { records, total, page, pages };
}
