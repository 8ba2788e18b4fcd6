import { describe, expect, it } from "vitest";
import { isTokenRejection, mapFailure } from "../../../src/providers/tiket/failure-mapping.js";
import { mandatoryFields, needsFrom } from "../../../src/providers/tiket/quote-mapping.js";
import { contactOf, splitName } from "../../../src/providers/tiket/order-form.js";
import { request } from "./spec-examples.js";
import { airlineCodeOf, amount, stopsFromText } from "../../../src/providers/tiket/wire-values.js";

describe("tiket.com wire values", () => {
  it.each([
    ["936900.00", 936_900], [1113285, 1_113_285], ["0,00", 0], ["59680", 59_680], ["12,50", 13], ["IDR 1000.00", 1_000],
  ])("amount %j → %d", (wire, value) => {
    expect(amount.parse(wire)).toBe(value);
  });

  it.each([[""], ["  "], ["Rp "]])("amount %j is no amount, not 0", (wire) => {
    expect(amount.parse(wire)).toBeUndefined();
  });

  it.each([["1.234.500"], ["abc"], [-5]])("amount %j is refused", (wire) => {
    expect(amount.safeParse(wire).success).toBe(false);
  });

  it("reads stops, airline codes and names", () => {
    expect([stopsFromText("Langsung"), stopsFromText("Nonstop"), stopsFromText("1 Transit"), stopsFromText("?")]).toEqual([0, 0, 1, undefined]);
    expect([airlineCodeOf("QG-660"), airlineCodeOf("GA 724"), airlineCodeOf("JT690"), airlineCodeOf("8B-123")]).toEqual(["QG", "GA", "JT", "8B"]);
    expect(splitName("Fransiskus")).toEqual({ first: "Fransiskus", last: "Fransiskus" });
    expect(splitName(" Siti  Nur Aminah ")).toEqual({ first: "Siti Nur", last: "Aminah" });
    expect(splitName("Dési Ñoño")).toEqual({ first: "Desi", last: "Nono" });
  });

  it("keeps the contact's names within CHAR 50 (spec §6): words move to the last name first, and only what cannot fit is cut", () => {
    const contact = (fullName: string) => {
      const { first, last } = contactOf({ ...request, passengers: [{ ...request.passengers[0]!, fullName }] });
      return { first, last };
    };
    // 57 characters: "Aaaaaaaaaa … Eeeeeeeeee" (54) would be the first name; its last word moves over, nothing is lost.
    expect(contact("Aaaaaaaaaa Bbbbbbbbbb Cccccccccc Dddddddddd Eeeeeeeeee Fg"))
      .toEqual({ first: "Aaaaaaaaaa Bbbbbbbbbb Cccccccccc Dddddddddd", last: "Eeeeeeeeee Fg" });
    expect(splitName("Aaaaaaaaaa Bbbbbbbbbb Cccccccccc Dddddddddd Eeeeeeeeee Fg").first).toHaveLength(43);
    // A word too long to move: cut to 50.
    expect(contact(`Ab ${"X".repeat(48)} Cc`)).toEqual({ first: `Ab ${"X".repeat(47)}`, last: "Cc" });
    expect(contact("Y".repeat(58))).toEqual({ first: "Y".repeat(50), last: "Y".repeat(50) });
    for (const n of [49, 50, 51, 55, 60]) {
      const { first, last } = contact(`${"Q".repeat(n - 3)} Rr`);
      expect(first.length, `${n}`).toBeLessThanOrEqual(50);
      expect(last.length).toBeLessThanOrEqual(50);
    }
    // Names that fit are left as they are.
    expect(contact("Siti Nur Aminah")).toEqual({ first: "Siti Nur", last: "Aminah" });
  });


  it("takes mandatory add-order fields from `required`, skipping separators and optional ones", () => {
    const fields = mandatoryFields({
      separator: { mandatory: 1, category: "separator" }, conPhone: { mandatory: 1, category: "contact" },
      passportnoa1: { mandatory: "1", category: "adult1" }, idc1: { mandatory: 0, category: "child1" }, dcheckinbaggagea11: { mandatory: 1 },
    });
    expect(fields).toEqual(["conPhone", "passportnoa1", "dcheckinbaggagea11"]);
    expect(needsFrom(fields, false)).toEqual({ birthDate: false, passport: true, baggage: true, idNumber: false, nationality: false, passportIssued: false, passportIssuing: false });
    expect(mandatoryFields(null)).toEqual([]);
  });
});

describe("tiket.com failure texts", () => {
  it.each([
    ["issue", 201, "insufficient fund", "insufficient_deposit"],
    ["issue", 201, "Saldo tidak cukup, saldo anda Rp 12.500", "insufficient_deposit"],
    // Spec §1: a 201 is "not always fatal": on a payment, one that is no known refusal may have paid.
    ["issue", 201, "Order has been refunded", "outcome_unknown"],
    ["issue", 201, "Pesanan sudah dibayar", "already_issued"],
    ["issue", 201, "Pesanan dibatalkan", "booking_cancelled"],
    ["issue", 201, "your order has expired please recheck your order", "booking_expired"],
    // A token named on a money call may come after the money moved: unknown (still read as a token refusal).
    ["issue", 401, "Token kedaluwarsa: checkout sudah selesai, minta token baru", "outcome_unknown"],
    // Only 200 is success and no other status is documented for a payment: words that say nothing definite stay unknown.
    ["issue", 500, "Invalid response from payment gateway", "outcome_unknown"],
    ["issue", 500, "Deposit service not available, try again", "outcome_unknown"],
    ["issue", 211, "Order tidak valid untuk konfirmasi saat ini", "outcome_unknown"],
    ["issue", 204, "Duplicate payment", "outcome_unknown"],
    ["issue", 500, "Pesanan sudah dibayar", "already_issued"],
    ["issue", 211, "Order not found", "booking_not_found"],
    ["issue", 209, "Order expired", "booking_expired"],
    ["issue", 401, "Akses ditolak: kirim header User-Agent twh:[BUSINESS_ID];[BUSINESS_NAME];", "invalid_credentials"],
    ["book", 201, "Captcha salah", "validation"],
    ["book", 201, "JT-690 sudah penuh atau tidak tersedia", "seat_gone"],
  ] as const)("%s %d %s → %s", (kind, status, text, code) => {
    expect(mapFailure("x", kind, status, [text]).code).toBe(code);
  });

  it("reads the balance a deposit refusal states", () => {
    expect(mapFailure("x", "issue", 201, ["Saldo tidak cukup, saldo anda Rp 12.500"]).balance).toBe(12_500);
  });

  it.each([
    ["insufficient fund", undefined],
    ["Insufficient funds. Your balance is IDR 1,035,151.00", 1_035_151],
    ["Saldo tidak cukup", undefined],
    ["Saldo deposit Anda tidak mencukupi (sisa saldo Rp 500.000)", 500_000],
    ["Maaf, saldo anda kurang. Saldo: 250000", 250_000],
    ["Not enough balance to pay order 20604252", undefined],
    ["Insufficient deposit for order 20604252", undefined],
  ])("201 on a payment %j → insufficient_deposit, balance %j", (text, balance) => {
    const e = mapFailure("checkout/checkout_payment/8", "issue", 201, [text]);
    expect(e).toMatchObject({ code: "insufficient_deposit", retryable: false, messages: [text] });
    expect(e.balance).toBe(balance);
  });

  it.each([
    ["Order not found", "booking_not_found"],
    ["Pesanan tidak ditemukan", "booking_not_found"],
    ["Pesanan dibatalkan", "booking_cancelled"],
    ["your order has expired please recheck your order", "booking_expired"],
    ["Secret key salah", "invalid_credentials"],
  ])("201 on a payment %j names what stops it: a refusal (%s), shown with its lines, never a token rejection", (text, code) => {
    const e = mapFailure("checkout/checkout_payment/8", "issue", 201, [text]);
    expect(e.code).toBe(code);
    expect(e.retryable).toBe(false);
    expect(isTokenRejection(e)).toBe(false);
    expect(e.messages).toEqual([text]);
  });

  // Spec §1: 201 "is not always fatal: check the payload" ("…has been saved"). An empty cart or a spent token
  // follows a checkout (spec §2), so none of these says nothing was paid: the outcome is unknown.
  it.each([
    "Your payment confirmation has been saved.",
    "Your order has been saved. Please wait for confirmation.",
    "Keranjang belanja Anda kosong",
    "Your shopping cart is empty",
    "cart empty",
    "Token tidak valid",
    "Token kedaluwarsa: checkout sudah selesai, minta token baru",
    "Silakan hubungi customer service kami",
    "Pesanan belum di-checkout",
    "",
  ])("201 on a payment %j is no known refusal: outcome unknown (held, never sent again), never a token rejection", (text) => {
    for (const endpoint of ["checkout/checkout_payment/8", "partner/transactionApi/confirmPayment"]) {
      const e = mapFailure(endpoint, "issue", 201, text ? [text] : []);
      expect(e).toMatchObject({ code: "outcome_unknown", unexplainedAnswer: true, retryable: false });
      expect(e.message).not.toMatch(/nothing was paid|refused/);
      expect(isTokenRejection(e)).toBe(false);
      expect(e.messages).toEqual(text ? [text] : []);
    }
  });

  it("outside a payment, an unrecognised notice stays upstream and a dead token stays a token rejection", () => {
    expect(mapFailure("check_order", "read", 201, ["Order has been refunded"]).code).toBe("upstream");
    expect(isTokenRejection(mapFailure("search/flight", "search", 201, ["Token tidak valid"]))).toBe(true);
    expect(isTokenRejection(mapFailure("checkout/checkout_payment/8", "issue", 401, ["Token tidak valid"]))).toBe(true);
  });
});
