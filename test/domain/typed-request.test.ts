import { describe, expect, it } from "vitest";
import { readTypedRequest } from "../../src/domain/typed-request.js";

describe("words around a booking code", () => {
  it.each([
    ["cek ABC123", { kind: "status", code: "ABC123" }],
    ["cek kode ABC123", { kind: "status", code: "ABC123" }],
    ["kode booking ABC123 gmn statusnya", { kind: "status", code: "ABC123" }],
    ["check ABC123", { kind: "status", code: "ABC123" }],
    ["status ABC123", { kind: "status", code: "ABC123" }],
    ["ABC123 gmn?", { kind: "status", code: "ABC123" }],
    ["pnr lrwfbn", { kind: "status", code: "LRWFBN" }],
    ["cek LRWFBN", { kind: "status", code: "LRWFBN" }],
    ["tlg issued tdaswv ya kak", { kind: "issue", code: "TDASWV" }],
    ["batalin lrwfbn", { kind: "cancel", code: "LRWFBN" }],
    ["issued ABC123", { kind: "issue", code: "ABC123" }],
    ["issue ABC123 dong", { kind: "issue", code: "ABC123" }],
    ["tlg issued 6k2295 ya kak", { kind: "issue", code: "6K2295" }],
    ["issue it pls ABC123", { kind: "issue", code: "ABC123" }],
    ["TOLONG ISSUED ABC123", { kind: "issue", code: "ABC123" }],
    ["etiket ABC123", { kind: "ticket", code: "ABC123" }],
    ["tiketnya ABC123", { kind: "ticket", code: "ABC123" }],
    ["batalin ABC123", { kind: "cancel", code: "ABC123" }],
    ["cancel booking ABC123", { kind: "cancel", code: "ABC123" }],
    ["ganti tgl ABC123", { kind: "change", what: "date", code: "ABC123" }],
    ["reschedule ABC123 ke tgl 10", { kind: "change", what: "date", code: "ABC123" }],
    ["cek 1234567890", { kind: "status", code: "1234567890" }],
  ])("%s", (text, expected) => expect(readTypedRequest(text)).toEqual(expected));
});

describe("requests without a code", () => {
  it.each([
    ["issued dong", { kind: "issue" }],
    ["issued", { kind: "issue" }],
    ["ya issued", { kind: "issue" }],
    ["udh issued blm?", { kind: "status" }],
    ["tiketnya mana?", { kind: "ticket" }],
    ["kirim etiket", { kind: "ticket" }],
    ["kirim etiket ke grup", { kind: "ticket" }],
    ["saldo", { kind: "balance" }],
    ["saldo brp", { kind: "balance" }],
    ["deposit msh brp?", { kind: "balance" }],
    ["balance?", { kind: "balance" }],
    ["cek saldo", { kind: "balance" }],
    ["what's my balance", { kind: "balance" }],
    ["whats my balance", { kind: "balance" }],
    ["berapa saldo", { kind: "balance" }],
    ["how much is my deposit?", { kind: "balance" }],
    ["cek bagasi", { kind: "status" }],
    ["issued tolong", { kind: "issue" }],
    ["cek jadwal", { kind: "status" }],
    ["batalin", { kind: "cancel" }],
    ["batalin aja", { kind: "cancel" }],
    ["reschedule", { kind: "change", what: "date" }],
    ["ganti tgl", { kind: "change", what: "date" }],
    ["refund", { kind: "change", what: "refund" }],
    ["is it refundable?", { kind: "change", what: "refund" }],
    ["salah nama", { kind: "change", what: "name" }],
    ["salah nama, harusnya Budi Santosa", { kind: "change", what: "name" }],
    ["mksh", { kind: "thanks" }],
    ["makasih kak 🙏", { kind: "thanks" }],
    ["thanks", { kind: "thanks" }],
    ["terima kasih banyak ya", { kind: "thanks" }],
    ["ya", { kind: "answer" }],
    ["ok", { kind: "answer" }],
    ["gas", { kind: "answer" }],
    ["jgn dulu", { kind: "answer" }],
  ])("%s", (text, expected) => expect(readTypedRequest(text)).toEqual(expected));
});

describe("a search typed without /cari", () => {
  it.each([
    ["cariin tiket jkt bali bsk pagi 2 org", "jkt bali bsk pagi 2 org"],
    ["mau ke bali bsk 2 org dr jkt", "ke bali bsk 2 org dari jkt"],
    ["sub dps", "sub dps"],
    ["search flight jakarta to bali tomorrow 2 pax", "jakarta to bali tomorrow 2 pax"],
    ["cek harga jkt-sby tgl 20 2 org", "jkt-sby tgl 20 2 org"],
    ["tiket cgk-dps bsk 1 org", "cgk-dps bsk 1 org"],
    ["cari tiket", ""],
    ["ke lombok bsk ada gk?", "ke lombok bsk"],
  ])("%s → /cari %s", (text, line) => expect(readTypedRequest(text)).toEqual({ kind: "search", text: line }));

  it.each(["halo kak", "p", "2", "halo", "pagi semua 🙏", "ok siap", "nanti aku kabari", "htnhjx", "/cari cgk dps", "bsk aja rin, lusa penuh"])("ordinary chatter starts nothing: %s", (text) => {
    const r = readTypedRequest(text);
    expect(r === undefined || r.kind === "answer").toBe(true);
  });
});

describe("money words that don't ask to pay now", () => {
  it.each([
    "jangan di issue dulu", "jgn issued dulu ya", "bayar besok ya", "customer bayar nanti sore", "saya bayar pakai transfer ya", "issue nya apa?",
    "kak ini issue apa ya kok error", "kok ga bisa issue sih", "issue nya besok aja", "issue nya nanti aja kalau customer udah transfer", "tolong jangan dibayar",
    "don't issue it", "please don't issue yet", "I'll pay later", "can I pay by transfer?", "can you issue?", "pay attention", "who pays?", "I paid",
    "bayar", "bayar dimana kak?", "customer blm bayar", "no issue", "no issues, thanks",
  ])("%s asks for no issue", (text) => expect(readTypedRequest(text)).toBeUndefined());

  it.each([["is it issued?"], ["has it been issued yet?"], ["udh issued blm?"], ["udah di issue?"], ["apa udah issued?"], ["udah bayar?"]])(
    "%s asks for the status",
    (text) => expect(readTypedRequest(text)).toEqual({ kind: "status" }),
  );

  it.each([["please issue", { kind: "issue" }], ["tolong di issue ya", { kind: "issue" }], ["bayar ABC123", { kind: "issue", code: "ABC123" }]])(
    "%s still asks to issue",
    (text, expected) => expect(readTypedRequest(text)).toEqual(expected),
  );
});

describe("chatter with a place starts no search", () => {
  it.each([
    "malang banget", "halo pak Ambon", "Pak Medan", "kopi aceh enak", "batam hujan", "lagi di solo nih", "kita makan di Padang aja", "lombok aman ga",
    "I'm in Bali now", "Jakarta traffic is bad", "gajadi ke medan", "tiket pesawat mahal ya", "JT 610 CGK 07:00 DPS 09:50", "Bali", "dari medan",
  ])("%s", (text) => expect(readTypedRequest(text)).toBeUndefined());

  it.each([
    ["customer: mau ke bali tgl 5 berdua kak", "ke bali tgl 5 berdua"],
    ["Ibu Siti: kak tolong cek harga ke lombok", "ke lombok"],
    ["tiket ke jogja brp?", "ke jogja"],
    ["jakarta bali besok 2 org", "jakarta bali besok 2 org"],
    ["bali pp", "bali pp"],
  ])("%s → /cari %s", (text, line) => expect(readTypedRequest(text)).toEqual({ kind: "search", text: line }));
});

describe("codes are not read out of chatter", () => {
  it.each([
    "ok MANTAP", "istri saya WIDODO", "Rp 1500000 ya kak", "transfer 2500000", "harga 1250000 ok?", "naik GA4021 ya", "JT0691 delay ga?",
    "flight QZ7510 jam brp", "TIKET AMAN", "Itinerary: GA 404 CGK-DPS 05 Jan 07:00",
  ])("%s names no booking", (text) => {
    const r = readTypedRequest(text);
    expect(r === undefined || !("code" in r)).toBe(true);
  });

  it("refund gimana caranya? is the refund rule, for no code named", () => expect(readTypedRequest("refund gimana caranya?")).toEqual({ kind: "change", what: "refund" }));
  it.each([["LRWFBN ya", "LRWFBN"], ["issue it pls LRWFBN", "LRWFBN"], ["thanks bro, btw cek ZZ9Q8W", "ZZ9Q8W"]])("%s names %s", (text, code) =>
    expect(readTypedRequest(text)).toMatchObject({ code }));
});

describe("a request without a code is only that", () => {
  it.each([
    "saya cek besok", "Budi Cek", "cek ombak", "udah check in?", "cek in jam brp?", "I will check tomorrow", "check this out", "can you check the price?",
    "saya mau depo 5jt", "ubah jam meeting", "ganti jam ketemuan ya", "cancel meeting", "void", "batal ke solo", "customer batal", "the customer wants to cancel",
    "ticket to ride", "status: pending",
  ])("%s asks for nothing", (text) => expect(readTypedRequest(text)).toBeUndefined());

  it.each([
    ["tiket saya mana", { kind: "ticket" }], ["where is my ticket", { kind: "ticket" }], ["e ticket pls", { kind: "ticket" }], ["status?", { kind: "status" }],
    ["ok thanks bye", { kind: "thanks" }], ["refund how?", { kind: "change", what: "refund" }], ["cek dong ya kak", { kind: "status" }],
  ])("%s", (text, expected) => expect(readTypedRequest(text)).toEqual(expected));
});
