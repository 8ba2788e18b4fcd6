import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { fillPassengers, pickFirstFlight } from "./journey-steps.js";

/**
 * MMBC's price answer echoes the party it priced (the seed: `"adult":"1","child":"0"…`). One priced for another
 * party at booking is refused (price_mismatch) and nothing is booked; since the provider may say so again for this
 * flight, the list comes back with passengers and contact kept: this flight again (priced afresh) or another one.
 * The same for one echoing another day (`flight_date`, a year later). The sandbox has no such fault: a proxy in
 * front of it rewrites the echo while `echo` names one.
 */
let echo: "one adult" | "another day" | undefined;
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
    if (echo === "one adult" && req.url!.includes("getprice-json")) body = body.replace(/"adult":"\d+"/, '"adult":"1"');
    if (echo === "another day" && req.url!.includes("getprice-json")) body = body.replace(/"flight_date":"(\d{4})/, (_m, y: string) => `"flight_date":"${Number(y) + 1}`);
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

describe("a price re-check for another party or day at booking", () => {
  it.each([
    ["id", "one adult", "/cari", "✅ Booking", 52_401], ["en", "one adult", "/search", "✅ Book", 52_402], ["id", "another day", "/cari", "✅ Booking", 52_403],
  ] as const)("%s, echoing %s: nothing booked, the list back with everything kept; the flight again books once", async (lang, fault, cmd, bookLabel, id) => {
    const a = new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
    await a.say(`${cmd} CGK SUB ${futureDate(lang === "id" ? 34 : 35).wire} 2`);
    await pickFirstFlight(a);
    await a.tap(a.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
    await fillPassengers(a, ["Mr Budi Santoso", "Mrs Ani Lestari"]);
    const bookings = real.controls.callCount("postbooking-json");
    echo = fault;
    try {
      await a.tap(bookLabel);
    } finally {
      echo = undefined;
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
