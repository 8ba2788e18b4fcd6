import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import type { StoredMessage } from "../support/telegram/index.js";
import { applyView } from "../../src/domain/offer-list.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 96_100;
const agentIn = (lang: "id" | "en" = "id") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
};

const flightButtons = (m: StoredMessage | undefined) =>
  (m?.reply_markup?.inline_keyboard.flat() ?? []).filter((b) => "callback_data" in b && b.callback_data.includes(":o:")).map((b) => b.text);

/** The member's list as the bot holds it: every flight, and the page on screen. */
async function listOf(agent: Agent) {
  const board = (await h.app.deps.searches.board(agent.chat.id, agent.user.id))!;
  const entry = (await h.app.deps.searches.get(board.sid, agent.chat.id))!;
  return { board, entry, page: applyView(entry.offers, board.view) };
}

const QUOTE = /Sisa kursi|Seats left/;
const HINT = /Ketik kode penerbangan|Type a flight code/;

describe("informal picks typed at the results list", () => {
  it.each([["yg kedua", 1], ["ambil yg pertama", 0], ["yg ke 3", 2]] as const)("id: %s opens that flight of the page, like its number", async (typed, place) => {
    const agent = agentIn();
    await agent.say(`/cari CGK DPS ${futureDate(30).wire} 2`);
    const { page, entry } = await listOf(agent);
    const reply = await agent.say(typed);
    expect(reply?.text).toMatch(QUOTE);
    expect(reply?.text).toContain(page.items[place]!.flightCode);
    expect(entry.offers.length).toBeGreaterThan(3);
  });

  it("en: the 2nd one opens the second flight; cheapest one pls the cheapest", async () => {
    const agent = agentIn("en");
    await agent.say(`/search CGK DPS ${futureDate(31).wire} 1`);
    const { page, entry } = await listOf(agent);
    expect((await agent.say("the 2nd one"))?.text).toContain(page.items[1]!.flightCode);
    await agent.tap("Other flight");
    const cheapest = [...entry.offers].sort((a, b) => a.price - b.price)[0]!;
    expect((await agent.say("cheapest one pls"))?.text).toContain(cheapest.flightCode);
  });

  it("yg paling murah opens the cheapest of the list as filtered (sorted by departure too)", async () => {
    const agent = agentIn();
    await agent.say(`/cari CGK DPS ${futureDate(32).wire} 1`);
    await agent.tap("Paling pagi");
    const { entry } = await listOf(agent);
    const cheapest = [...entry.offers].sort((a, b) => a.price - b.price || a.departsAt.localeCompare(b.departsAt))[0]!;
    const reply = await agent.say("yg paling murah");
    expect(reply?.text).toMatch(QUOTE);
    expect(reply?.text).toContain(cheapest.flightCode);
  });
});

describe("filters, direct flights and pages typed at the list", () => {
  it("an airline on the list filters it (or opens its only flight); one not on it is said, with the airlines there", async () => {
    const agent = agentIn();
    await agent.say(`/cari CGK DPS ${futureDate(33).wire} 1`);
    const { entry } = await listOf(agent);
    const lion = entry.offers.filter((o) => o.airlineCode === "JT");
    expect(lion.length).toBeGreaterThan(1);
    const filtered = await agent.say("lion aja");
    expect(filtered?.text).toContain("Filter: Lion Air");
    expect(flightButtons(filtered).every((b) => b.startsWith("JT-"))).toBe(true);
    expect(flightButtons(filtered)).toHaveLength(Math.min(6, lion.length));

    const absent = ["garuda", "batik", "citilink", "wings"].find((name) => !entry.offers.some((o) => o.airlineName.toLowerCase().includes(name)));
    if (absent) {
      const said = await agent.say(`yg ${absent}`);
      expect(said?.text).toMatch(/Tidak ada penerbangan .* di daftar ini\. Maskapai yang ada: .*Lion Air/);
    }
    const single = entry.offers.find((o) => entry.offers.filter((x) => x.airlineCode === o.airlineCode).length === 1);
    expect(absent ?? single).toBeDefined();
    if (single) {
      const word = single.airlineName.toLowerCase().split(" ").find((w) => !["air", "indonesia"].includes(w))!;
      const opened = await agent.say(`${word} aja`);
      expect(opened?.text).toMatch(QUOTE);
      expect(opened?.text).toContain(single.flightCode);
    }
  });

  it.each([["jam 7", "pagi"], ["yg pagi aja", "pagi"], ["sore aja", "sore"]])("%s: the list's time-of-day filter, said so", async (typed, word) => {
    const agent = agentIn();
    await agent.say(`/cari CGK DPS ${futureDate(34).wire} 1`);
    const reply = await agent.say(typed);
    expect(reply?.text).toMatch(new RegExp(`Hanya penerbangan ${word}, sesuai yang Anda ketik|Tidak ada penerbangan ${word} di tanggal ini`));
  });

  it("yang langsung aja gk transit: the direct flights, cheapest first, each a button that opens it", async () => {
    const agent = agentIn();
    await agent.say(`/cari CGK DPS ${futureDate(35).wire} 1`);
    const { entry } = await listOf(agent);
    const direct = entry.offers.filter((o) => o.stops === 0).sort((a, b) => a.price - b.price);
    expect(direct.length).toBeGreaterThan(0);
    expect(direct.length).toBeLessThan(entry.offers.length);
    const reply = await agent.say("yang langsung aja gk transit");
    expect(reply?.text).toContain(`Penerbangan langsung (tanpa transit): ${direct.length} dari ${entry.offers.length}`);
    const buttons = flightButtons(reply);
    expect(buttons.every((b) => !b.includes("transit"))).toBe(true);
    expect(buttons[0]).toContain(direct[0]!.flightCode);
    expect((await agent.tap(buttons[0]!))?.text).toContain(direct[0]!.flightCode);
  });

  it("next / lanjut / hal 2 show the next page; past the last page it says how many there are", async () => {
    const agent = agentIn();
    await agent.say(`/cari CGK DPS ${futureDate(36).wire} 1`);
    const { page } = await listOf(agent);
    expect(page.pages).toBeGreaterThan(1);
    const second = await agent.say("next");
    expect(second?.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toContain(`2/${page.pages}`);
    expect((await listOf(agent)).board.view.page).toBe(1);
    await agent.say("hal 1");
    expect((await listOf(agent)).board.view.page).toBe(0);
    await agent.say("lanjut");
    expect((await listOf(agent)).board.view.page).toBe(1);
    expect((await agent.say("hal 9"))?.text).toBe(`Daftar ini hanya ${page.pages} halaman.`);
  });
});

describe("another date, party or cancel typed in passing", () => {
  it.each([["ganti tgl 10", "10 "], ["tgl 10 aja", "10 "]])("%s searches that day", async (typed, day) => {
    const agent = agentIn();
    await agent.say(`/cari CGK DPS ${futureDate(3).wire} 1`);
    const reply = await agent.say(typed);
    expect(reply?.text).toMatch(new RegExp(`CGK → DPS · \\w+ ${day}`));
  });

  it("bsk aja searches tomorrow", async () => {
    const agent = agentIn();
    await agent.say(`/cari CGK DPS ${futureDate(5).wire} 1`);
    const tomorrow = await agentIn().say(`/cari CGK DPS besok 1`);
    const header = tomorrow?.text?.split("\n")[0];
    expect((await agent.say("bsk aja"))?.text?.split("\n")[0]).toBe(header);
  });

  it("2 dws 1 ank searches again for that party", async () => {
    const agent = agentIn();
    await agent.say(`/cari CGK DPS ${futureDate(37).wire} 2`);
    expect((await agent.say("2 dws 1 ank"))?.text).toContain("2 dewasa, 1 anak");
    expect((await listOf(agent)).entry.query.pax).toEqual({ adult: 2, child: 1, infant: 0 });
  });

  it.each(["batalin", "gk jd"])("%s cancels like batal: the list is no longer read", async (typed) => {
    const agent = agentIn();
    await agent.say(`/cari CGK DPS ${futureDate(38).wire} 1`);
    expect((await agent.say(typed))?.text).toBe("Dibatalkan.");
    expect(await h.app.deps.searches.board(agent.chat.id, agent.user.id)).toBeUndefined();
  });
});

describe("what is still not read", () => {
  it.each(["harga brp?", "bagasi brp kg?", "berangkat jam brp", "ok"])("%s gets the hint naming what can be typed, the bare number still a flight", async (typed) => {
    const agent = agentIn();
    await agent.say(`/cari CGK DPS ${futureDate(39).wire} 1`);
    const hint = (await agent.say(typed))?.text ?? "";
    expect(hint).toMatch(HINT);
    expect(hint).toContain("termurah");
    expect(hint).toContain("Ketik kembali untuk kembali ke pertanyaan jumlah penumpang");
    expect(hint).not.toContain(". kembali mengubah");
    expect((await agent.say("2"))?.text).toMatch(QUOTE);
  });

  it("en: the hint reads as sentences", async () => {
    const agent = agentIn("en");
    await agent.say(`/search CGK DPS ${futureDate(39).wire} 1`);
    const hint = (await agent.say("how much is baggage?"))?.text ?? "";
    expect(hint).toContain("Type back to return to the number of passengers, or cancel to stop.");
  });
});
