import type { ServerResponse } from "node:http";
import { Redis } from "ioredis";
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import { mapFailure } from "../../src/providers/mmbc/failure-mapping.js";
import { MmbcProvider } from "../../src/providers/mmbc/mmbc-provider.js";
import { ISSUE_DOUBT_HOLD_MS, issueOnce, type IssueDeps } from "../../src/services/issue-booking.js";
import { BookingStore } from "../../src/store/booking-store.js";
import { IssueLedger } from "../../src/store/issue-ledger.js";
import { redisKeys } from "../../src/store/keys.js";
import { json, startCannedServer, type CannedRequest } from "../support/canned-http.js";
import { captureLogger } from "../support/test-logger.js";

// An MMBC issue refusal counts as "charged nothing" only in the seed's own wordings of MMBC's checks
// before paying; any other text may follow a payment, so the status decides and the code is held.
type Answer = (req: CannedRequest, res: ServerResponse) => void;
let issueAnswer: Answer;
let status = "waiting";
const server = await startCannedServer((req, res) => {
  if (req.path.endsWith("getissued-json")) return issueAnswer(req, res);
  json(res, JSON.stringify({ result: "ok", kodebooking: new URLSearchParams(req.body).get("kodebooking"), status }));
});
const provider = new MmbcProvider({
  baseUrl: `${server.origin}/json/`, credentials: { username: "u", password: "p" }, timeZone: "Asia/Jakarta", sandbox: false,
  logger: captureLogger().logger, timeouts: { read: 2_000, issue: 2_000 }, retryDelaysMs: [],
});
const redis = new Redis(inject("redisUrl"));
const keys = redisKeys(`issue-refusal-shapes-${process.pid}`);
const ledger = new IssueLedger(redis, keys);
let clock = Date.now();
const deps: IssueDeps = { ledger, bookings: new BookingStore(redis, keys), now: () => new Date(clock) };
afterAll(async () => {
  await provider.close();
  await server.close();
  redis.disconnect();
});

const body = (b: string): Answer => (_req, res) => json(res, b);
const paid = body('{"result":"ok","reason":" Kode Booking X sudah berhasil terissued!","ticket_number":"123|456"}');
const issueCalls = (code: string) => server.requests.filter((r) => r.path.endsWith("getissued-json") && r.body.includes(`kodebooking=${code}`)).length;
let n = 0;
const nextCode = () => `RSK${String(++n).padStart(3, "0")}`;
beforeEach(() => { status = "waiting"; clock = Date.now(); });

const RISKY: [string, string][] = [
  ["a `message` body (the spec shows it for booking only)", '{"result":"no","message":"Gagal terhubung ke maskapai\\r\\nSilakan cek status booking"}'],
  ["a `message` body with a seat word", '{"result":"no","flight_seat":"0","message":"Seat not available"}'],
  ["a reason with a seat word", '{"result":"no","reason":"Airline system not available, please check booking status"}'],
  ["a reason saying 'habis' (a session's time, not seats)", '{"result":"no","reason":"Waktu sesi maskapai habis"}'],
  ["a reason with 'expired' not in the seed's form", '{"result":"no","reason":"Airline session expired, issued belum selesai"}'],
  ["a reason with 'not found' not in the seed's form", '{"result":"no","reason":"PNR not found at airline after payment"}'],
  ["a reason naming a field", '{"result":"no","reason":"Contact name not valid !"}'],
  ["'belum tersedia' (the e-ticket's wording)", '{"result":"no","reason":"Tiket belum tersedia, silakan cek status"}'],
];

describe("an issue refusal the seed does not list as definite is not read as 'charged nothing'", () => {
  it.each(RISKY)("%s: upstream at the mapping", (_name, wire) => {
    const e = mapFailure("getissued-json", JSON.parse(wire) as { result: "no" });
    expect(e.code).toBe("upstream");
  });

  it.each(RISKY)("%s: the status is read, the code is held, and a second tap pays nothing", async (_name, wire) => {
    const code = nextCode();
    issueAnswer = body(wire);
    const first = await issueOnce(deps, provider, code, 1);
    expect(first).toEqual({ kind: "unknown", status: "waiting", heldUntil: new Date(clock + ISSUE_DOUBT_HOLD_MS).toISOString() });
    expect((await ledger.get("mmbc", code))?.state).toBe("in_doubt");
    issueAnswer = paid;
    clock += 60_000;
    expect((await issueOnce(deps, provider, code, 2)).kind).toBe("unknown");
    expect(issueCalls(code)).toBe(1);
  });

  it("the status says issued after such a refusal: recorded as issued", async () => {
    const code = nextCode();
    // The status read before paying says waiting; the one after the refusal says issued.
    issueAnswer = (req, res) => { status = "issued"; body('{"result":"no","reason":"Airline session expired"}')(req, res); };
    expect((await issueOnce(deps, provider, code, 1)).kind).toBe("issued");
    expect((await ledger.get("mmbc", code))?.state).toBe("done");
  });
});

describe("the seed's definite refusals still answer clearly and charge nothing", () => {
  it.each([
    ['{"result":"no","reason":"invalid login"}', "invalid_credentials"],
    ['{"result":"no","reason":"status kode booking XXXXX adalah Expired"}', "booking_expired"],
    // The seed's body wraps this line; the words are the same.
    ['{"result":"no","reason":"Sisa saldo tidak cukup untuk Issued tiket, sisa \\n\\nsaldo anda adalah 0."}', "insufficient_deposit"],
    ['{"result":"no","reason":"Kode Booking XXXXX tidak ditemukan, silakan periksa kembali kode bookingnya."}', "booking_not_found"],
    ['{"result":"no","reason":"Invalid Kode Booking XXXXX!"}', "booking_not_found"],
    ['{"result":"no","reason":"Invalid Kode Booking!"}', "booking_not_found"],
    ['{"result":"no","reason":"Kode Booking XXXXX sudah di Issued sebelumnya"}', "already_issued"],
    ['{"result":"no","reason":"status kode booking XXXXX adalah Cancel"}', "booking_cancelled"],
  ])("%s → %s", (wire, code) => {
    expect(mapFailure("getissued-json", JSON.parse(wire) as { result: "no" }).code).toBe(code);
  });

  it("the deposit's balance is still read", () => {
    const e = mapFailure("getissued-json", { result: "no", reason: "Sisa saldo tidak cukup untuk Issued tiket, sisa saldo anda adalah 1,234,500." });
    expect(e.balance).toBe(1_234_500);
  });

  it.each([
    ["deposit too low", '{"result":"no","reason":"Sisa saldo tidak cukup untuk Issued tiket, sisa saldo anda adalah 0."}', "insufficient_deposit"],
    ["login refused", '{"result":"no","reason":"invalid login"}', "invalid_credentials"],
  ])("%s: failed, no hold, the retry pays", async (_name, wire, errorCode) => {
    const code = nextCode();
    issueAnswer = body(wire);
    const first = await issueOnce(deps, provider, code, 1);
    expect(first.kind === "failed" && first.error.code).toBe(errorCode);
    expect(await ledger.get("mmbc", code)).toBeUndefined();
    issueAnswer = paid;
    expect((await issueOnce(deps, provider, code, 1)).kind).toBe("issued");
    expect(issueCalls(code)).toBe(2);
  });
});

describe("the booking call keeps its readings", () => {
  it("a `message` body and a seat word on booking are still validation and seat_gone", () => {
    expect(mapFailure("postbooking-json", { result: "no", kodebooking: "", message: "Contact Title is empty !" }).code).toBe("validation");
    expect(mapFailure("postbooking-json", { result: "no", kodebooking: "", message: "Seat not available" }).code).toBe("seat_gone");
  });
});
