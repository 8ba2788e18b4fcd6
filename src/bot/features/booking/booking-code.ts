/** Booking codes as agents type them: case and spaces don't matter; 4–10 letters and digits. */
export function parseBookingCode(text: string | undefined): string | undefined {
  const code = (text ?? "").trim().toUpperCase();
  return /^[A-Z0-9]{4,10}$/.test(code) ? code : undefined;
}
