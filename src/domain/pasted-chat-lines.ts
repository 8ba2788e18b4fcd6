import { isSure, NAME_LIKE, PARTICLES } from "./passenger-chat-words.js";
import { withoutMarker } from "./passenger-lines.js";
import { leadingTitles } from "./title-words.js";

/** Words of a heading line, said without a colon ("Data penumpang", "Berikut nama penumpangnya"). */
const HEADING = /^(?:berikut\s+)?(?:ini\s+)?(?:data|nama|nama2|nama-nama|list|daftar|detail)?\s*(?:nama\s+)?(?:penumpang|pax|passengers?|passenger\s+names?)(?:nya)?\s*(?:ya|kak|ka)?$/i;

/** "Nama penumpang:", "Data pax:", a line ending in a colon with nothing after it, or a heading said without one. */
export function isHeading(line: string): boolean {
  const t = line.replace(/[.!]+$/, "").trim();
  if (/:$/.test(t)) return !leadingTitles(withoutMarker(t.slice(0, -1)) + " ") && t.split(/\s+/).length <= 5;
  return HEADING.test(t);
}

/** Words of a thank-you or a courtesy line; one of THANKS_CORE must be among them. */
const THANKS_CORE = new Set(["terima", "mksh", "makasih", "makasi", "maksih", "trims", "trimakasih", "terimakasih", "thx", "thanks", "thank", "tq", "ty", "tks", "tengkyu", "nuhun", "suwun", "nuwun", "ditunggu", "dtunggu", "mohon", "tolong", "pls", "please"]);
const THANKS_ANY = new Set([...THANKS_CORE, "kasih", "you", "kak", "ka", "kakak", "ya", "yaa", "yah", "sis", "gan", "bos", "boss", "bro", "mas", "mbak", "mba", "pak", "bu", "matur", "hatur", "banyak", "bnyk", "much", "so", "very", "dibantu", "bantu", "dibookingkan", "dibookingin", "dipesankan", "dipesanin", "diproses", "segera", "ok", "oke", "sip", "nya", "ini", "datanya"]);

/** "mksh kak 🙏", "Terima kasih ya", "thanks!", "tolong dibantu ya kak": no name in it. */
export function isThanks(line: string): boolean {
  const words = line.toLowerCase().replace(/[^\p{L}\s]/gu, " ").split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 8 && words.every((w) => THANKS_ANY.has(w)) && words.some((w) => THANKS_CORE.has(w));
}

/**
 * A line of chat pasted with the names ("besok berangkat ya kak", "nanti KTP nyusul", "Thanks, please
 * book asap"): no title before it, a word of NOT_NAME_WORDS or of a thank-you in it, and two thirds
 * of its words chat ("Siti Aminah ya kak" is a name without its title).
 */
export function isChatLine(line: string): boolean {
  if (leadingTitles(withoutMarker(line)) || /\d/.test(line)) return false;
  const words = line.toLowerCase().replace(/[^\p{L}\s]/gu, " ").split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10) return false;
  const chat = words.filter((w) => isSure(w) || PARTICLES.has(w) || NAME_LIKE.has(w) || THANKS_ANY.has(w) || LINE_CHAT.has(w));
  return words.some((w) => isSure(w) || THANKS_CORE.has(w)) && chat.length * 3 >= words.length * 2;
}

/** Words of a chat line that NOT_NAME_WORDS leaves out, being names too often inside a name. */
const LINE_CHAT = new Set(["book", "booking", "bookingkan", "ini", "itu", "data", "datanya", "nomor", "no", "ada"]);
