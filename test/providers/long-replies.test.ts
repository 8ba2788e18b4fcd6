import { afterAll, describe, expect, it } from "vitest";
import type { ServerResponse } from "node:http";
import { ProviderError, TicketError } from "../../src/domain/errors.js";
import { MmbcProvider } from "../../src/providers/mmbc/mmbc-provider.js";
import { extractUrl } from "../../src/providers/mmbc/wire-values.js";
import { MAX_PROVIDER_LINES, MAX_PROVIDER_TEXT } from "../../src/providers/provider-text.js";
import { json, startCannedServer, type CannedRequest } from "../support/canned-http.js";
import { captureLogger } from "../support/test-logger.js";
import { startCannedTiket } from "./tiket/canned-tiket.js";
import { errorBody } from "./tiket/spec-examples.js";

// Replies may be up to 8 MiB. These are 1 MiB each and shaped so that a pattern that is not linear in
// the text — like the old `/[.,;)]+$/` after a run of dots (1.3 s on 32 k of them) — would take
// minutes. The assertions are on what comes out, never on time.
const MiB = 1 << 20;
const LINK = "https://klikmbc.co.id/getbook/etiket/etiket-XXXXX.pdf";

let next: (req: CannedRequest, res: ServerResponse) => void = (_q, res) => json(res, "{}");
const server = await startCannedServer((req, res) => next(req, res));
const answer = (body: unknown) => { next = (_q, res) => json(res, typeof body === "string" ? body : JSON.stringify(body)); };
const provider = new MmbcProvider({
  baseUrl: `${server.origin}/json/`, credentials: { username: "agent007", password: "s3cret-pass" }, timeZone: "Asia/Jakarta", sandbox: false,
  logger: captureLogger("error").logger, timeouts: { read: 5_000, search: 5_000, book: 5_000, issue: 5_000 }, retryDelaysMs: [],
});
const tiket = await startCannedTiket();
afterAll(async () => {
  await provider.close();
  await server.close();
  await tiket.close();
});
const error = async (p: Promise<unknown>) => {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e, "a typed provider error").toBeInstanceOf(ProviderError);
  return e as ProviderError;
};

describe("a 1 MiB provider reply", () => {
  it.each([["and a letter (the old regex: minutes)", "x"], ["", ""]])("e-ticket: a link glued to a megabyte of dots %s is no link", async (_what, tail) => {
    answer({ result: "ok", reason: `link download etiket ${LINK}${".".repeat(MiB)}${tail}` });
    const e = await error(provider.ticket("XXXXX"));
    expect(e).toBeInstanceOf(TicketError);
    expect(e).toMatchObject({ code: "ticket_download", reason: "invalid_url" });
    expect(e.raw!.length).toBeLessThanOrEqual(500);
  });

  it("e-ticket: the link is found, its trailing punctuation dropped, whatever follows", async () => {
    answer({ result: "ok", reason: `link download etiket ${LINK}.), ${".,;)".repeat(MiB / 4)}x` });
    expect(await provider.ticket("XXXXX")).toMatchObject({ kind: "link", url: LINK });
    answer({ result: "ok", reason: `link download etiket ${LINK}${".".repeat(2000)} ${"x".repeat(MiB)}` });
    expect(await provider.ticket("XXXXX")).toMatchObject({ kind: "link", url: LINK });
    expect(extractUrl(`${" ".repeat(MiB)}${LINK}`)).toBeUndefined(); // not within the first 4 KiB of the sentence
    expect(extractUrl(`see ${LINK}).`)).toBe(LINK);
    expect(extractUrl(`${"https://".repeat(MiB / 8)}`)).toBeUndefined();
  });

  it("a failure reason is read from its start and kept capped", async () => {
    answer({ result: "no", reason: `Sisa saldo tidak cukup untuk Issued tiket, sisa saldo anda adalah 1,234,500.${".".repeat(MiB)}x` });
    const e = await error(provider.issue("XXXXX"));
    expect(e).toMatchObject({ code: "insufficient_deposit", balance: 1_234_500 });
    expect(e.raw!.length).toBeLessThanOrEqual(MAX_PROVIDER_TEXT + 1);
  });

  it("validation lines: a megabyte of them keeps the first few, capped", async () => {
    answer({ result: "no", flight_code: "SJ268", kodebooking: "", message: `Contact name not valid !\r\n${"Psg 1 name is an empty string\r\n".repeat(MiB / 32)}${"x".repeat(MiB)}` });
    const e = await error(provider.book({
      provider: "mmbc", offerRef: "x", flightCode: "SJ-268", from: "CGK", to: "SUB", date: "2030-01-01", pax: { adult: 1, child: 0, infant: 0 },
      passengers: [{ type: "adult", title: "Mr", fullName: "Budi" }], contact: { email: "b@example.com", phone: "081234567890" },
    }));
    expect(e.code).toBe("validation");
    expect(e.messages[0]).toBe("Contact name not valid !");
    expect(e.messages).toHaveLength(MAX_PROVIDER_LINES);
    expect(e.messages.every((m) => m.length <= MAX_PROVIDER_TEXT + 1)).toBe(true);
  });

  it("JSON nested a megabyte deep is a typed error, not a stack overflow", async () => {
    answer(`{"result":"ok","saldo":${"[".repeat(MiB / 2)}${"]".repeat(MiB / 2)}}`);
    expect(await error(provider.balance())).toMatchObject({ code: "unavailable", message: "provider answer nests too deeply" });
    tiket.routes.set("partner/transactionApi/get_saldo", `{"diagnostic":{"status":200,"error_msgs":${"[".repeat(MiB / 2)}${"]".repeat(MiB / 2)}}}`);
    expect(await error(tiket.provider.balance())).toMatchObject({ code: "unavailable", message: "provider answer nests too deeply" });
  });

  it("tiket.com: a megabyte of error_msgs keeps the first few, capped, and is still mapped by meaning", async () => {
    const lines = ["Saldo tidak cukup", ...Array.from({ length: MiB / 16 }, (_, i) => `pesan ${i}`)];
    tiket.routes.set("partner/transactionApi/get_saldo", errorBody(201, "x").replace('"error_msgs":"x"', `"error_msgs":${JSON.stringify(lines)}`));
    const e = await error(tiket.provider.balance());
    expect(e.code).toBe("insufficient_deposit");
    expect(e.messages).toHaveLength(MAX_PROVIDER_LINES);
    tiket.routes.set("partner/transactionApi/get_saldo", errorBody(201, `Order not found ${"!".repeat(MiB)}`));
    const long = await error(tiket.provider.balance());
    expect(long.code).toBe("booking_not_found");
    expect(long.messages[0]!.length).toBeLessThanOrEqual(MAX_PROVIDER_TEXT + 1);
  });
});
