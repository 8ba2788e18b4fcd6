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
    ["cek bagasi", { kind: "status" }],
    ["issued tolong", { kind: "issue" }],
    ["cek jadwal", { kind: "status" }],
    ["batalin", { kind: "cancel" }],
    ["batalin aja", { kind: "cancel" }],
    ["reschedule", { kind: "change", what: "date" }],
    ["ganti tgl", { kind: "change", what: "date" }],
    ["refund", { kind: "change", what: "refund" }],
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
