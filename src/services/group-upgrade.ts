import type { BookingStore } from "../store/booking-store.js";
import type { ChatSettingsStore } from "../store/chat-settings.js";
import type { ContactStore } from "../store/contact-store.js";
import type { GroupApprovals } from "../store/group-approvals.js";
import type { UpgradedGroups } from "../store/upgraded-groups.js";
import { DIGEST_DEFAULT_TIME, type DigestScheduler } from "./daily-digest.js";

export interface GroupUpgradeDeps {
  upgradedGroups: Pick<UpgradedGroups, "record" | "claimMove" | "moveDone" | "releaseMove">;
  bookings: Pick<BookingStore, "migrateChat">;
  contacts: Pick<ContactStore, "migrateChat">;
  chatSettings: Pick<ChatSettingsStore, "migrateChat" | "get">;
  approvals: Pick<GroupApprovals, "migrateChat">;
  /** Agents' own logins linked to chats (absent without a credentials key). */
  accountLinks?: { migrateChat(from: number, to: number): Promise<void> };
  /** Absent where nothing schedules jobs. */
  digests?: DigestScheduler;
}

/**
 * A group upgraded to a supergroup has a new id for good. Whoever learns of it first (the service message,
 * or Telegram refusing a call to the old id, in the bot or in the worker) moves everything the group had:
 * its bookings (so /status, /bookings, /issue and the reminders already queued follow), last contact,
 * settings, approval, daily digest and linked login. Once: a second learner (the other service message,
 * another process at the same moment) finds the move claimed and does nothing, so it never copies the old
 * group's settings over ones changed in the supergroup since. The old id is recorded first, so a tap in
 * the old group is pointed to the new one and a job still holding the old id sends to the new one, even
 * while the move is under way. How many bookings were moved; undefined when someone else moves them.
 */
export async function moveUpgradedGroup(deps: GroupUpgradeDeps, from: number, to: number): Promise<number | undefined> {
  await deps.upgradedGroups.record(from, to);
  if (!(await deps.upgradedGroups.claimMove(from))) return undefined;
  try {
    const moved = await deps.bookings.migrateChat(from, to);
    await deps.contacts.migrateChat(from, to);
    await deps.chatSettings.migrateChat(from, to);
    await deps.approvals.migrateChat(from, to);
    if (deps.digests) {
      await deps.digests.apply(from, { enabled: false, time: DIGEST_DEFAULT_TIME });
      const digest = (await deps.chatSettings.get(to)).digest;
      if (digest?.enabled) await deps.digests.apply(to, digest);
    }
    // A group linked to an agent's own login keeps using it (and its issuers keep spending it).
    await deps.accountLinks?.migrateChat(from, to);
    await deps.upgradedGroups.moveDone(from);
    return moved;
  } catch (e) {
    await deps.upgradedGroups.releaseMove(from).catch(() => undefined);
    throw e;
  }
}
