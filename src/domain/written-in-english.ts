/**
 * Whether a message is clearly written in English ("hi, I need a flight from jakarta to bali tomorrow for 2
 * adults"): for a person whose Telegram sends no language, so the bot answers in the language they write.
 * Clearly: two different English function words and no Indonesian one. Words both languages' agents use
 * (flight, ticket, booking, issue, please, ok, cek) say nothing either way, nor do places and codes.
 */
const ENGLISH = new Set(
  (
    "i i'm im me my we our you your he she it they is are am was be been do does did can could would will " +
    "need want looking book show find get give have has the a an of from to for with and or at on in by about " +
    "what which when where how who why this that these those there any some please hi hello hey thanks thank " +
    "tomorrow today tonight yesterday next week month morning afternoon evening night adult adults child children " +
    "infant infants baby people persons passenger passengers return way one cheapest price much"
  ).split(" "),
);
/** "please" and "hi" alone are said in Indonesian chats too: they count only beside another English word. */
const SHARED = new Set(["please", "hi", "hello", "ok", "a", "i"]);
const INDONESIAN = new Set(
  (
    "saya aku sy gue gw kami kita kamu anda mau pengen ingin butuh cari cariin carikan tolong tlg mohon dong donk " +
    "ya yg yang dari dr ke untuk utk buat dan atau di besok bsk lusa hari ini nanti tgl tanggal dewasa anak bayi " +
    "org orang berapa brp ada ga gak nggak ngga tidak tdk bisa kak mas mbak pak bu bang halo hai selamat pagi " +
    "siang sore malam terima kasih makasih juga sudah udah belum blm minta pesan tiket penerbangan pesawat jam " +
    "aja saja deh sih nih kah apa gimana kapan mana sama termurah murah"
  ).split(" "),
);

export function writtenInEnglish(text: string): boolean {
  const words = text.toLowerCase().split(/[^a-z']+/).map((w) => w.replace(/^'+|'+$/g, "")).filter(Boolean);
  if (words.some((w) => INDONESIAN.has(w))) return false;
  const english = new Set(words.filter((w) => ENGLISH.has(w)));
  return english.size >= 2 && [...english].some((w) => !SHARED.has(w));
}
