import { isCancelPhrase } from "../../../domain/cancel-words.js";

/**
 * How a line typed at (or just after) a password question is read. Nothing here ever sends, keeps or
 * logs the line: it only says what it is.
 */

/**
 * This bot's commands, every name and alias it registers. Only these are left visible at the password
 * question (they can't be a password); any other "/word" is deleted as if it were one, which is the
 * safe side should a new command be missing here.
 */
const BOT_COMMANDS = new Set([
  "start", "help", "bantuan", "search", "cari", "bookings", "pesanan", "status", "cek", "issue", "issued", "ticket", "etiket",
  "eticket", "e_ticket",
  "balance", "saldo", "digest", "ringkasan", "settings", "pengaturan", "account", "akun", "login", "logout", "resetpassword",
  "language", "bahasa", "cancel", "batal", "allow", "izinkan", "disallow", "cabut", "approve", "setujui", "revoke", "cabutakses",
]);

/** A line shaped like a command ("/saldo", "/cari cgk dps", "/sald"): never a password sent to MMBC. */
const COMMAND = /^\/([A-Za-z0-9_]{1,32})(?:@\w+)?(?:\s+([\s\S]*))?$/;

export interface TypedCommand {
  name: string;
  /** One of this bot's commands (left in the chat), or an unknown "/word" (deleted: it may be a password). */
  known: boolean;
  /** What follows the command ("/start login" → "login"). */
  arg: string;
}

export function commandOf(text: string): TypedCommand | undefined {
  const m = COMMAND.exec(text.trim());
  if (!m) return undefined;
  const name = m[1]!.toLowerCase();
  return { name, known: BOT_COMMANDS.has(name), arg: (m[2] ?? "").trim().toLowerCase() };
}

/** Commands that end the flow on purpose: /batal, /cancel. */
export const isCancelCommand = (c: TypedCommand) => c.name === "batal" || c.name === "cancel";

/** Commands that start a login or reset over (they replace the flow; the account feature runs them). */
export const startsAccountFlow = (c: TypedCommand) =>
  c.name === "login" || c.name === "resetpassword" || (c.name === "start" && (c.arg === "login" || c.arg === "resetpassword"));

// The words in any case, with spaces, a full stop, "!" or an emoji around them, and the softeners agents
// type with them ("batal aja", "go back pls", "kembali ke awal"): read before the line could go to the
// provider, where each wrong try counts towards a locked account. A password with other characters
// around "back" ("back2Bali!") is still a password: no space, so none of these.
const EDGE = "[\\s.!?\\p{Extended_Pictographic}\\u{FE0F}]*";
const BEFORE = "(?:(?:ok|oke|okay|ya|eh|pls|please|tolong|mau)\\s+)?";
const AFTER = "(?:\\s+(?:aja|saja|deh|dulu|dong|ya|kak|pls|please|plz|lagi|ke\\s+awal|ke\\s+username|to\\s+(?:the\\s+)?(?:start|username)))*";
const BACK = new RegExp(`^${EDGE}${BEFORE}(?:kembali|balik|mundur|back|go\\s+back)${AFTER}${EDGE}$`, "iu");
const CANCEL = new RegExp(`^${EDGE}${BEFORE}(?:batal|batalkan|cancel|stop|berhenti|(?:gak|ga|gk|nggak|ngga|tidak|tdk)\\s+(?:jadi|jd)|gajadi|gjd)${AFTER}${EDGE}$`, "iu");

export const isBackWord = (text: string) => BACK.test(text);
/** Also every cancel phrase the flows know ("never mind", "no thanks", "batal dong"). */
export const isCancelWord = (text: string) => CANCEL.test(text) || isCancelPhrase(text);

/**
 * A lone line that looks like a password: printable ASCII without spaces, 6 to 128 characters, with a
 * letter and a digit or a symbol, or a capital after the first character ("Rahasia-Joko-77",
 * "joko2024", "rahasiaJoko"). Not what the questions after a login are answered with: words and
 * places ("Makasih", "surabaya"), dates ("12-05"), phone numbers, anything with a space or an emoji.
 */
export function looksLikePassword(text: string): boolean {
  const t = text.trim();
  if (!/^[\x21-\x7e]{6,128}$/.test(t)) return false;
  // Printable ASCII without spaces: anything but a letter is a digit or a symbol.
  return (/[A-Za-z]/.test(t) && /[^A-Za-z]/.test(t)) || /[A-Z]/.test(t.slice(1));
}
