/**
 * A status the provider names that the bot doesn't know is kept as its text (BookingStatus), but a real one
 * is a word or two ("Processing", "Dalam proses"): a text of any length would make /status and the chat's
 * /bookings, where it is shown and saved, too long for Telegram. Cut to this many characters.
 */
export const MAX_STATUS_TEXT = 60;

/** The status text trimmed, its runs of spaces made one, cut to MAX_STATUS_TEXT characters with "…" (never half an emoji). */
export function statusTextCut(text: string): string {
  const t = text.trim().replace(/\s+/g, " ");
  const chars = Array.from(t);
  return chars.length <= MAX_STATUS_TEXT ? t : `${chars.slice(0, MAX_STATUS_TEXT - 1).join("").trimEnd()}…`;
}
