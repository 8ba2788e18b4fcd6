import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { startTiketSandbox, type TiketSandbox } from "../../src/sandbox/tiket/index.js";
import { flightButtons } from "../support/result-buttons.js";
import { tiketPlain, tiketPlainDay } from "../support/sandbox-days.js";

/**
 * tiket.com's get_flight_data says whom it priced (count_adult, count_child, count_infant: spec §5). One naming
 * another party (the docs' own example: one adult, "0.00" for the rest) would show one adult's fare as the
 * family's total: it is refused with MMBC's wording for a price answer for another party, and the same flight
 * priced again for this party is shown. The sandbox answers faithfully: a proxy in front of it rewrites the
 * answer to one adult's while `oneAdult` is set.
 */
let oneAdult = false;
let real: TiketSandbox;
let proxy: Server;
let h: Harness;
beforeAll(async () => {
  real = await startTiketSandbox({ issueDelayMs: 100, searchRefreshMs: 150 });
  proxy = createServer(async (req, res) => {
    const r = await fetch(real.origin + req.url, { method: req.method, headers: { "user-agent": req.headers["user-agent"] ?? "" } });
    let body = await r.text();
    if (oneAdult && req.url!.startsWith("/flight_api/get_flight_data")) {
      const rewritten = body.replace(/"count_adult":"\d+"/, '"count_adult":"1"');
      expect(rewritten).not.toBe(body);
      body = rewritten;
    }
    res.writeHead(r.status, { "content-type": r.headers.get("content-type") ?? "application/json" });
    res.end(body);
  });
  await new Promise<void>((ok) => proxy.listen(0, "127.0.0.1", ok));
  const port = (proxy.address() as { port: number }).port;
  const tiketSandbox: TiketSandbox = { origin: `http://127.0.0.1:${port}`, credentials: real.credentials, controls: real.controls, close: () => real.close() };
  h = await startHarness({ use: "tiket", tiketSandbox });
});
afterAll(async () => {
  await h?.close();
  proxy?.close();
  await real?.close();
});

const REFUSED = {
  id: "⚠️ Harga dari provider ternyata untuk penerbangan atau jumlah penumpang yang lain, jadi tidak saya pakai. Coba lagi sebentar lagi, atau pilih penerbangan lain.",
  en: "⚠️ The provider's price answer was for another flight or number of passengers, so I can't trust it and didn't use it. Try again in a moment, or choose another flight.",
};
const PRICED = { id: "Total 2 penumpang", en: "Total for 2 pax" };

describe("a tiket.com price for another party than the agent's", () => {
  it.each([["id", "/cari", 53_101, 30], ["en", "/search", 53_102, 33]] as const)("%s: refused with the price-mismatch wording, no total shown; the flight again is priced for the party", async (lang, cmd, id, days) => {
    const a = new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
    await a.say(`${cmd} CGK DPS ${tiketPlainDay("CGK DPS", days).wire} 2`);
    const flight = flightButtons(a).find((b) => tiketPlain(b.text))!;
    oneAdult = true;
    try {
      await a.tap({ data: flight.callback_data });
    } finally {
      oneAdult = false;
    }
    // The refusal, then the list again to pick from.
    expect(a.botTexts().slice(-2).join("\n"), a.transcript(4)).toContain(REFUSED[lang]);
    expect(a.botTexts().join("\n")).not.toContain(PRICED[lang]);
    await a.tap({ data: flightButtons(a).find((b) => b.text === flight.text)!.callback_data });
    expect(a.last()?.text, a.transcript(4)).toContain(PRICED[lang]);
    expect(a.last()?.text).not.toContain(REFUSED[lang]);
  });
});
