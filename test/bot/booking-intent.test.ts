import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Booking, BookingRequest } from "../../src/domain/booking.js";
import { ProviderError } from "../../src/domain/errors.js";
import type { FlightProvider } from "../../src/domain/flight-provider.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { toSummary } from "./journey-steps.js";

// The booking call is made, the airline books, and the bot never records it: the process dies or is
// shut down mid-call, the call breaks off without the provider's answer, or Redis fails when the
// answer is saved. Each time the agent must not be invited to book again blindly: the next ✅ Booking
// of that flight asks first ("mungkin sudah ada"), and nothing is sent to the airline unless they say so.
let h: Harness;
const namespace = `intent${process.pid}${Date.now() % 100_000}`;
let mmbc: FlightProvider;
let realBook: (req: BookingRequest) => Promise<Booking>;
beforeAll(async () => {
  h = await startHarness({ namespace });
  mmbc = h.app.built.byId.mmbc!;
  realBook = mmbc.book.bind(mmbc);
});
afterEach(() => {
  mmbc.book = realBook;
  h.sandbox.controls.reset();
});
afterAll(async () => { await h?.close(); });

const agentFor = (id: number) => new Agent(h, { id, first_name: "Agen", language_code: "id" }, { id, type: "private" });
const bookCalls = () => h.sandbox.controls.callCount("postbooking-json");

/** The second ✅ Booking of the same flight: asked first, nothing sent; Batal keeps it that way. */
async function secondBookAsks(agent: Agent, search: string, calls: number): Promise<void> {
  await toSummary(agent, search);
  await agent.tap("✅ Booking");
  expect(agent.last()?.text).toContain("mungkin sudah ada");
  expect(agent.last()?.text).toContain("Budi Santoso");
  await agent.tap("Batal");
  expect(bookCalls()).toBe(calls);
}

describe("a booking the bot may not know about is asked about before booking again", () => {
  it("the handler is dropped while the airline books (process killed / shut down mid-call): the next Book, on another process, asks first", async () => {
    const agent = agentFor(8601);
    const search = `/cari CGK SUB ${futureDate(31).wire} 1`;
    await toSummary(agent, search);
    const calls = bookCalls();
    // The airline books; the handler never sees the answer (its process is gone).
    mmbc.book = (req) => { void realBook(req); return new Promise<Booking>(() => undefined); };
    void agent.tap("✅ Booking");
    await h.emulator.waitFor(() => bookCalls() > calls || undefined);
    // The agent goes on with another process of the same deployment (same Redis namespace).
    const other = await startHarness({ namespace, sandbox: h.sandbox, emulator: h.emulator, worker: false });
    try {
      await secondBookAsks(new Agent(other, agent.user, agent.chat), search, calls + 1);
    } finally {
      await other.close();
    }
  });

  it("the provider names a code in an answer the bot can't record: the next Book asks with that code to check", async () => {
    const agent = agentFor(8604);
    const search = `/cari CGK SUB ${futureDate(34).wire} 1`;
    await toSummary(agent, search);
    let code = "";
    mmbc.book = async (req) => {
      code = (await realBook(req)).code;
      throw new ProviderError("outcome_unknown", "the booking answer did not read", { endpoint: "postbooking-json", bookingCode: code });
    };
    await agent.tap("✅ Booking");
    expect(agent.last()?.text).toContain(code);
    mmbc.book = realBook;
    const calls = bookCalls();
    await toSummary(agent, search);
    await agent.tap("✅ Booking");
    expect(agent.last()?.text).toContain("mungkin sudah ada");
    expect(agent.last()?.text).toContain(`/cek ${code}`);
    await agent.tap("Batal");
    expect(bookCalls()).toBe(calls);
  });

  it("the call books and breaks off without the provider's answer: 'not known whether it was booked', and the next Book asks", async () => {
    const agent = agentFor(8602);
    const search = `/cari CGK SUB ${futureDate(32).wire} 1`;
    await toSummary(agent, search);
    mmbc.book = async (req) => { await realBook(req); throw new Error("socket hang up"); };
    await agent.tap("✅ Booking");
    expect(agent.last()?.text).toContain("belum pasti berhasil");
    mmbc.book = realBook;
    await secondBookAsks(agent, search, bookCalls());
  });

  it("Redis fails when the booking is saved: 'not known whether it was booked' (not a generic failure), and the next Book asks", async () => {
    const agent = agentFor(8603);
    const search = `/cari CGK SUB ${futureDate(33).wire} 1`;
    await toSummary(agent, search);
    const bookings = h.app.deps.bookings;
    const save = bookings.save.bind(bookings);
    bookings.save = async () => { throw new Error("Stream isn't writeable and enableOfflineQueue options is false"); };
    try {
      await agent.tap("✅ Booking");
    } finally {
      bookings.save = save;
    }
    // The provider gave its code before the record failed: the message names it, with the command to check it.
    const said = agent.last()?.text ?? "";
    expect(said).toContain("belum pasti");
    expect(said).toMatch(/sudah ada di provider sebagai [A-Z0-9]{6}\b.*Jangan booking ulang: cek dengan \/cek [A-Z0-9]{6}/s);
    await secondBookAsks(agent, search, bookCalls());
  });
});
