// Provider bodies in errors (and so in logs, as `raw`): structure, keys and error fields only — never
// the passengers' names, birth dates, ID numbers, phones or e-mails an order answer echoes.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import type { ProviderError } from "../../../src/domain/errors.js";
import { parse as parseMmbc } from "../../../src/providers/mmbc/parse-body.js";
import { parse as parseTiket } from "../../../src/providers/tiket/parse-body.js";
import { redactedBody } from "../../../src/providers/read-limited.js";
import { json } from "../../support/canned-http.js";
import { startCannedTiket, type Route } from "./canned-tiket.js";

const PERSONAL = ["Siti Nurhaliza", "BUDI", "3174012301900001", "A1234567", "+6281234567890", "081234567890", "siti@example.com", "1990-01-23", "23-01-1990"];
const orderEcho = {
  diagnostic: { status: 200, error_msgs: "" },
  result: {
    order_id: "20604252",
    passengers: [
      { title: "Mrs", firstname: "Siti Nurhaliza", lastname: "BUDI", birth_date: "1990-01-23", id_number: "3174012301900001", passport_no: "A1234567" },
    ],
    contact: { phone: "+6281234567890", email: "siti@example.com", name: "Siti Nurhaliza" },
  },
};

const expectNoPersonalData = (text: string) => {
  for (const p of PERSONAL) expect(text, p).not.toContain(p);
};

describe("redactedBody", () => {
  it("keeps keys and structure, drops values, keeps error fields with personal bits masked", () => {
    const out = redactedBody({ ...orderEcho, diagnostic: { status: 500, error_msgs: ["Passenger 3174012301900001 born 23-01-1990 (siti@example.com, 081234567890) invalid"] } });
    expectNoPersonalData(out);
    expect(out).toContain('"firstname":"<14 chars>"');
    expect(out).toContain('"status":500');
    expect(out).toContain("Passenger <number> born <date> (<email>, <number>) invalid");
  });
  it("text bodies: JSON is shaped, HTML and garbage become their kind and size", () => {
    expectNoPersonalData(redactedBody(JSON.stringify(orderEcho)));
    expect(redactedBody("<html><body><b>Warning</b>: order 3174012301900001 of siti@example.com failed</body></html>")).toBe("HTML page (91 chars): Warning : order <number> of <email> failed");
    expect(redactedBody('{"firstname":"Siti Nurhaliza","id_num')).toBe("<not JSON, 37 chars>");
  });
});

describe("parse failures (tiket and MMBC)", () => {
  it("an order answer that does not match its schema carries no personal data", () => {
    const schema = z.object({ result: z.object({ order_id: z.number() }) });
    for (const parse of [parseTiket, parseMmbc]) {
      const e = (() => {
        try {
          parse("check_order", schema, orderEcho);
        } catch (err) {
          return err as ProviderError;
        }
        throw new Error("accepted");
      })();
      expectNoPersonalData(e.raw ?? "");
      expect(e.raw).toContain("passengers");
    }
  });
});

const t = await startCannedTiket();
afterAll(() => t.close());
beforeEach(async () => { t.routes.clear(); await t.knownOrder("20604252"); });
const error = async (p: Promise<unknown>) => (await p.catch((e: unknown) => e)) as ProviderError;

describe("tiket.com over HTTP", () => {
  it.each<[string, Route]>([
    ["a 500 echoing the order", (_q, res) => void res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify(orderEcho))],
    ["an order echo without a diagnostic", (_q, res) => json(res, JSON.stringify({ result: orderEcho.result }))],
    ["malformed JSON with the order in it", (_q, res) => json(res, JSON.stringify(orderEcho).slice(0, -3))],
  ])("%s: neither the error nor the log lines carry personal data", async (_name, answer) => {
    t.routes.set("check_order", answer);
    const e = await error(t.provider.status("20604252"));
    expect(e.name).toBe("ProviderError");
    expectNoPersonalData(`${e.message} ${e.raw ?? ""} ${e.messages.join(" ")}`);
    expectNoPersonalData(t.lines.join("\n"));
  });
});
