import type { ServerResponse } from "node:http";
import { Redis } from "ioredis";
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import type { FlightProvider } from "../../src/domain/flight-provider.js";
import { MmbcProvider } from "../../src/providers/mmbc/mmbc-provider.js";
import { ISSUE_DOUBT_HOLD_MS, issueOnce, type IssueDeps } from "../../src/services/issue-booking.js";
import { BookingStore } from "../../src/store/booking-store.js";
import { IssueLedger } from "../../src/store/issue-ledger.js";
import { redisKeys } from "../../src/store/keys.js";
import { json, startCannedServer, type CannedRequest } from "../support/canned-http.js";
import { captureLogger } from "../support/test-logger.js";

// MMBC over HTTP (canned answers) and the real ledger on Redis: only the clock is the test's.
type Answer = (req: CannedRequest, res: ServerResponse) => void;
let issueAnswer: Answer;
let status = "waiting";
const hung: ServerResponse[] = [];
const server = await startCannedServer((req, res) => {
  if (req.path.endsWith("getissued-json")) return issueAnswer(req, res);
  if (status === "broken") return void res.end("<html>502</html>");
  json(res, JSON.stringify({ result: "ok", kodebooking: new URLSearchParams(req.body).get("kodebooking"), status }));
});
const provider = new MmbcProvider({
  baseUrl: `${server.origin}/json/`, credentials: { username: "u", password: "p" }, timeZone: "Asia/Jakarta", sandbox: false,
  logger: captureLogger().logger, timeouts: { read: 2_000, issue: 300 }, retryDelaysMs: [],
});
const redis = new Redis(inject("redisUrl"));
const keys = redisKeys(`issue-doubt-${process.pid}`);
const ledger = new IssueLedger(redis, keys);
let clock = Date.now();
const deps: IssueDeps = { ledger, bookings: new BookingStore(redis, keys), now: () => new Date(clock) };
afterAll(async () => {
  hung.forEach((r) => r.destroy());
  await provider.close();
  await server.close();
  redis.disconnect();
});

const noAnswer: Answer = (_req, res) => void hung.push(res); // the airline is still at it when we give up
/** No answer, and from then on the status reads `then`. */
const noAnswerThen = (then: string): Answer => (req, res) => { status = then; noAnswer(req, res); };
const paid: Answer = (_req, res) => json(res, '{"result":"ok","reason":" Kode Booking X sudah berhasil terissued!","ticket_number":"123|456"}');
const issueCalls = (code: string) => server.requests.filter((r) => r.path.endsWith("getissued-json") && r.body.includes(`kodebooking=${code}`)).length;
let n = 0;
const nextCode = () => `DBT${String(++n).padStart(3, "0")}`;
beforeEach(() => { status = "waiting"; clock = Date.now(); });

describe("an issue whose outcome is unknown holds the code against a second payment", () => {
  it.each([
    ["timed out", noAnswer],
    ["answered with an HTML page", ((_q, res) => void res.end("<html>gateway</html>")) as Answer],
    ["said the airline failed", ((_q, res) => json(res, '{"result":"no","reason":"failed to receive data"}')) as Answer],
  ])("the issue call %s and the status still says waiting: a second try reads the status and sends no second issue", async (_name, answer) => {
    const code = nextCode();
    issueAnswer = answer;
    const first = await issueOnce(deps, provider, code, 1);
    expect(first).toEqual({ kind: "unknown", status: "waiting", heldUntil: new Date(clock + ISSUE_DOUBT_HOLD_MS).toISOString() });
    issueAnswer = paid;
    clock += 10 * 60_000;
    const second = await issueOnce(deps, provider, code, 2);
    expect(second).toEqual({ kind: "unknown", status: "waiting", heldUntil: first.kind === "unknown" ? first.heldUntil : "" });
    expect(issueCalls(code)).toBe(1);
  });

  it("the status turns issued during the hold: it reads as issued and nothing more is paid", async () => {
    const code = nextCode();
    issueAnswer = noAnswer;
    expect((await issueOnce(deps, provider, code, 1)).kind).toBe("unknown");
    status = "issued";
    issueAnswer = paid;
    expect(await issueOnce(deps, provider, code, 2)).toEqual({ kind: "already_issued", ticketNumbers: [] });
    expect((await ledger.get("mmbc", code))?.state).toBe("done");
    expect(await issueOnce(deps, provider, code, 2)).toEqual({ kind: "already_issued", ticketNumbers: [] });
    expect(issueCalls(code)).toBe(1);
  });

  it("no status either after the timeout: held all the same, not only for the short lock", async () => {
    const code = nextCode();
    issueAnswer = noAnswerThen("broken");
    const first = await issueOnce(deps, provider, code, 1);
    expect(first).toEqual({ kind: "unknown", heldUntil: new Date(clock + ISSUE_DOUBT_HOLD_MS).toISOString() });
    status = "waiting";
    issueAnswer = paid;
    clock += 6 * 60_000; // past the 5-minute in-progress lock
    expect((await issueOnce(deps, provider, code, 1)).kind).toBe("unknown");
    expect(issueCalls(code)).toBe(1);
  });

  it("once the hold is over and the status still says waiting, the first attempt did not pay: issuing is allowed again, once", async () => {
    const code = nextCode();
    issueAnswer = noAnswer;
    await issueOnce(deps, provider, code, 1);
    issueAnswer = paid;
    clock += ISSUE_DOUBT_HOLD_MS - 1_000;
    expect((await issueOnce(deps, provider, code, 1)).kind).toBe("unknown");
    clock += 2_000;
    const [a, b] = await Promise.all([issueOnce(deps, provider, code, 1), issueOnce(deps, provider, code, 2)]);
    expect([a.kind, b.kind].sort()).toEqual(["in_progress", "issued"]);
    expect(issueCalls(code)).toBe(2);
  });

  it("cancelled or expired after the timeout: nothing can be paid, and no hold is left", async () => {
    const code = nextCode();
    issueAnswer = noAnswerThen("expired");
    expect(await issueOnce(deps, provider, code, 1)).toEqual({ kind: "unknown", status: "expired" });
    expect(await ledger.get("mmbc", code)).toBeUndefined();
  });

  it("a definite refusal (deposit too low) charged nothing: no hold, the retry pays", async () => {
    const code = nextCode();
    issueAnswer = (_q, res) => json(res, '{"result":"no","reason":"Sisa saldo tidak cukup untuk Issued tiket, sisa saldo anda adalah 0."}');
    const first = await issueOnce(deps, provider, code, 1);
    expect(first.kind === "failed" && first.error.code).toBe("insufficient_deposit");
    issueAnswer = paid;
    expect((await issueOnce(deps, provider, code, 1)).kind).toBe("issued");
    expect(issueCalls(code)).toBe(2);
  });

  it("a hold never replaces an issue already recorded as done", async () => {
    const code = nextCode();
    await ledger.done("mmbc", code, 1, ["123"], new Date(clock));
    await ledger.holdInDoubt("mmbc", code, 1, new Date(clock), new Date(clock + ISSUE_DOUBT_HOLD_MS));
    expect(await ledger.get("mmbc", code)).toMatchObject({ state: "done", ticketNumbers: ["123"] });
  });

  it("a provider whose issue finds an earlier attempt's payment itself (tiket.com) is not held: the retry goes to it at once", async () => {
    const code = nextCode();
    const findsEarlierPayment: FlightProvider = Object.assign(Object.create(provider) as FlightProvider, { issueFindsEarlierPayment: true });
    issueAnswer = noAnswer;
    expect(await issueOnce(deps, findsEarlierPayment, code, 1)).toEqual({ kind: "unknown", status: "waiting" });
    issueAnswer = paid;
    expect((await issueOnce(deps, findsEarlierPayment, code, 1)).kind).toBe("issued");
    expect(issueCalls(code)).toBe(2);
  });
});
