import { Redis } from "ioredis";
import { afterAll, describe, expect, inject, it } from "vitest";
import { MmbcProvider } from "../../src/providers/mmbc/mmbc-provider.js";
import { toIssueResult } from "../../src/providers/mmbc/mapping.js";
import { ISSUE_DOUBT_HOLD_MS, issueOnce, type IssueDeps } from "../../src/services/issue-booking.js";
import { BookingStore } from "../../src/store/booking-store.js";
import { IssueLedger } from "../../src/store/issue-ledger.js";
import { redisKeys } from "../../src/store/keys.js";
import { json, startCannedServer } from "../support/canned-http.js";
import { captureLogger } from "../support/test-logger.js";

// An issue "ok" whose reason names another booking code ("Kode Booking ZZZ999 sudah berhasil terissued!"
// for 5HT4SZ) said nothing sure about 5HT4SZ, and was told as "✅ 5HT4SZ issued" while MMBC said waiting.
let reason = "";
let status = "waiting";
let statusAfterIssue: string | undefined;
const server = await startCannedServer((req, res) => {
  if (req.path.endsWith("getissued-json")) {
    if (statusAfterIssue) status = statusAfterIssue;
    return json(res, JSON.stringify({ result: "ok", reason }));
  }
  json(res, JSON.stringify({ result: "ok", kodebooking: new URLSearchParams(req.body).get("kodebooking"), status }));
});
const provider = new MmbcProvider({
  baseUrl: `${server.origin}/json/`, credentials: { username: "u", password: "p" }, timeZone: "Asia/Jakarta", sandbox: false,
  logger: captureLogger().logger, timeouts: { read: 2_000, issue: 2_000 }, retryDelaysMs: [],
});
const redis = new Redis(inject("redisUrl"));
const keys = redisKeys(`issue-ok-other-code-${process.pid}`);
const ledger = new IssueLedger(redis, keys);
const clock = Date.now();
const deps: IssueDeps = { ledger, bookings: new BookingStore(redis, keys), now: () => new Date(clock) };
afterAll(async () => {
  await provider.close();
  await server.close();
  redis.disconnect();
});
const issueCalls = (code: string) => server.requests.filter((r) => r.path.endsWith("getissued-json") && r.body.includes(`kodebooking=${code}`)).length;

describe("an issue 'ok' naming another booking code", () => {
  it("is an unclear outcome, held, never 'issued', and a second tap pays nothing", async () => {
    reason = " Kode Booking ZZZ999 sudah berhasil terissued!";
    const first = await issueOnce(deps, provider, "5HT4SZ", 1);
    expect(first).toEqual({ kind: "unknown", status: "waiting", heldUntil: new Date(clock + ISSUE_DOUBT_HOLD_MS).toISOString() });
    expect((await ledger.get("mmbc", "5HT4SZ"))?.state).toBe("in_doubt");
    expect((await issueOnce(deps, provider, "5HT4SZ", 2)).kind).toBe("unknown");
    expect(issueCalls("5HT4SZ")).toBe(1);
  });

  it("the status says issued after it: recorded as issued", async () => {
    reason = " Kode Booking ZZZ999 sudah berhasil terissued!";
    statusAfterIssue = "issued";
    expect((await issueOnce(deps, provider, "5HT4SZ2", 1)).kind).toBe("issued");
    [statusAfterIssue, status] = [undefined, "waiting"];
  });

  it.each([
    ["its own code", " Kode Booking 5HT4SZ sudah berhasil terissued!"],
    ["its own code in lower case", " Kode Booking 5ht4sz sudah berhasil terissued!"],
    ["no code at all", "Kode Booking sudah berhasil terissued!"],
    ["no reason", ""],
  ])("an 'ok' with %s is the issue it was", (_what, text) => {
    expect(toIssueResult("5HT4SZ", { result: "ok", reason: text, ticket_number: "123" }).ticketNumbers).toEqual(["123"]);
  });
});
