import { afterAll, describe, expect, it } from "vitest";
import type { BookingRequest } from "../../../src/domain/booking.js";
import { MmbcProvider } from "../../../src/providers/mmbc/mmbc-provider.js";
import { JobScheduler } from "../../../src/jobs/job-scheduler.js";
import { json, startCannedServer } from "../../support/canned-http.js";
import { captureLogger } from "../../support/test-logger.js";
import { SPEC } from "./spec-examples.js";

// A success answer with a legal but unexpected deadline, departure or commission made the booking at MMBC:
// it was left unrecorded ("booked outside this chat"). It is now recorded with what is known.
let echo: Record<string, unknown> = {};
const server = await startCannedServer((_req, res) => {
  const seed = JSON.parse(SPEC.booking) as Record<string, unknown>;
  const answer: Record<string, unknown> = { ...seed, flight_code: "JT-790", flight_from: "CGK", flight_to: "SUB", flight_route: "CGK-SUB", flight_departure: "25 Mar 2027 08:15", flight_time: "08:15 - 09:45", flight_timelimit: "24 Mar 2027 23:59", ...echo };
  json(res, JSON.stringify(answer));
});
const { logger, lines } = captureLogger();
const provider = new MmbcProvider({
  baseUrl: `${server.origin}/json/`, credentials: { username: "agent007", password: "s3cret-pass" }, timeZone: "Asia/Jakarta", sandbox: false,
  logger, timeouts: { read: 20_000, search: 20_000, book: 20_000, issue: 20_000 }, retryDelaysMs: [10, 10],
});
afterAll(async () => { await provider.close(); await server.close(); });

const request: BookingRequest = {
  provider: "mmbc", offerRef: "JT-790|CGK|SUB|2027-03-25", flightCode: "JT-790", airlineName: "Lion Air", from: "CGK", to: "SUB", date: "2027-03-25",
  pax: { adult: 1, child: 0, infant: 0 }, passengers: [{ type: "adult", title: "Mr", fullName: "Budi Santoso" }],
  contact: { email: "budi@example.com", phone: "081234567890" },
};
const DEADLINE = "2027-01-24T23:59:00.000+07:00";

describe("MMBC booking answer with a legal but unexpected field", () => {
  it.each([
    ["the request's own dd-mm-yyyy form", "24-01-2027 23:59"],
    ["Indonesian slashes", "24/01/2027 23:59"],
    ["slashes with seconds", "24/01/2027 23:59:00"],
  ])("a deadline in %s is read", async (_what, printed) => {
    echo = { flight_timelimit: printed };
    const b = await provider.book(request);
    expect(b.code).toBe("YDZADF");
    expect(Date.parse(b.timelimit)).toBe(Date.parse(DEADLINE));
    expect(b.timelimitUnknown).toBeUndefined();
  });

  it.each([["empty", ""], ["null", null], ["unreadable", "besok"]])("a deadline %s is recorded as unknown, the booking kept; the log names the field", async (_what, value) => {
    echo = { flight_timelimit: value };
    const b = await provider.book(request);
    expect(b.code).toBe("YDZADF");
    expect(b.timelimitUnknown).toBe(true);
    expect(b.timelimit).toBe(b.departsAt);
    expect(lines.some((l) => l.includes("flight_timelimit"))).toBe(true);
  });

  it.each([["null", null], ["empty", ""]])("a departure %s is the day asked, at the answer's clock", async (_what, value) => {
    echo = { flight_departure: value };
    const b = await provider.book(request);
    expect(b.code).toBe("YDZADF");
    expect(Date.parse(b.departsAt)).toBe(Date.parse("2027-03-25T08:15:00+07:00"));
    expect(b.otherFlight).toBeUndefined();
  });

  it("timelimit empty and departure null together still record the booking", async () => {
    echo = { flight_timelimit: "", flight_departure: null };
    const b = await provider.book(request);
    expect(b).toMatchObject({ code: "YDZADF", timelimitUnknown: true });
  });

  it.each([["null", null], ["empty", ""], ["negative (NTA above the total)", "-500000"]])("a commission %s reads as unknown", async (_what, value) => {
    echo = { flight_bonus_agen: value, flight_shownta: "9999999" };
    const b = await provider.book(request);
    expect(b.code).toBe("YDZADF");
    expect(b.fares.commission).toBeUndefined();
    expect(b.fares.nta).toBe(9999999);
  });

  it("no pay-before reminder is scheduled for an unknown deadline, only the status check at departure", async () => {
    const added: { name: string; data: { kind: string; dueAt: number } }[] = [];
    const queue = { addBulk: async (jobs: typeof added) => void added.push(...jobs) };
    const index = { addForChat: async () => {}, addForBooking: async () => {} };
    const scheduler = new JobScheduler(queue as never, index as never, [3_600_000, 600_000], async () => undefined, () => Date.parse("2027-03-20T00:00:00Z"));
    const departs = "2027-03-25T01:15:00.000Z";
    const n = await scheduler.scheduleReminders({ provider: "mmbc", code: "YDZADF", timelimit: departs, timelimitUnknown: true }, 1);
    expect(n).toBe(0);
    expect(added.map((j) => j.data.kind)).toEqual(["expiry"]);
  });
});
