import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { PER_AIRLINE_ENDPOINTS } from "../../src/sandbox/mmbc/index.js";
import { bookOne, fillPassengers, pickFirstFlight, toSummary } from "./journey-steps.js";

let h: Harness;
// Book and issue meet `timeout` faults here: 3 s keeps those cases short and is still ample for a
// working call to the in-process sandbox (and for a "commit" request to reach it before the client gives up).
beforeAll(async () => { h = await startHarness({ mmbcTimeouts: { book: 3_000, issue: 3_000 } }); });
afterEach(() => h.sandbox.controls.reset());
afterAll(async () => { await h?.close(); });

const agentFor = (id: number) => new Agent(h, { id, first_name: "Agen", language_code: "id" }, { id, type: "private" });

describe("provider failures become messages and the conversation survives", () => {
  it("search: the provider times out, the agent retries and gets results", async () => {
    const agent = agentFor(8001);
    for (const endpoint of ["getflights-json", ...PER_AIRLINE_ENDPOINTS] as const) h.sandbox.controls.setFault(endpoint, { kind: "http500" }, 3);
    await agent.say(`/cari CGK SUB ${futureDate(11).wire} 1`);
    expect(agent.botTexts().join("\n")).toContain("Provider sedang tidak menjawab");
    await agent.tap("Coba lagi");
    expect(agent.last()?.text).toContain("CGK → SUB");
  });

  it("search: the all-airlines search fails; the airlines' own answers are listed as incomplete, the calendar asks that day again, and Cari lagi gets the whole list", async () => {
    const agent = agentFor(8010);
    const count = () => Number(/dari (\d+)\)/.exec(agent.last()?.text ?? "")?.[1]);
    // The airline menu lists every airline of the whole list, not only the first page's.
    const airlines = async () => {
      const menu = (await agent.tap("🏷 Maskapai"))?.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? [];
      await agent.tap("◀");
      return menu;
    };
    h.sandbox.controls.setFault("getflights-json", { kind: "http500" });
    try {
      await agent.say(`/cari CGK SUB ${futureDate(12).wire} 1`);
    } finally {
      h.sandbox.controls.setFault("getflights-json", null);
    }
    expect(agent.last()?.text).toContain("MMBC hanya menjawab untuk sebagian maskapai; tidak ada di daftar ini: Garuda Indonesia");
    expect(agent.last()?.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toContain("🔄 Cari lagi");
    const partial = count();
    expect(partial).toBeGreaterThan(0);
    expect(await airlines()).not.toContain("Garuda Indonesia");

    // The partial day is not read from the cache: all seven days are searched.
    const before = h.sandbox.controls.callCount("getflights-json");
    await agent.tap("📅 ±3");
    expect(h.sandbox.controls.callCount("getflights-json") - before).toBe(7);

    await agent.tap("🔄 Cari lagi");
    expect(agent.last()?.text).toContain("CGK → SUB");
    expect(agent.last()?.text).not.toContain("belum lengkap");
    expect(count()).toBeGreaterThan(partial);
    expect(await airlines()).toContain("Garuda Indonesia");
  });

  it("search: no flights asks for another date", async () => {
    const agent = agentFor(8002);
    h.sandbox.controls.setFault("getflights-json", { kind: "html" }, 1);
    h.sandbox.controls.setFault("getflights-json", null);
    await agent.say(`/cari CGK SUB ${futureDate(11).wire} 1`);
    expect(agent.last()?.text).toContain("CGK → SUB");
  });

  it("price check: an HTML error page sends the agent back to the list", async () => {
    const agent = agentFor(8003);
    await agent.say(`/cari CGK SUB ${futureDate(13).wire} 1`);
    h.sandbox.controls.setFault("getprice-json", { kind: "http500" }, 3);
    await pickFirstFlight(agent);
    expect(agent.botTexts().join("\n")).toContain("Provider sedang tidak menjawab");
    await pickFirstFlight(agent);
    expect(agent.last()?.text).toContain("Sisa kursi");
  });

  it("price moved since the search: says by how much; moved again before booking: asks again", async () => {
    const agent = agentFor(8004);
    await agent.say(`/cari CGK SUB ${futureDate(14).wire} 1`);
    h.sandbox.controls.setPriceChange("*", 25_000);
    await pickFirstFlight(agent);
    expect(agent.last()?.text).toContain("Harga naik Rp 25.000");
    await agent.tap("Lanjut");
    await fillPassengers(agent, ["Mr Budi Santoso"]);
    h.sandbox.controls.setPriceChange("*", 40_000);
    await agent.tap("✅ Booking");
    expect(agent.last()?.text).toContain("naik Rp 15.000");
    await agent.tap("harga baru");
    expect(agent.last()?.text).toMatch(/Booking berhasil/);
  });

  it("booking times out: outcome unknown, booked once, never retried", async () => {
    const agent = agentFor(8005);
    await agent.say(`/cari CGK SUB ${futureDate(16).wire} 1`);
    await pickFirstFlight(agent);
    await agent.tap("Lanjut");
    await fillPassengers(agent, ["Mr Budi Santoso"]);
    h.sandbox.controls.setFault("postbooking-json", { kind: "timeout", commit: true });
    const before = h.sandbox.controls.callCount("postbooking-json");
    const from = h.emulator.chatMessages(agent.chat.id).length;
    await agent.tap("✅ Booking");
    // Said at once that it may take a minute, then plainly that the outcome is unknown and why /pesanan can't show it.
    const said = agent.botTexts(from);
    expect(said[0]).toContain("bisa sampai satu menit");
    expect(agent.last()?.text).toContain("belum pasti berhasil");
    expect(agent.last()?.text).toContain("tidak akan mengulang");
    expect(agent.last()?.text).toContain("belum muncul di /pesanan");
    expect(h.sandbox.controls.callCount("postbooking-json") - before).toBe(1);
  });

  it("booking the same flight again after an unanswered booking is asked about first, and done only if the agent says so", async () => {
    const agent = agentFor(8019);
    const search = `/cari CGK SUB ${futureDate(18).wire} 1`;
    await toSummary(agent, search);
    h.sandbox.controls.setFault("postbooking-json", { kind: "timeout", commit: true }, 1);
    await agent.tap("✅ Booking");
    expect(agent.last()?.text).toContain("belum pasti berhasil");
    const calls = h.sandbox.controls.callCount("postbooking-json");
    await toSummary(agent, search);
    await agent.tap("✅ Booking");
    expect(agent.last()?.text).toContain("mungkin sudah ada");
    expect(agent.last()?.text).toContain("Budi Santoso");
    expect(h.sandbox.controls.callCount("postbooking-json")).toBe(calls);
    await agent.tap("Batal");
    expect(h.sandbox.controls.callCount("postbooking-json")).toBe(calls);
    await toSummary(agent, search);
    await agent.tap("✅ Booking");
    await agent.tap("🔁 Tetap booking lagi");
    expect(agent.last()?.text).toMatch(/Booking berhasil/);
    expect(h.sandbox.controls.callCount("postbooking-json")).toBe(calls + 1);
  });

  it("a slow booking says it is waiting before the card; a quick one shows only the card", async () => {
    const agent = agentFor(8017);
    await toSummary(agent, `/cari CGK SUB ${futureDate(19).wire} 1`);
    h.sandbox.controls.setLatency("postbooking-json", 1_200);
    const from = h.emulator.chatMessages(agent.chat.id).length;
    await agent.tap("✅ Booking");
    const said = agent.botTexts(from);
    expect(said).toHaveLength(2);
    expect(said[0]).toContain("bisa sampai satu menit");
    expect(said[1]).toMatch(/Booking berhasil/);

    h.sandbox.controls.setLatency("postbooking-json", 0);
    const quick = agentFor(8018);
    await toSummary(quick, `/cari CGK SUB ${futureDate(19).wire} 1`);
    const at = h.emulator.chatMessages(quick.chat.id).length;
    await quick.tap("✅ Booking");
    expect(quick.botTexts(at)).toHaveLength(1);
    expect(quick.last()?.text).toMatch(/Booking berhasil/);
  });

  it("seats gone at booking time", async () => {
    const agent = agentFor(8006);
    const date = futureDate(17);
    await agent.say(`/cari CGK SUB ${date.wire} 1`);
    const code = await pickFirstFlight(agent);
    await agent.tap("Lanjut");
    await fillPassengers(agent, ["Mr Budi Santoso"]);
    h.sandbox.controls.setSeats(code, date.iso, 0);
    const from = h.emulator.chatMessages(agent.chat.id).length;
    await agent.tap("✅ Booking");
    expect(agent.botTexts(from).join("\n")).toContain(`Kursi ${code} sudah habis`);
    // Back to the list, the passengers kept.
    expect(agent.last()?.text).toContain("CGK → SUB");
  });

  it("issue: deposit too low says so with the balance; an issue timeout says the truth after checking", async () => {
    const agent = agentFor(8007);
    const code = await bookOne(agent, `/cari CGK SUB ${futureDate(18).wire} 1`);
    h.sandbox.controls.setBalance(1_000);
    await agent.tap("Issued sekarang");
    expect(agent.last()?.text).toContain("saldo deposit MMBC tinggal Rp 1.000");
    expect(agent.last()?.text).not.toContain("-Rp");
    h.sandbox.controls.setBalance(50_000_000);
    h.sandbox.controls.setFault("getissued-json", { kind: "timeout" });
    await agent.tap("Issued sekarang");
    await agent.tap("✅ Issued");
    // The airline may still be at it: the status says waiting, and the booking is held against a second payment.
    expect(agent.last()?.text).toContain(`Issued ${code} belum mendapat jawaban pasti, dan provider masih menyebut ⏳ menunggu pembayaran`);
    expect(agent.last()?.text).toContain("tidak akan saya bayar lagi sampai");
    expect(h.sandbox.controls.callCount("getissued-json")).toBe(1);
    await agent.say(`/issued ${code}`);
    expect(agent.last()?.text).toContain("tidak akan saya bayar lagi sampai");
    expect(h.sandbox.controls.callCount("getissued-json")).toBe(1);
    expect(h.emulator.errors.map((e) => [e.method, JSON.stringify(e.response), JSON.stringify(e.payload).slice(0, 300)])).toEqual([]);
  });
});
