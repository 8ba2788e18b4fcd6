import { afterAll, describe, expect, it } from "vitest";
import { MmbcHttp } from "../../src/providers/mmbc/mmbc-http.js";
import { TiketHttp } from "../../src/providers/tiket/tiket-http.js";
import { startCannedServer } from "../support/canned-http.js";
import { captureLogger } from "../support/test-logger.js";

/** Every answer is an HTML error page with the status the test sets: what a proxy in front of a provider sends. */
let status = 500;
const server = await startCannedServer((_req, res) => {
  res.writeHead(status, { "content-type": "text/html" });
  res.end(`<html><body><h1>${status}</h1></body></html>`);
});
const { logger } = captureLogger();
const mmbc = new MmbcHttp({ baseUrl: `${server.origin}/json/`, logger, retryDelaysMs: [] });
const tiket = new TiketHttp({ baseUrl: server.origin, businessId: "1", businessName: "Agen", lang: "id", logger, retryDelaysMs: [] });
afterAll(async () => {
  await mmbc.close();
  await server.close();
});

const codeOf = (p: Promise<unknown>) => p.then(() => "answered", (e: { code: string }) => e.code);
const calls = {
  "MMBC": (kind: "read" | "book" | "issue") => codeOf(mmbc.post("getissued-json", { kodebooking: "ABC123" }, kind)),
  "tiket.com": (kind: "read" | "book" | "issue") => codeOf(tiket.get("checkout/checkout_payment/8", { token: "t", btn_booking: 1 }, kind)),
};

describe("a 4xx page from a gateway on a call that books or pays", () => {
  for (const [provider, call] of Object.entries(calls)) {
    it(`${provider}: 408, 429, 499 and 502 leave the outcome unknown (the request may have reached the provider)`, async () => {
      for (const s of [408, 429, 499, 502]) {
        status = s;
        expect(await call("issue"), `HTTP ${s} on issue`).toBe("outcome_unknown");
        expect(await call("book"), `HTTP ${s} on book`).toBe("outcome_unknown");
      }
    });

    it(`${provider}: a refusal of the request itself (400, 404, 405) means nothing was done`, async () => {
      for (const s of [400, 404, 405]) {
        status = s;
        expect(await call("issue"), `HTTP ${s}`).toBe("unavailable");
      }
    });

    it(`${provider}: on a read, any 4xx is just unavailable`, async () => {
      status = 408;
      expect(await call("read")).toBe("unavailable");
    });
  }
});
