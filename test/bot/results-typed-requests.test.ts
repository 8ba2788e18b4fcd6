import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import type { StoredMessage } from "../support/telegram/index.js";
import { applyView, localClock } from "../../src/domain/offer-list.js";
import { timeOfDay } from "../../src/domain/flight.js";
import { dayWith, directAndTransit, flyingAt, moreThanAPage, routeWith, type FlightsTest } from "../support/sandbox-days.js";

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

const lionFlights = (flights: Parameters<FlightsTest>[0]) => flights.filter((f) => f.carrier.code === "JT");
/** Two Lion Air flights or more, and an airline the test names that is absent or one with a single flight. */
const lionAndAnAirlineToName: FlightsTest = (flights) =>
  lionFlights(flights).length > 1 &&
  (["garuda", "batik", "citilink", "wings"].some((name) => !flights.some((f) => f.carrier.name.toLowerCase().includes(name))) ||
    flights.some((f) => flights.filter((x) => x.carrier.code === f.carrier.code).length === 1));
/** Lion Air flies, and there is a part of the day in which others fly and it does not. */
const lionMissesATime: FlightsTest = (flights) =>
  lionFlights(flights).length > 0 &&
  flights.some((f) => !lionFlights(flights).some((l) => timeOfDay(l.departTime) === timeOfDay(f.departTime)));
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
    await agent.say(`/cari CGK DPS ${dayWith(["CGK", "DPS"], lionAndAnAirlineToName, 33).wire} 1`);
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
    await agent.say(`/cari CGK DPS ${dayWith(["CGK", "DPS"], directAndTransit, 35).wire} 1`);
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
    await agent.say(`/cari CGK DPS ${dayWith(["CGK", "DPS"], moreThanAPage, 36).wire} 1`);
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

  // A time of day after the new date: the new list opens filtered to it (it was "not understood", the date lost).
  // Tomorrow is fixed by the words typed, so the route is one that flies then at that time.
  it.each([["id", "besok pagi", "morning", "Hanya penerbangan"], ["en", "tomorrow evening", "evening", "Only"]] as const)("%s: %s searches tomorrow and lists its %s flights", async (lang, typed, time, said) => {
    const to = routeWith("CGK", ["DPS", "SUB", "UPG", "KNO", "BPN", "JOG", "SRG", "PKU", "BTH"], 1, flyingAt(time));
    const agent = agentIn(lang);
    await agent.say(`${lang === "id" ? "/cari" : "/search"} CGK ${to} ${futureDate(6).wire} 1`);
    const from = h.emulator.chatMessages(agent.chat.id).length;
    const tomorrow = await agentIn(lang).say(`${lang === "id" ? "/cari" : "/search"} CGK ${to} ${lang === "id" ? "besok" : "tomorrow"} 1`);
    await agent.say(typed);
    const { board, entry, page } = await listOf(agent);
    expect(entry.query.date).toBe(futureDate(1).iso);
    expect(board.view.time).toBe(time);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((o) => timeOfDay(localClock(o.departsAt)) === time)).toBe(true);
    const texts = agent.botTexts(from).join("\n");
    expect(texts).toContain(tomorrow?.text?.split("\n")[0]);
    expect(texts).toContain(said);
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
  // "bagasi brp kg?" is answered with the page's baggage (baggage-asked.test.ts).
  it.each(["harga brp?", "berangkat jam brp", "ok"])("%s gets the hint naming what can be typed, the bare number still a flight", async (typed) => {
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
    const hint = (await agent.say("how much is it?"))?.text ?? "";
    expect(hint).toContain("Type back to return to the number of passengers, or cancel to stop.");
  });
});

describe("a count is never read as a date at the list (a date needs a date word)", () => {
  it.each([["jadi 3", 3], ["untuk 3", 3], ["jadi 4 aja", 4]] as const)("%s searches the same day again for %s passengers", async (typed, n) => {
    const agent = agentIn();
    const list = await agent.say(`/cari CGK DPS ${futureDate(60).wire} 2`);
    const day = list!.text!.split("\n")[0]!.split(" · ").slice(0, 2).join(" · ");
    const reply = await agent.say(typed);
    expect(reply?.text?.split("\n")[0]).toBe(`${day} · ${n} penumpang`);
    expect((await listOf(agent)).entry.query.pax).toEqual({ adult: n, child: 0, infant: 0 });
  });

  it("en: for 3 searches for 3 passengers on the same day", async () => {
    const agent = agentIn("en");
    const list = await agent.say(`/search CGK DPS ${futureDate(60).wire} 2`);
    const day = list!.text!.split("\n")[0]!.split(" · ").slice(0, 2).join(" · ");
    expect((await agent.say("for 3"))?.text?.split("\n")[0]).toBe(`${day} · 3 pax`);
  });

  it.each([["3 aja", 3, "id"], ["ke 3", 3, "id"], ["the 3rd", 3, "en"], ["the 2nd", 2, "en"], ["2nd", 2, "en"], ["1st", 1, "en"]] as const)("%s opens flight %s of the page, never a day", async (typed, n, lang) => {
    const agent = agentIn(lang);
    await agent.say(`${lang === "id" ? "/cari" : "/search"} CGK DPS ${futureDate(60).wire} 2`);
    const { page } = await listOf(agent);
    const reply = await agent.say(typed);
    expect(reply?.text).toMatch(QUOTE);
    expect(reply?.text).toContain(page.items[n - 1]!.flightCode);
  });
});

describe("more words at the list: sort, airline with a time, party additions, transit, clocks, greetings", () => {
  it("paling pagi uses the list's own earliest-first sort, not the morning filter", async () => {
    const agent = agentIn();
    await agent.say(`/cari CGK DPS ${futureDate(60).wire} 2`);
    const reply = await agent.say("paling pagi");
    const { board, entry } = await listOf(agent);
    expect(board.view).toMatchObject({ sort: "departure", page: 0 });
    expect(board.view.time).toBeUndefined();
    const first = [...entry.offers].sort((a, b) => a.departsAt.localeCompare(b.departsAt))[0]!;
    expect(flightButtons(reply)[0]).toContain(first.flightCode);
  });

  it("an airline at a time it doesn't fly says so, naming the flights there are then", async () => {
    const agent = agentIn();
    await agent.say(`/cari CGK DPS ${dayWith(["CGK", "DPS"], lionMissesATime, 60).wire} 2`);
    const { entry } = await listOf(agent);
    const words = { morning: "pagi", afternoon: "siang", evening: "sore", night: "malam" } as const;
    const timeOf = (o: (typeof entry.offers)[number]) => timeOfDay(o.departsAt.slice(11, 16));
    const lion = entry.offers.filter((o) => o.airlineCode === "JT");
    const time = (Object.keys(words) as (keyof typeof words)[]).find((t) => lion.length > 0 && !lion.some((o) => timeOf(o) === t) && entry.offers.some((o) => timeOf(o) === t));
    expect(time).toBeDefined();
    const reply = await agent.say(`lion ${words[time!]}`);
    const there = entry.offers.filter((o) => timeOf(o) === time).sort((a, b) => a.departsAt.localeCompare(b.departsAt));
    expect(reply?.text).toContain(`Tidak ada penerbangan Lion Air ${words[time!]} di tanggal ini, jadi semua penerbangan Lion Air ditampilkan. Penerbangan ${words[time!]} yang ada: ${there[0]!.flightCode} ${there[0]!.departsAt.slice(11, 16)}`);
    expect(flightButtons(reply).every((b) => b.startsWith("JT-"))).toBe(true);
  });

  it.each([["+ bayi", { adult: 2, child: 0, infant: 1 }], ["tambah 1 bayi", { adult: 2, child: 0, infant: 1 }], ["sama bayi 1", { adult: 2, child: 0, infant: 1 }], ["1 anak", { adult: 2, child: 1, infant: 0 }]] as const)("%s searches again with that added to the list's party", async (typed, pax) => {
    const agent = agentIn();
    await agent.say(`/cari CGK DPS ${futureDate(61).wire} 2`);
    await agent.say(typed);
    expect((await listOf(agent)).entry.query.pax).toEqual(pax);
  });

  it("an addition the party can't take is said, the list kept", async () => {
    const agent = agentIn();
    await agent.say(`/cari CGK DPS ${futureDate(61).wire} 1`);
    const sid = (await listOf(agent)).board.sid;
    expect((await agent.say("tambah 2 bayi"))?.text).toContain("jumlah bayi tidak boleh lebih dari dewasa");
    expect((await listOf(agent)).board.sid).toBe(sid);
  });

  it("yg transit lists the flights with a stop; ga usah transit the direct ones", async () => {
    const agent = agentIn();
    await agent.say(`/cari CGK DPS ${dayWith(["CGK", "DPS"], directAndTransit, 60).wire} 2`);
    const { entry } = await listOf(agent);
    const withStop = entry.offers.filter((o) => o.stops > 0);
    expect(withStop.length).toBeGreaterThan(0);
    const transit = await agent.say("yg transit");
    expect(transit?.text).toContain(`Penerbangan transit: ${withStop.length} dari ${entry.offers.length}`);
    expect(flightButtons(transit).every((b) => b.includes("transit"))).toBe(true);
    expect((await agent.say("ga usah transit"))?.text).toContain("Penerbangan langsung (tanpa transit)");
  });

  it.each(["jam 7 mlm", "7 p.m"])("%s turns on the night filter", async (typed) => {
    const agent = agentIn();
    await agent.say(`/cari CGK DPS ${futureDate(60).wire} 2`);
    expect((await agent.say(typed))?.text).toMatch(/Hanya penerbangan malam|Tidak ada penerbangan malam/);
  });

  it.each(["siang kak", "pagi bu", "selamat pagi"])("%s is a greeting, never a time filter", async (typed) => {
    const agent = agentIn();
    await agent.say(`/cari CGK DPS ${futureDate(60).wire} 2`);
    await agent.say(typed);
    expect((await listOf(agent)).board.view.time).toBeUndefined();
  });

  it.each(["stop it", "no thanks"])("en: %s cancels like cancel", async (typed) => {
    const agent = agentIn("en");
    await agent.say(`/search CGK DPS ${futureDate(38).wire} 1`);
    expect((await agent.say(typed))?.text).toBe("Cancelled.");
    expect(await h.app.deps.searches.board(agent.chat.id, agent.user.id)).toBeUndefined();
  });
});
