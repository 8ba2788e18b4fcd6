/**
 * Six-letter words agents type as chat, in English and Indonesian: shaped like an all-letter booking
 * code (LRWFBN), never one. After "type the booking code" a "thanks", "tolong" or "agency" goes on to be
 * read as what it is (a thanks gets the thanks answer), not looked up as "unknown booking code".
 * Only six letters matter: other words (sabar, siap, oke) never look like a code.
 */
const CHAT_WORDS_NOT_CODES = new Set([
  // Thanks and courtesy.
  "thanks", "thankx", "thankz", "thanku", "tengks", "tenkyu", "cheers", "please", "sorryy",
  "makasi", "maksih", "terima", "tolong", "maafff",
  // Hurry, waiting, agreeing, laughing.
  "urgent", "anyway", "really", "okayyy", "helloo", "halooo",
  "segera", "tunggu", "bentar", "sabarr", "siappp", "okeoke", "okelah", "sipsip", "mantap", "mantab",
  "gimana", "kenapa", "berapa", "hahaha", "hehehe", "wkwkwk",
  // The trade's own words.
  "agency", "agensi", "travel", "ticket", "flight", "status", "issued", "refund", "cancel", "change", "search", "bagasi", "jadwal",
]);

/** Whether the text, alone (case, spaces and punctuation aside), is one of those chat words. */
export function isChatWordNotCode(text: string): boolean {
  return CHAT_WORDS_NOT_CODES.has(text.trim().replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, "").toLowerCase());
}
