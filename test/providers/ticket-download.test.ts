import { afterAll, describe, expect, it } from "vitest";
import type { ServerResponse } from "node:http";
import { TicketError, type TicketFailure } from "../../src/domain/errors.js";
import type { TicketDocument } from "../../src/domain/booking.js";
import { MmbcProvider } from "../../src/providers/mmbc/mmbc-provider.js";
import { checkTicketUrl } from "../../src/providers/ticket-download.js";
import { TiketProvider } from "../../src/providers/tiket/tiket-provider.js";
import { MemoryTiketTokenStore } from "../../src/providers/tiket/token-store.js";
import { json, startCannedServer, type CannedRequest } from "../support/canned-http.js";
import { captureLogger } from "../support/test-logger.js";

const PDF = "%PDF-1.4\n% a small but real-looking e-ticket\n";
// Another server on the same host, another port, serving a perfectly good PDF: the origin decides, not the content.
const elsewhere = await startCannedServer((_req, res) => { res.writeHead(200, { "content-type": "application/pdf" }); res.end(PDF); });
// The provider's own server: PDFs, and the ways a download can go wrong after the link was accepted.
const routes: Record<string, (req: CannedRequest, res: ServerResponse) => void> = {
  "/getbook/etiket/ok.pdf": (_q, res) => { res.writeHead(200, { "content-type": "application/pdf" }); res.end(PDF); },
  "/getbook/etiket/big.pdf": (_q, res) => { res.writeHead(200, { "content-type": "application/pdf" }); res.end(PDF + "x".repeat(4096)); },
  "/getbook/etiket/big-chunked.pdf": (_q, res) => {
    res.writeHead(200, { "content-type": "application/pdf", "transfer-encoding": "chunked" });
    res.write(PDF);
    res.end("x".repeat(4096));
  },
  // Headers and the first bytes arrive, then the body stalls: only a time limit over the body ends it.
  "/getbook/etiket/stall.pdf": (_q, res) => { res.writeHead(200, { "content-type": "application/pdf", "content-length": "512" }); res.write("%PDF-1.4\n"); },
  "/getbook/etiket/silent.pdf": () => undefined,
  "/getbook/etiket/login.pdf": (_q, res) => json(res, "<html><body>Silakan login</body></html>", "text/html"),
  "/getbook/etiket/gone.pdf": (_q, res) => { res.writeHead(404, { "content-type": "text/html" }); res.end("<h1>Not Found</h1>"); },
  "/getbook/etiket/moved.pdf": (_q, res) => { res.writeHead(302, { location: `${elsewhere.origin}/getbook/etiket/ok.pdf` }); res.end(); },
};
const provider = await startCannedServer((req, res) => (routes[req.path] ?? routes["/getbook/etiket/gone.pdf"]!)(req, res));

const { logger } = captureLogger("warn");
const timeouts = { read: 400, search: 400, book: 400, issue: 400 };
const mmbc = (baseUrl = `${provider.origin}/json/`) =>
  new MmbcProvider({ baseUrl, credentials: { username: "agent007", password: "s3cret-pass" }, timeZone: "Asia/Jakarta", sandbox: false, logger, timeouts, maxTicketBytes: 1024 });
const tiket = (baseUrl = provider.origin) =>
  new TiketProvider({
    baseUrl, secretKey: "s3cret-key", businessId: "1", businessName: "Agen", confirmKey: "c0nfirm", username: "agen@example.com",
    timeZone: "Asia/Jakarta", sandbox: false, logger, tokens: new MemoryTiketTokenStore(), timeouts, maxTicketBytes: 1024,
  });
const adapters = { mmbc: mmbc(), tiket: tiket() };

afterAll(async () => {
  await Promise.all(Object.values(adapters).map((a) => a.close()));
  await provider.close();
  await elsewhere.close();
});

const doc = (url: string): Extract<TicketDocument, { kind: "link" }> => ({ kind: "link", code: "ABC123", url, fileName: "etiket-ABC123.pdf" });
async function failure(p: Promise<unknown>, endpoint = "etiket-pdf"): Promise<TicketError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e, "the download must fail with a typed ticket error").toBeInstanceOf(TicketError);
  const t = e as TicketError;
  expect(t.code).toBe("ticket_download");
  expect(t.endpoint).toBe(endpoint);
  return t;
}

describe.each(Object.entries(adapters))("%s e-ticket download", (_name, adapter) => {
  const port = new URL(provider.origin).port;

  it("fetches a PDF from the configured origin (scheme and host case and the default port notation don't matter)", async () => {
    expect(Buffer.from(await adapter.downloadTicket(doc(`${provider.origin}/getbook/etiket/ok.pdf`))).toString("latin1")).toBe(PDF);
    expect(Buffer.from(await adapter.downloadTicket(doc(`HTTP://127.0.0.1:${port}/getbook/etiket/ok.pdf`))).toString("latin1")).toBe(PDF);
  });

  it.each<[string, (port: string) => string, TicketFailure]>([
    ["another port on the same host", () => `${elsewhere.origin}/getbook/etiket/ok.pdf`, "other_origin"],
    ["https on the provider's http port", (p) => `https://127.0.0.1:${p}/getbook/etiket/ok.pdf`, "other_origin"],
    ["another name for the same machine", (p) => `http://localhost:${p}/getbook/etiket/ok.pdf`, "other_origin"],
    ["another host", () => "http://evil.example/getbook/etiket/ok.pdf", "other_origin"],
    ["user info in the link", (p) => `http://agent:pw@127.0.0.1:${p}/getbook/etiket/ok.pdf`, "other_origin"],
    ["ftp", (p) => `ftp://127.0.0.1:${p}/getbook/etiket/ok.pdf`, "invalid_url"],
    ["file", () => "file:///etc/passwd", "invalid_url"],
    ["javascript", () => "javascript:alert(1)", "invalid_url"],
    ["a broken IPv6 host", () => "http://[::1/etiket.pdf", "invalid_url"],
    ["a relative path", () => "/getbook/etiket/ok.pdf", "invalid_url"],
    ["words", () => "link download etiket", "invalid_url"],
    ["the empty string", () => "", "invalid_url"],
    ["a 100 kB link", (p) => `http://127.0.0.1:${p}/${"a".repeat(100_000)}.pdf`, "invalid_url"],
  ])("refuses %s without fetching anything", async (_what, url, reason) => {
    const seen = provider.requests.length + elsewhere.requests.length;
    const e = await failure(adapter.downloadTicket(doc(url(port))));
    expect(e.reason).toBe(reason);
    expect(e.message).not.toContain("getbook/etiket");
    expect(provider.requests.length + elsewhere.requests.length).toBe(seen);
  });

  it.each<[string, string, TicketFailure, RegExp]>([
    ["a body that stalls after the headers", "stall.pdf", "timeout", /timed out while reading the body/],
    ["no answer at all", "silent.pdf", "timeout", /timed out before an answer/],
    ["a declared length over the limit", "big.pdf", "too_large", /over the limit of 1024/],
    ["a chunked body over the limit", "big-chunked.pdf", "too_large", /over the limit of 1024/],
    ["an HTML page instead of a PDF", "login.pdf", "not_pdf", /not a PDF/],
    ["a 404", "gone.pdf", "http_status", /HTTP 404/],
    ["a redirect elsewhere (not followed)", "moved.pdf", "http_status", /HTTP 302/],
  ])("turns %s into a typed ticket error", async (_what, file, reason, message) => {
    const before = elsewhere.requests.length;
    const e = await failure(adapter.downloadTicket(doc(`${provider.origin}/getbook/etiket/${file}`)));
    expect(e.reason).toBe(reason);
    expect(e.message).toMatch(message);
    expect(e.retryable).toBe(reason === "timeout" || reason === "http_status");
    expect(elsewhere.requests.length).toBe(before);
  });
});

describe("the e-ticket origin rule", () => {
  it("never downgrades an https provider to http, nor changes its port", async () => {
    for (const p of [mmbc("https://127.0.0.1:9/json/"), tiket("https://127.0.0.1:9")]) {
      const down = await failure(p.downloadTicket(doc("http://127.0.0.1:9/getbook/etiket/ok.pdf")));
      expect(down).toMatchObject({ reason: "other_origin", message: expect.stringMatching(/downgrades to http/) });
      expect((await failure(p.downloadTicket(doc("https://127.0.0.1:10/getbook/etiket/ok.pdf")))).reason).toBe("other_origin");
      expect((await failure(p.downloadTicket(doc("https://127.0.0.1/getbook/etiket/ok.pdf")))).reason).toBe("other_origin");
      await p.close();
    }
  });

  it("accepts the MMBC document's own case: an http API on the default port, its e-tickets over https on the same host", () => {
    const link = "https://klikmbc.co.id/getbook/etiket/etiket-XXXXX.pdf";
    expect(checkTicketUrl(link, new URL("http://klikmbc.co.id/json/")).href).toBe(link);
    expect(checkTicketUrl(link, new URL("https://klikmbc.co.id/json/")).href).toBe(link);
    expect(checkTicketUrl("https://KLIKMBC.co.id:443/getbook/etiket/etiket-XXXXX.pdf", new URL("https://klikmbc.co.id/json/")).href).toBe(link);
    const refused = (url: string, base: string) => {
      try {
        checkTicketUrl(url, new URL(base));
      } catch (e) {
        return (e as TicketError).reason;
      }
      return "accepted";
    };
    expect(refused(link, "http://klikmbc.co.id:8080/json/")).toBe("other_origin");
    expect(refused("https://klikmbc.co.id:8443/getbook/etiket/etiket-XXXXX.pdf", "http://klikmbc.co.id/json/")).toBe("other_origin");
    expect(refused("http://klikmbc.co.id/getbook/etiket/etiket-XXXXX.pdf", "https://klikmbc.co.id/json/")).toBe("other_origin");
    expect(refused("https://klikmbc.co.id.evil.example/etiket.pdf", "https://klikmbc.co.id/json/")).toBe("other_origin");
  });

  it("an MMBC e-ticket answer without a link is a typed ticket error too", async () => {
    const server = await startCannedServer((_req, res) => json(res, '{"result":"ok","reason":"link download etiket belum tersedia"}'));
    const p = mmbc(`${server.origin}/json/`);
    try {
      const e = await failure(p.ticket("ABC123"), "getetiket-json");
      expect(e.reason).toBe("invalid_url");
    } finally {
      await p.close();
      await server.close();
    }
  });
});
