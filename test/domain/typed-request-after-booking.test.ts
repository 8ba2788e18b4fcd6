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
  ])("%s", (text, expected) => expect(readTypedRequest(text)).toEqual(expected));

  it.each(["bayar besok ya", "limit saldo", "batas bagasi brp", "minta", "ulang", "lagi"])("%s asks for none of it", (text) => {
    const read = readTypedRequest(text);
    expect(read?.kind === "status" || read?.kind === "issue" || read?.kind === "ticket").toBe(false);
  });
});
