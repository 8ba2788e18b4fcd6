import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { bookingParams, client, findFlightOf, withSandbox, type Client, type Flight, type Json } from "./sandbox-helpers.js";

let clock = Date.now();
let sandbox: MmbcSandbox;
let c: Client;
let lion: { flight: Flight; date: string };

beforeAll(async () => {
  sandbox = await withSandbox({ now: () => clock, timelimitSeconds: 600 });
  c = client(sandbox);
  lion = await findFlightOf(c, "JT", "CGK", "UPG");
  // Base seats vary by date (5-9); these tests book more than that.
  sandbox.controls.setSeats(lion.flight.flight_code, lion.date, 40);
});
afterAll(() => sandbox.close());

async function book(names = "Mr Budi Santoso:Mrs Siti Aminah", adult = 2): Promise<Json> {
  const r = await c.postJson("postbooking-json", bookingParams({ ...lion, from: "CGK", to: "UPG", adult, names }));
  expect(r.result).toBe("ok");
  return r;
}
const code = (b: Json): string => String(b.kodebooking);
const status = async (k: string) => (await c.postJson("getstatusbooking-json", { kodebooking: k })).status;

describe("getissued-json", () => {
  it("debits the NTA and answers one ticket number per passenger", async () => {
    const b = await book();
    const before = sandbox.controls.getBalance();
    const r = await c.postJson("getissued-json", { kodebooking: code(b) });
    expect(r).toEqual({
      result: "ok", reason: ` Kode Booking ${code(b)} sudah berhasil terissued!`, ticket_number: expect.any(String),
    });
    expect(String(r.ticket_number)).toMatch(/^\d{13}\|\d{13}$/);
    expect(sandbox.controls.getBalance()).toBe(before - Number(b.flight_shownta));
    expect(await c.postJson("ceksaldo")).toEqual({ result: "ok", saldo: sandbox.controls.getBalance().toLocaleString("en-US") });
    expect(await status(code(b))).toBe("issued");
    expect(await c.postJson("getissued-json", { kodebooking: code(b) })).toEqual({
      result: "no", reason: `Kode Booking ${code(b)} sudah di Issued sebelumnya`,
    });
  });

  it("refuses when the balance is below the NTA, quoting the balance with commas", async () => {
    const b = await book();
    sandbox.controls.setBalance(1234);
    expect(await c.postJson("getissued-json", { kodebooking: code(b) })).toEqual({
      result: "no", reason: "Sisa saldo tidak cukup untuk Issued tiket, sisa saldo anda adalah 1,234.",
    });
    expect(await status(code(b))).toBe("waiting");
    sandbox.controls.setBalance(50_000_000);
  });

  it("expires a waiting booking exactly at its timelimit", async () => {
    const b = await book();
    const at = sandbox.controls.getBooking(code(b))!.timelimitAt;
    clock = at - 1_000;
    expect(await status(code(b))).toBe("waiting");
    clock = at;
    expect(await status(code(b))).toBe("expired");
    expect(await c.postJson("getissued-json", { kodebooking: code(b) })).toEqual({
      result: "no", reason: `status kode booking ${code(b)} adalah Expired`,
    });
  });

  it("refuses cancelled and unknown bookings", async () => {
    const b = await book();
    sandbox.controls.cancelExternally(code(b));
    expect(await status(code(b))).toBe("cancel");
    expect(await c.postJson("getissued-json", { kodebooking: code(b) })).toEqual({
      result: "no", reason: `status kode booking ${code(b)} adalah Cancel`,
    });
    expect(await c.postJson("getissued-json", { kodebooking: "NOPE42" })).toEqual({
      result: "no", reason: "Kode Booking NOPE42 tidak ditemukan, silakan periksa kembali kode bookingnya.",
    });
  });

  it.each(["QZ", "QG"])("answers ticket_number Confirm for %s", async (airline) => {
    const { flight, date } = await findFlightOf(c, airline, "CGK", "DPS");
    const b = await c.postJson("postbooking-json", {
      ...bookingParams({ flight, date, from: "CGK", to: "DPS" }), dateofbirth: "02-09-1987",
    });
    const r = await c.postJson("getissued-json", { kodebooking: code(b) });
    expect(r.ticket_number).toBe("Confirm");
  });
});

describe("status and e-ticket", () => {
  it("reports the status shape and unknown codes", async () => {
    const b = await book("Mr Budi", 1);
    expect(await c.postJson("getstatusbooking-json", { kodebooking: code(b) })).toEqual({
      result: "ok", kodebooking: code(b), status: "waiting",
    });
    expect(await c.postJson("getstatusbooking-json", { kodebooking: "ZZZZZZ" })).toEqual({
      result: "no", reason: "Invalid Kode Booking ZZZZZZ!",
    });
  });

  it("links the PDF only once issued, and serves a real PDF", async () => {
    const b = await book("Mr Budi", 1);
    expect(await c.postJson("getetiket-json", { kodebooking: code(b) })).toEqual({
      result: "no", reason: `E-tiket kode booking ${code(b)} belum tersedia (status waiting)`,
    });
    const pdfUrl = `${sandbox.origin}/getbook/etiket/etiket-${code(b)}.pdf`;
    expect((await fetch(pdfUrl)).status).toBe(404);
    expect(await c.postJson("getetiket-json", { kodebooking: "ZZZZZZ" })).toEqual({ result: "no", reason: "Invalid Kode Booking!" });

    sandbox.controls.issueExternally(code(b));
    const raw = await (await c.post("getetiket-json", { kodebooking: code(b) })).text();
    expect(raw).toContain("http:\\/\\/");
    const link = JSON.parse(raw) as Json;
    expect(link).toEqual({ result: "ok", reason: `link download etiket ${pdfUrl}` });
    const res = await fetch(pdfUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
    const again = Buffer.from(await (await fetch(pdfUrl)).arrayBuffer());
    expect(again.equals(bytes)).toBe(true);
  });
});
