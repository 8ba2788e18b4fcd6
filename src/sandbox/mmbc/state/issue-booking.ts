import { randomInt } from "node:crypto";
import { findCarrier } from "../data/airlines.js";
import type { SandboxBooking } from "../types.js";

/** Marks a booking issued and gives it ticket numbers (or "Confirm" for carriers without them). */
export function markIssued(booking: SandboxBooking, at: number): void {
  const carrier = findCarrier(booking.airlineCode);
  booking.status = "issued";
  booking.issuedAt = at;
  booking.ticketNumbers = carrier?.confirmOnly
    ? ["Confirm"]
    : booking.passengers.map(() => `${carrier?.ticketPrefix ?? "990"}${randomDigits(10)}`);
}

function randomDigits(length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += String(randomInt(10));
  return out;
}
