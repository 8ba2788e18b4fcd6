import type { FlightProvider } from "../../../domain/flight-provider.js";
import type { ProviderId } from "../../../domain/flight.js";
import type { BookingRecord } from "../../../store/booking-store.js";
import type { BotContext } from "../../context.js";

/**
 * A booking code's saved record (when booked through the bot) and the provider account to ask about
 * it: the account it was booked with, or — for a code booked elsewhere — this chat's providers.
 */
export async function bookingSource(ctx: BotContext, code: string, provider?: ProviderId): Promise<{ record?: BookingRecord; source?: FlightProvider }> {
  const { deps } = ctx;
  const record = provider ? await deps.bookings.get(provider, code) : await deps.bookings.find(code, Object.keys(deps.providers) as ProviderId[]);
  if (record) return { record, source: await deps.accounts.forBooking(record.booking.provider, record.account) };
  const chat = await deps.accounts.forChat(ctx.chat!, ctx.from!.id);
  return { source: provider ? chat.byId[provider] : chat.search };
}
