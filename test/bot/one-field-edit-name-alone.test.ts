import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { dayWith } from "../support/sandbox-days.js";
import { requirementsFor } from "../../src/providers/mmbc/airline-requirements.js";
import { generateFlights, type SandboxFlight } from "../../src/sandbox/mmbc/flights/generate-flights.js";

// ✏️ <passenger> says "to correct only one detail, type just that", but a name retyped alone there dropped
// the passenger's birth date (and KTP) silently: MMBC then got no birth date for anyone (it sends them only
// when every passenger has one) though the confirmed summary showed the other's, and a flight needing them
// asked them again. Now the name replaces only the name, and the provider gets what the summary showed.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ use: "mmbc" });
});
afterAll(async () => {
  await h?.close();
});
let nextId = 49_900;
const agent = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
};
const SUMMARY = /Periksa sebelum booking|Check before booking/;
const ROUTE = ["CGK", "DPS"] as const;
const needs = (code: string) => requirementsFor(code, ROUTE[0], ROUTE[1]);
/** A flight asking only names (a birth date pasted is kept, optional) and one that requires birth dates (no ID, no passport). */
const optionalBirth = (code: string) => !needs(code).birthDate && !needs(code).idNumber && !needs(code).passport;
const requiredBirth = (code: string) => needs(code).birthDate && !needs(code).idNumber && !needs(code).passport;
// Each flight booked by two tests (id and en) of 2 passengers: seats for both.
const roomy = (test: (code: string) => boolean) => (fs: SandboxFlight[]) => fs.filter((f) => test(f.code) && f.baseSeats >= 6);
const DAY = dayWith(ROUTE, (fs) => roomy(optionalBirth)(fs).length >= 2 && roomy(requiredBirth)(fs).length >= 1, 50);
const flightWhere = (test: (code: string) => boolean, nth = 0) => roomy(test)(generateFlights(ROUTE[0], ROUTE[1], DAY.iso))[nth]!.code;

/** The two passengers pasted with birth dates on `code`, contact typed: up to the summary. */
async function toSummary(a: Agent, lang: "id" | "en", code: string): Promise<string> {
  await a.say(`${lang === "id" ? "/cari" : "/search"} ${ROUTE.join(" ")} ${DAY.wire} 2`);
  await a.say(code);
  await a.tap(lang === "id" ? "Lanjut" : "Continue");
  await a.say("Tn Budi Santoso 17-08-1990\nNy Sari Dewi 02-03-1992");
  await a.say("budi@example.com");
  const summary = (await a.say("081234567890"))?.text ?? "";
  expect(summary, a.transcript(8)).toMatch(SUMMARY);
  return summary;
}

/** The booking MMBC received last. */
const lastBooking = () => h.sandbox.controls.calls("postbooking-json" as never).at(-1)!.params;

describe("a name retyped alone at ✏️ <passenger> keeps their details", () => {
  it.each([["id", "✏️ Ubah", "lahir 17 Agt 1990", "✅ Booking"], ["en", "✏️ Change", "born 17 Aug 1990", "✅ Book"]] as const)(
    "%s: optional birth dates (MMBC sends them only when everyone has one): Budi's kept, and MMBC gets both, as the summary showed",
    async (lang, change, born, book) => {
      const a = agent(lang);
      await toSummary(a, lang, flightWhere(optionalBirth));
      await a.tap(change);
      await a.tap("✏️ Mr Budi Santoso");
      const summary = (await a.say("Tn Budi Santosa"))?.text ?? "";
      expect(summary, a.transcript(4)).toMatch(SUMMARY);
      expect(summary).toMatch(new RegExp(`1\\. Mr Budi Santosa[^\\n]*${born}`));
      await a.tap(book);
      const sent = lastBooking();
      expect(sent.passengername).toBe("Mr. Budi Santosa:Mrs. Sari Dewi");
      expect(sent.dateofbirth).toBe("17-08-1990:02-03-1992");
    },
  );

  it("id: birth dates required: the name alone goes straight back to the summary, no birth date asked again", async () => {
    const a = agent("id");
    await toSummary(a, "id", flightWhere(requiredBirth));
    await a.tap("✏️ Ubah");
    await a.tap("✏️ Mr Budi Santoso");
    const summary = (await a.say("Tn Budi Santosa"))?.text ?? "";
    expect(summary, a.transcript(4)).toMatch(SUMMARY);
    expect(summary).toMatch(/1\. Mr Budi Santosa[^\n]*lahir 17 Agt 1990/);
    await a.tap("✅ Booking");
    expect(lastBooking().dateofbirth).toBe("17-08-1990:02-03-1992");
  });
});

describe("the summary shows the birth dates MMBC is sent", () => {
  it.each([["id", "✅ Booking", "lahir 17 Agt 1990"], ["en", "✅ Book", "born 17 Aug 1990"]] as const)(
    "%s: on a flight that needs none, one passenger's birth date alone is not sent (MMBC takes all or none): the summary does not show it, and says why",
    async (lang, book, born) => {
      const a = agent(lang);
      await a.say(`${lang === "id" ? "/cari" : "/search"} ${ROUTE.join(" ")} ${DAY.wire} 2`);
      await a.say(flightWhere(optionalBirth, 1));
      await a.tap(lang === "id" ? "Lanjut" : "Continue");
      await a.say("Tn Budi Santoso 17-08-1990\nNy Sari Dewi");
      await a.say("budi@example.com");
      const summary = (await a.say("081234567890"))?.text ?? "";
      expect(summary, a.transcript(8)).toMatch(SUMMARY);
      expect(summary).not.toContain(born);
      expect(summary).toMatch(/tidak dikirim|not sent/);
      await a.tap(book);
      expect(lastBooking().dateofbirth).toBeUndefined();
    },
  );
});
