import { describe, expect, it } from "vitest";
import { readTypedRequest } from "../../src/domain/typed-request.js";

// Typed after a booking: by when to pay (its status shows it), the e-ticket asked for again, cancelling "the booking".
describe("after-booking requests", () => {
  it.each([
    ["batas bayar kapan?", { kind: "status" }],
    ["kapan batas bayarnya?", { kind: "status" }],
    ["bayar kapan?", { kind: "status" }],
    ["kapan jatuh tempo?", { kind: "status" }],
    ["timelimit nya kapan", { kind: "status" }],
    ["deadline bayar?", { kind: "status" }],
    ["batas pembayaran kapan", { kind: "status" }],
    ["when is the payment deadline?", { kind: "status" }],
    ["what's the time limit?", { kind: "status" }],
    ["batas bayar ABC123 kapan", { kind: "status", code: "ABC123" }],
    ["minta tiketnya", { kind: "ticket" }],
    ["kirim ulang etiket", { kind: "ticket" }],
    ["kirim ulang etiketnya", { kind: "ticket" }],
    ["resend the e-ticket", { kind: "ticket" }],
    ["batalin bookingnya", { kind: "cancel" }],
    // The trip is off, so cancel it ("gak jadi batal" says the opposite: not read).
    ["gak jadi, batalin aja bookingnya", { kind: "cancel" }],
    ["ga jadi batalin aja", { kind: "cancel" }],
    // Paying later: by when, as "bayar kapan?".
    ["saya bayar nanti aja", { kind: "status" }],
    ["bayar nanti ya kak", { kind: "status" }],
    // One of several by its place: which is asked.
    ["issued yg pertama", { kind: "issue", ordinal: true }],
    ["cek yang kedua", { kind: "status", ordinal: true }],
    // "kapan2" (kapan-kapan): paying some time later, so by when; never a booking code KAPAN2.
    ["saya bayar kapan2 aja", { kind: "status" }],
    ["bayar kapan2 ya kak", { kind: "status" }],
    // Lowercase codes typed alone, or after a code word, stay codes.
    ["x8ck4q", { kind: "status", code: "X8CK4Q" }],
    ["kapan2", { kind: "status", code: "KAPAN2" }],
    ["cek lrwfb2", { kind: "status", code: "LRWFB2" }],
    ["issued x8ck4q", { kind: "issue", code: "X8CK4Q" }],
  ])("%s", (text, expected) => expect(readTypedRequest(text)).toEqual(expected));

  it.each(["gak jadi batal", "ga jadi batalin"])("%s (not cancelling after all) is no cancel", (text) => {
    expect(readTypedRequest(text)?.kind).not.toBe("cancel");
  });

  it.each(["bayar besok ya", "limit saldo", "batas bagasi brp", "minta", "ulang", "lagi"])("%s asks for none of it", (text) => {
    const read = readTypedRequest(text);
    expect(read?.kind === "status" || read?.kind === "issue" || read?.kind === "ticket").toBe(false);
  });

  // Indonesian words doubled with "2" in a sentence ("kapan2" = kapan-kapan, "nanti2", "besok2") are words, not codes.
  it.each(["bayar nanti2 aja", "saya bayar besok2 aja ya", "issued nanti2 aja", "cek pelan2 aja kak", "bayar dikit2 boleh?"])("%s names no booking code", (text) => {
    const read = readTypedRequest(text);
    expect(read && "code" in read ? read.code : undefined).toBeUndefined();
  });
});
