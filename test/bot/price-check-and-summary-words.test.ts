import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { fillPassengers, pickFirstFlight } from "./journey-steps.js";
import { money } from "../security/helpers.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 28_300;
function agent(lang: "id" | "en" = "id"): Agent {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
}

async function toQuote(a: Agent, days = 32): Promise<void> {
  await a.say(`/cari CGK SUB ${futureDate(days).wire} 1`);
  await pickFirstFlight(a);
  expect(a.last()?.text).toContain("Sisa kursi");
}

async function toSummary(a: Agent, days = 33): Promise<void> {
  await toQuote(a, days);
  await a.tap("Lanjut");
  await fillPassengers(a, ["Tn Budi Santoso"]);
  expect(a.last()?.text).toContain("Periksa sebelum booking");
}

describe("at the price check", () => {
  it.each(["ok gas", "oke lanjut", "ok book"])("%j goes on to the passengers", async (typed) => {
    const a = agent();
    await toQuote(a);
    expect((await a.say(typed))?.text).toContain("Penumpang 1 dari 1");
  });

  it.each(["harga brp?", "bagasi brp kg?", "berangkat jam brp"])("%j points to the card above", async (typed) => {
    const a = agent();
    await toQuote(a);
    expect((await a.say(typed))?.text).toContain("ada di kartu penerbangan di atas");
  });

  it.each(["gk jd", "batalin", "ok gk jd"])("%j cancels", async (typed) => {
    const a = agent();
    await toQuote(a);
    expect((await a.say(typed))?.text).toContain("Dibatalkan");
  });
});

describe("at the summary", () => {
  it("'ok?' is a question: nothing is booked, and the summary is pointed to", async () => {
    const a = agent();
    await toSummary(a);
    const before = money(h).bookings;
    expect((await a.say("ok?"))?.text).toContain("Belum dibooking");
    expect(money(h).bookings).toBe(before);
  });

  it("'ok book' books (a hold: nothing is paid)", async () => {
    const a = agent();
    await toSummary(a);
    const before = money(h);
    expect((await a.say("ok book"))?.text).toContain("Kode:");
    expect(money(h).bookings).toBe(before.bookings + 1);
    expect(money(h).issues).toBe(before.issues);
  });

  it.each(["salah nama", "ganti nama"])("%j opens ✏️ change", async (typed) => {
    const a = agent();
    await toSummary(a);
    expect((await a.say(typed))?.text).toContain("Apa yang mau diubah");
  });

  it.each(["gk jd", "batalin", "ok gk jd"])("%j cancels, nothing booked", async (typed) => {
    const a = agent();
    await toSummary(a);
    const before = money(h).bookings;
    expect((await a.say(typed))?.text).toContain("Dibatalkan");
    expect(money(h).bookings).toBe(before);
  });

  it.each(["ya bentar", "ok nanti dulu", "oke tunggu"])("%j books nothing", async (typed) => {
    const a = agent();
    await toSummary(a);
    const before = money(h).bookings;
    await a.say(typed);
    expect(a.last()?.text).not.toContain("Kode:");
    expect(money(h).bookings).toBe(before);
  });
});
