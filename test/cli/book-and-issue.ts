import { MmbcProvider } from "../../src/providers/mmbc/mmbc-provider.js";
import type { MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { isoAhead } from "../sandbox/sandbox-helpers.js";
import { captureLogger } from "../support/test-logger.js";

/** Books and issues one adult on a flight that needs only a name, so `status` and `ticket` have something to show. */
export async function bookAndIssue(sandbox: MmbcSandbox): Promise<string> {
  const provider = new MmbcProvider({
    baseUrl: sandbox.baseUrl, credentials: sandbox.credentials, timeZone: "Asia/Jakarta", sandbox: true, logger: captureLogger().logger,
  });
  try {
    const pax = { adult: 1, child: 0, infant: 0 };
    const offers = await provider.search({ from: "CGK", to: "SUB", date: isoAhead(25), pax });
    const offer = offers.find((o) => ["JT", "ID", "GA", "SJ"].includes(o.airlineCode)) ?? offers[0]!;
    const quote = await provider.quote(offer, pax);
    const booking = await provider.book({
      provider: "mmbc", offerRef: offer.ref, flightCode: offer.flightCode, from: offer.from, to: offer.to, date: offer.date, pax,
      passengers: [{ type: "adult", title: "Mr", fullName: "Budi Santoso", ...(quote.needs.birthDate ? { birthDate: "1987-09-02" } : {}) }],
      contact: { email: "budi@example.co.id", phone: "081234567890" },
    });
    await provider.issue(booking.code);
    return booking.code;
  } finally {
    await provider.close();
  }
}
