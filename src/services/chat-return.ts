import { isPayable } from "../domain/booking.js";
import type { BookingStore } from "../store/booking-store.js";
import type { ReminderScheduler } from "./scheduler-port.js";
import type { AccessPolicy } from "./access-policy.js";
import { chatMayRead } from "./chat-reads.js";

/** Records read per round trip while going over a chat's list once. */
const PAGE = 100;

/**
 * The bot is back in a chat it left (added to the group again, unblocked): the reminders and expiry
 * notice of the chat's bookings still unpaid and within their time limit were dropped when it left
 * (cancelChat), and are scheduled again. Only what is still to come: the scheduler skips an offset
 * already past, the job ids are the booking's (scheduling twice adds nothing), and a reminder sent
 * early keeps its sent marker, so it is not delivered a second time. Only bookings the chat may read now
 * (as /cek would let it, on the account each was made with): a group added back by someone who is no
 * issuer is no longer approved, and hears nothing of its bookings on the operator's login. How many
 * bookings were resumed.
 */
export async function resumeChatReminders(deps: { bookings: BookingStore; access: AccessPolicy; jobs?: ReminderScheduler; now: () => Date }, chatId: number): Promise<number> {
  const jobs = deps.jobs;
  if (!jobs) return 0;
  const now = deps.now().getTime();
  let resumed = 0;
  for (let offset = 0, total = 1; offset < total; offset += PAGE) {
    const page = await deps.bookings.listForChat(chatId, PAGE, offset);
    total = page.total;
    // The status is the one last seen; the job checks it at the provider again before saying anything.
    // A booking whose reminders someone stopped stays quiet: stopping is for the booking, not for the bot's stay in the chat.
    const unpaid = page.records.filter((r) => isPayable(r.booking.status) && Date.parse(r.booking.timelimit) > now && !r.remindersStoppedAt);
    const readable = await Promise.all(unpaid.map((r) => chatMayRead(deps.access, r)));
    const open = unpaid.filter((_, i) => readable[i]);
    await Promise.all(open.map((r) => jobs.scheduleReminders(r.booking, chatId)));
    resumed += open.length;
  }
  return resumed;
}
