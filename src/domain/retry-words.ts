/**
 * Words that ask for the failed thing again, as a hurried agent types them instead of tapping "🔁 Coba lagi":
 * "coba lagi", "coba lg", "ulang", "ulangi", "cari lagi", "sekali lagi", "retry", "try again", "again",
 * alone or with a polite word around them ("ok coba lagi", "ulang dong", "retry pls"). A question
 * ("coba lagi?") asks rather than says: undefined to the caller, as for anything else.
 */
const RETRY = /^(?:(?:ok|oke|okay|ya|yuk|tolong|tlg|pls|please|plz)\s+)?(?:coba(?:\s+(?:lagi|lg|lgi|ulang))?|ulang|ulangi|ulangin|diulang|cari\s+(?:lagi|lg|ulang)|sekali\s+lagi|lagi|retry|again|try\s+again|try\s+it\s+again|search\s+again|one\s+more\s+time)(?:\s+(?:dong|deh|aja|saja|ya|yuk|kak|ka|pls|please|plz|now|sekarang))*$/;

export function isRetryWords(text: string): boolean {
  if (text.includes("?")) return false;
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, " ").replace(/\s+/g, " ").trim();
  return RETRY.test(words);
}
