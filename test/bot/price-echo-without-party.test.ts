import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { fillPassengers, pickFirstFlight } from "./journey-steps.js";

/**
 * MMBC's price answer names the party it priced (the seed's field list and example: `"adult":"1","child":"0",
 * "infant":"0"`). One that leaves the counts out, or any one of them, or sends them empty, can't be tied to this
 * party: its total may be one adult's. It is refused like an answer for another party: nothing booked, the list
 * back with passengers and contact kept. A proxy in front of the sandbox rewrites the price answer while `fault`
 * names a rewrite.
 */
const FAULTS = {
  "no counts": (body: string) => body.replace(/"(adult|child|infant)":"\d*",?/g, ""),
  "no child or infant count": (body: string) => body.replace(/"(child|infant)":"\d*",?/g, ""),
  "empty counts": (body: string) => body.replace(/"(adult|child|infant)":"\d*"/g, '"$1":""'),
  "null counts": (body: string) => body.replace(/"(adult|child|infant)":"\d*"/g, '"$1":null'),
} as const;
let fault: keyof typeof FAULTS | undefined;
let real: MmbcSandbox;
let proxy: Server;
let h: Harness;
beforeAll(async () => {
  real = await startMmbcSandbox({ timeZone: "Asia/Jakarta" });
  proxy = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const r = await fetch(real.origin + req.url, { method: req.method, headers: { "content-type": req.headers["content-type"] ?? "" }, body: chunks.length ? Buffer.concat(chunks) : undefined });
    let body = await r.text();
    if (fault && req.url!.includes("getprice-json")) {
      const rewritten = FAULTS[fault](body);
      expect(rewritten).not.toBe(body);
      body = rewritten;
    }
    res.writeHead(r.status, { "content-type": r.headers.get("content-type") ?? "application/json" });
    res.end(body);
  });
  await new Promise<void>((ok) => proxy.listen(0, "127.0.0.1", ok));
  const port = (proxy.address() as { port: number }).port;
  const sandbox: MmbcSandbox = { origin: `http://127.0.0.1:${port}`, baseUrl: `http://127.0.0.1:${port}/json/`, credentials: real.credentials, controls: real.controls, close: () => real.close() };
  h = await startHarness({ sandbox });
});
afterAll(async () => {
  await h?.close();
  proxy?.close();
  await real?.close();
});

const KEPT = {
  id: "Belum ada yang dibooking. Data penumpang dan kontak tetap tersimpan: pilih lagi penerbangan ini untuk mencoba dengan harga baru, atau pilih penerbangan lain.",
  en: "Nothing was booked. The passengers and contact are kept: pick this flight again to try with a fresh price, or choose another one.",
};

describe("a price re-check at booking that doesn't name the party priced", () => {
  it.each([
    ["id", "no counts", "/cari", "✅ Booking", 52_501], ["en", "no counts", "/search", "✅ Book", 52_502],
    ["id", "no child or infant count", "/cari", "✅ Booking", 52_503], ["en", "empty counts", "/search", "✅ Book", 52_504],
    ["id", "null counts", "/cari", "✅ Booking", 52_505],
  ] as const)("%s, %s: nothing booked, the list back with everything kept; the flight again books once", async (lang, rewrite, cmd, bookLabel, id) => {
    const a = new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
    // A day of its own: each case books its first flight once, and no case sees another's seats taken.
    await a.say(`${cmd} CGK SUB ${futureDate(36 + (id % 10)).wire} 2`);
    await pickFirstFlight(a);
    await a.tap(a.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
    await fillPassengers(a, ["Mr Budi Santoso", "Mrs Ani Lestari"]);
    const bookings = real.controls.callCount("postbooking-json");
    fault = rewrite;
    try {
      await a.tap(bookLabel);
    } finally {
      fault = undefined;
    }
    expect(real.controls.callCount("postbooking-json")).toBe(bookings);
    expect(a.botTexts().slice(-3).join("\n")).toContain(KEPT[lang]);
    // The list is back: its flight buttons pick again, and the same flight comes straight to the summary.
    await pickFirstFlight(a);
    await a.tap(a.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
    expect(a.last()?.text).toMatch(/Budi Santoso[\s\S]*Ani Lestari/);
    await a.tap(bookLabel);
    expect(a.last()?.text).toMatch(/(Kode|Code): [A-Z0-9]{6}/);
    expect(real.controls.callCount("postbooking-json")).toBe(bookings + 1);
  });
});
