import type { ProviderId } from "./flight.js";
import type { PassengerInput, PassengerRequirements } from "./passenger.js";

/**
 * Whether the passengers' birth dates reach the provider. MMBC takes them as one list for the whole
 * booking: on a flight that does not require them, sent only when every passenger has one (a list with
 * empty places is refused), so one birth date pasted alone is not sent. The summary shows only what is.
 */
export function birthDatesSent(provider: ProviderId, needs: PassengerRequirements, passengers: readonly Pick<PassengerInput, "birthDate">[]): boolean {
  return provider !== "mmbc" || needs.birthDate || passengers.every((p) => p.birthDate);
}
