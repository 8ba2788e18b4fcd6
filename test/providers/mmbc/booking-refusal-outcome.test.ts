import { describe, expect, it } from "vitest";
import { mapFailure } from "../../../src/providers/mmbc/failure-mapping.js";

// MMBC's booking call is not idempotent: a failure that does not prove nothing was booked must never invite
// the agent to book again. Only MMBC's own checks before booking (the login, the deposit, the form), a refusal
// naming the passenger data sent, or seats gone prove that; "failed to receive data", "system failed login"
// (the airline's system) and any text not known may follow a hold the airline made: the outcome is unknown.
const reason = (text: string) => ({ result: "no", reason: text });
const message = (...lines: string[]) => ({ result: "no", flight_code: "JT690", flight_seat: "9", kodebooking: "", message: lines.map((l) => `${l}\r\n`).join("") });

describe("a refused MMBC booking", () => {
  it.each([
    "failed to receive data",
    "system failed login",
    "no result",
    "Session expired",
    "Kode booking tidak ditemukan",
    "Waktu habis, silakan coba lagi",
    "Service not available",
    "Please contact customer service",
    "Invalid response from airline",
    "Gagal mengirim data penumpang ke maskapai",
    "something nobody has seen",
  ])("%j: not known whether it was booked, the text kept", (text) => {
    const e = mapFailure("postbooking-json", reason(text));
    expect(e.code).toBe("outcome_unknown");
    expect(e.messages).toEqual([text]);
    expect(e.bookingCode).toBeUndefined();
  });

  it("a refusal shape naming neither the data nor seats is unknown too", () => {
    const e = mapFailure("postbooking-json", message("failed to receive data"));
    expect(e.code).toBe("outcome_unknown");
    expect(e.messages).toEqual(["failed to receive data"]);
  });

  it.each([
    [reason("invalid login"), "invalid_credentials"],
    [reason("data invalid"), "validation"],
    [reason("Sisa saldo tidak cukup, sisa saldo anda adalah 0."), "insufficient_deposit"],
    [reason("Psg 1 name '' is an empty string"), "validation"],
    [reason("baggagevolume tidak sesuai jumlah penumpang"), "validation"],
    [reason("Seat not available"), "seat_gone"],
    [reason("Kursi habis"), "seat_gone"],
    [message("Psg 1 name '' is an empty string", "Contact name not valid !", "Contact surname is empty !", "Contact Title is empty !"), "validation"],
    [message("Adult passenger minimum 1"), "validation"],
    [message("Infant count (2) exceeds adult count (1)"), "validation"],
    [message("Seat not available"), "seat_gone"],
  ] as const)("%j proves nothing was booked: %s", (body, code) => {
    expect(mapFailure("postbooking-json", body).code).toBe(code);
  });

  it("the same texts elsewhere keep their meaning (a search's or the balance's airline failure may be retried)", () => {
    expect(mapFailure("ceksaldo", reason("system failed login")).code).toBe("upstream");
    expect(mapFailure("getflights-json", reason("failed to receive data")).code).toBe("upstream");
    expect(mapFailure("getflights-json", reason("no result")).code).toBe("no_flights");
  });
});
