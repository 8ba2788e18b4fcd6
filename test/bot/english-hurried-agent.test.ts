import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "./journey-steps.js";

/** An English-speaking agent in a hurry, in a private chat: "need 2 pax cgk-dps tmr", "whats the status of …", "cancel it", "book the 2nd one". */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 36_100;
const agent = () => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Kadek", language_code: "en" }, { id, type: "private" });
};
const since = (a: Agent) => h.emulator.chatMessages(a.chat.id).length;

describe("/search with English asking words", () => {
  it("'need 2 pax cgk-dps tmr morning' searches CGK → DPS tomorrow morning for 2, nothing left out", async () => {
    const a = agent();
    await a.say("/search need 2 pax cgk-dps tmr morning");
    const said = a.botTexts().join("\n");
    expect(said).toContain("CGK → DPS");
    expect(said).toContain("2 pax");
    expect(said).toMatch(/morning/i);
    expect(said).not.toContain("didn't understand");
  });
});

describe("typed outside any flow: a route with English shorthand is a search", () => {
  it.each([
    ["need 2 pax cgk-dps tmr morning", "2 pax"],
    ["cgk dps tmr 2", "2 pax"],
    ["cgk-dps tmr 2", "2 pax"],
    ["cgk dps tmrw 2", "2 pax"],
    ["cgk dps tmr 2 pax", "2 pax"],
    ["need 2 pax cgk dps tomorrow", "2 pax"],
    ["cgk dps tomorrow 2 adt", "2 pax"],
    ["pls check cgk dps 20/12 2 adt 1 chd", "1 child"],
    ["cgk-dps 2a1c tmr", "1 child"],
  ])("%s", async (typed, party) => {
    const a = agent();
    await a.say(typed);
    const said = a.botTexts().join("\n");
    expect(said).toContain("CGK → DPS");
    expect(said).toContain(party);
    expect(said).not.toContain("Type /search");
  });
});

describe("the status asked in words", () => {
  it.each(["whats the status of ABC123", "what's the status of ABC123"])("%s answers as 'status ABC123' does", async (typed) => {
    const a = agent();
    const n = since(a);
    await a.say("status ABC123");
    const plain = a.botTexts(n);
    const m = since(a);
    await a.say(typed);
    expect(a.botTexts(m)).toEqual(plain);
    expect(plain.join("\n")).not.toContain("Type /search");
  });

  it("'whats the status' and 'status of my booking' answer with the booking just made, as 'status?' does", async () => {
    const a = agent();
    const code = await bookOne(a, `/search cgk dps ${futureDate(25).wire} 1`, ["Mr Budi Santoso"]);
    for (const typed of ["whats the status", "status of my booking"]) {
      const n = since(a);
      await a.say(typed);
      const said = a.botTexts(n).join("\n");
      expect(said).toContain(code);
      expect(said).not.toContain("Type /search");
    }
    // At the booking stage, outside any flow, "cancel" still says what can be done (nothing is "Cancelled.").
    const n = since(a);
    await a.say("cancel");
    expect(a.botTexts(n).join("\n")).toContain(code);
    expect(a.botTexts(n).join("\n")).not.toContain("Cancelled.");
  });
});

describe("English cancel words inside a flow", () => {
  it.each(["cancel it", "cancel pls", "pls cancel", "cancel this", "cancel the search"])("%s at the flight card cancels", async (typed) => {
    const a = agent();
    await a.say("/search cgk dps tomorrow 2 pax");
    await a.say("the 2nd one");
    expect(a.last()?.text).toContain("Seats left");
    const n = since(a);
    await a.say(typed);
    expect(a.botTexts(n)).toEqual(["Cancelled."]);
  });

  it.each(["cancel my booking", "cancel this booking"])("%s at the flight card does not end the search as if asked to", async (typed) => {
    const a = agent();
    await a.say("/search cgk dps tomorrow 2 pax");
    await a.say("the 2nd one");
    const n = since(a);
    await a.say(typed);
    expect(a.botTexts(n)).not.toContain("Cancelled.");
  });

  it("'cancel it' at the birth-date question cancels", async () => {
    const a = agent();
    // A flight whose airline wants birth dates: which of tomorrow's does depends on the day.
    for (const pick of ["the 2nd one", "the 1st one", "the 3rd one", "the 4th one", "the 5th one"]) {
      await a.say("/search cgk dps tomorrow 2 pax");
      await a.say(pick);
      await a.tap("Continue");
      await a.say("mr john smith / mrs jane smith");
      if (a.last()?.text?.includes("Date of birth")) break;
    }
    expect(a.last()?.text).toContain("Date of birth");
    const n = since(a);
    await a.say("cancel it");
    expect(a.botTexts(n)).toEqual(["Cancelled."]);
  });
});

describe("at the results list, a leading 'book'", () => {
  it.each([
    ["book the 2nd one", 2],
    ["book no 3", 3],
    ["book 2", 2],
    ["i'll take no 3", 3],
  ])("%s opens that flight", async (typed, place) => {
    const a = agent();
    await a.say("/search cgk dps tomorrow 2 pax");
    const list = a.last()!;
    const flight = list.reply_markup!.inline_keyboard.flat()[place - 1]!.text.split(" ")[0]!;
    await a.say(typed);
    expect(a.last()?.text).toContain(flight);
    expect(a.last()?.text).toContain("Seats left");
  });

  it("'book the cheapest' opens the cheapest flight", async () => {
    const a = agent();
    await a.say("/search cgk dps tomorrow 2 pax");
    const n = since(a);
    await a.say("cheapest");
    const plain = a.last()?.text;
    expect(a.botTexts(n).join("\n")).not.toContain("Type a flight code");
    const b = agent();
    await b.say("/search cgk dps tomorrow 2 pax");
    await b.say("book the cheapest");
    expect(b.last()?.text).toEqual(plain);
  });
});
