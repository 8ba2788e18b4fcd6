import { isPayable, tooLateToIssue } from "../domain/booking.js";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import { subDays } from "date-fns/subDays";
import { isProviderError } from "../domain/errors.js";
import type { ProviderId } from "../domain/flight.js";
import type { Rupiah } from "../domain/money.js";
import type { BookingRecord, BookingStore } from "../store/booking-store.js";
import type { AccessDenied, AccessPolicy, Actor } from "./access-policy.js";
import { readableBookings } from "./readable-bookings.js";
import { bookingStatus, type RecoverIssues, type StatusOutcome } from "./booking-status.js";
import type { LookupDeps } from "./booking-lookup.js";
import { heldInDoubtUntil } from "./issue-booking.js";
import type { IssueLedger } from "../store/issue-ledger.js";

/** Digest times an admin can pick; 08:00 unless changed. */
export const DIGEST_DEFAULT_TIME = "08:00";

/** Enough for a busy agency's day (the per-chat list is newest first; older bookings may be issued yesterday too). */
const SCAN = 500;

export interface DigestSettings {
  enabled: boolean;
  time: string;
  by?: number;
  /** The forum topic it was set up in: it is sent there, not to the group's General. */
  threadId?: number;
}

/** Puts a chat's daily digest on the durable queue at its time, or takes it off. */
export interface DigestScheduler {
  apply(chatId: number, digest: DigestSettings): Promise<void>;
}

export interface DailyDigest {
  /** The day the digest is for (yyyy-mm-dd in the zone); it reports on the day before. */
  day: string;
  yesterday: string;
  made: BookingRecord[];
  issued: BookingRecord[];
  madeTotal: Rupiah;
  issuedTotal: Rupiah;
  commission: Rupiah;
  /** Unpaid bookings whose pay-before time falls in the next 24 hours (see DUE_WINDOW_MS), soonest first. */
  expiring: BookingRecord[];
  /**
   * Due bookings an issue of which may still be paying, by `provider:code` (holdKey): the hold's end (ISO).
   * They are listed with what /status says of the hold, and no Issue button.
   */
  holds: Record<string, string>;
  /**
   * Due bookings the provider says the bot can't pay now, by `provider:code` (holdKey): its note, as /status
   * reads it (a confirmation that may still go through, a lost session, an unfinished or unchecked checkout).
   * Listed with Status, as their reminders are, and no Issue button.
   */
  notes: Record<string, PayNote>;
  /** The deposit of each account the chat may use; undefined when none answered. */
  balances?: { provider: ProviderId; balance: Rupiah; sandbox: boolean }[];
  /** No account may be used here: no deposit is shown, and the digest says why rather than "try later". */
  noAccount?: true;
  /**
   * The chat holds bookings none of which may be read here any more (the operator revoked the group):
   * /digest refuses as /cek refuses one of them. The digest itself is empty then.
   */
  denied?: AccessDenied;
  /**
   * Today so far (bookings made and issued since midnight in the zone, up to `now`): what /digest shows
   * above yesterday's, since it may be asked late in the day. The scheduled digest reports yesterday only.
   */
  today: DayFigures;
  /** Nothing made, issued or due: the scheduled digest is not sent. */
  empty: boolean;
}

/** One day's bookings and issues, with their totals and the commission earned. */
export interface DayFigures {
  made: BookingRecord[];
  issued: BookingRecord[];
  madeTotal: Rupiah;
  issuedTotal: Rupiah;
  commission: Rupiah;
}

export interface DigestDeps extends LookupDeps {
  bookings: BookingStore;
  access: AccessPolicy;
  /**
   * Read for the holds only: a due booking whose payment is being checked must not be offered for issuing.
   * The bot and the worker always pass it; only a digest worked out from stored records alone goes without.
   */
  ledger?: IssueLedger;
}

/** What /status notes of an unpaid booking the bot can't pay now (StatusOutcome's notes). */
export type PayNote = Pick<Extract<StatusOutcome, { kind: "own" }>, "paymentUnconfirmed" | "paySessionLost" | "checkoutUnfinished" | "checkoutUnknown">;

/** The key of a booking in DailyDigest.holds and DailyDigest.notes. */
export const holdKey = (r: BookingRecord) => `${r.booking.provider}:${r.booking.code}`;

/**
 * What "due" means in a digest: a pay-before time in the next 24 hours, not the rest of the calendar day.
 * The scheduled digest comes back 24 hours later, so nothing lapses between two digests unlisted (a
 * booking made at 22:30 with a 01:30 deadline is in that evening's /digest, and gone by the morning's);
 * /digest at any hour reads the same window, so it agrees with the scheduled one.
 */
export const DUE_WINDOW_MS = 24 * 3_600_000;

/** Live checks of the due bookings: as many as the digest lists with a button (the rest keep their stored status). */
const LIVE_CHECKS = 20;

const unpaid = (r: BookingRecord) => isPayable(r.booking.status);

const localDay = (iso: string, timeZone: string) => format(new TZDate(iso, timeZone), "yyyy-MM-dd");
const sum = (records: readonly BookingRecord[], pick: (r: BookingRecord) => number) => records.reduce((a, r) => a + pick(r), 0);

/**
 * What a chat's morning digest says: bookings made and issued yesterday (in the zone), their totals and
 * the commission earned (and the same for today so far, which /digest shows too), unpaid bookings due in
 * the next 24 hours, and the deposit. Only the chat's own bookings are read; the deposit only through an
 * account this chat may use (the access policy decides, as for /balance). The bookings are read as /bookings
 * reads them (readableBookings): undefined for someone outside the group, who gets what /bookings gives him.
 * `recover`: as for /status, a due booking the provider says issued where our records did not is recorded
 * and its e-ticket sent (the worker, which has no ticket path of its own here, leaves that to /status).
 */
export async function dailyDigest(deps: DigestDeps, actor: Actor, now: Date, timeZone: string, recover?: RecoverIssues): Promise<DailyDigest | undefined> {
  const day = format(new TZDate(now, timeZone), "yyyy-MM-dd");
  const yesterday = format(subDays(new TZDate(now, timeZone), 1), "yyyy-MM-dd");
  const read = await readableBookings(deps, actor, SCAN);
  if (!read) return undefined;
  const { records, denied } = read;
  const { made, issued, madeTotal, issuedTotal, commission } = figuresOf(records, yesterday, timeZone);
  const until = now.getTime() + DUE_WINDOW_MS;
  const due = records
    // A flight too close to departure to be issued is no longer due: an Issue button would be refused.
    .filter((r) => unpaid(r) && !r.booking.timelimitUnknown && !tooLateToIssue(r.booking, now) && Date.parse(r.booking.timelimit) > now.getTime() && Date.parse(r.booking.timelimit) <= until)
    .sort((a, b) => Date.parse(a.booking.timelimit) - Date.parse(b.booking.timelimit));
  const { expiring, notes } = await stillUnpaid(deps, actor, due, recover);
  const holds: Record<string, string> = {};
  const { ledger } = deps;
  if (ledger) {
    const read = await Promise.all(expiring.map(async (r) => heldInDoubtUntil(await ledger.get(r.booking.provider, r.booking.code), now)));
    read.forEach((until, i) => { if (until) holds[holdKey(expiring[i]!)] = until; });
  }
  return {
    day, yesterday, made, issued, expiring, holds, notes, madeTotal, issuedTotal, commission,
    today: figuresOf(records, day, timeZone),
    ...(await balancesFor(deps.access, actor)),
    ...(denied && { denied }),
    empty: made.length === 0 && issued.length === 0 && expiring.length === 0,
  };
}

/** The bookings made and issued on one local day (yyyy-mm-dd in the zone), with their totals. */
function figuresOf(records: readonly BookingRecord[], day: string, timeZone: string): DayFigures {
  const made = records.filter((r) => localDay(r.createdAt, timeZone) === day);
  const issued = records.filter((r) => r.issuedAt !== undefined && localDay(r.issuedAt, timeZone) === day);
  return {
    made, issued,
    madeTotal: sum(made, (r) => r.booking.fares.total),
    issuedTotal: sum(issued, (r) => r.booking.fares.total),
    commission: sum(issued, (r) => r.booking.fares.commission ?? 0),
  };
}

/**
 * The provider's word on the due bookings (issued or cancelled elsewhere drop out), through the same
 * use case as /status, so the trust model applies; a booking the provider can't be asked about stays.
 * `notes`: what /status notes of those the bot can't pay now (PayNote), by holdKey.
 */
async function stillUnpaid(deps: DigestDeps, actor: Actor, due: BookingRecord[], recover?: RecoverIssues): Promise<{ expiring: BookingRecord[]; notes: Record<string, PayNote> }> {
  const checked = await Promise.all(due.slice(0, LIVE_CHECKS).map((r) => bookingStatus(deps, actor, r.booking.code, r.booking.provider, recover)));
  const live = checked.map((o, i) => (o.kind === "own" ? o.record : due[i]!));
  const notes: Record<string, PayNote> = {};
  for (const o of checked) {
    if (o.kind !== "own") continue;
    const { paymentUnconfirmed, paySessionLost, checkoutUnfinished, checkoutUnknown } = o;
    const note = { ...(paymentUnconfirmed && { paymentUnconfirmed }), ...(paySessionLost && { paySessionLost }), ...(checkoutUnfinished && { checkoutUnfinished }), ...(checkoutUnknown && { checkoutUnknown }) };
    if (Object.keys(note).length > 0) notes[holdKey(o.record)] = note;
  }
  return { expiring: [...live, ...due.slice(LIVE_CHECKS)].filter(unpaid), notes };
}

async function balancesFor(access: AccessPolicy, actor: Actor): Promise<Pick<DailyDigest, "balances" | "noAccount">> {
  const a = await access.access(actor);
  if (!a.ok) return { noAccount: true };
  const out: NonNullable<DailyDigest["balances"]> = [];
  for (const provider of Object.values(a.providers.byId)) {
    try {
      out.push({ provider: provider.id, balance: await provider.balance(), sandbox: provider.sandbox });
    } catch (e) {
      // A provider that doesn't answer leaves its line out; the rest of the digest still goes.
      if (!isProviderError(e)) throw e;
    }
  }
  return { balances: out.length > 0 ? out : undefined };
}

/** The actor a scheduled digest reads with: the chat itself (a private chat is its person), through the admin who turned it on. */
export function digestActor(chatId: number, by: number | undefined): Actor {
  return { userId: chatId > 0 ? chatId : (by ?? 0), chat: { id: chatId, type: chatId > 0 ? "private" : "supergroup" }, standing: async () => (by !== undefined ? "admin" : "member") };
}
