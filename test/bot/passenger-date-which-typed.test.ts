import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { dayWith, firstPageAsksBirthDates } from "../support/sandbox-days.js";

/**
 * "12/03/85" typed by an English-speaking agent asks "12 Mar 1985 or 3 Dec 1985?" with two buttons. A
 * hurried agent types the choice instead of tapping: "the first one", "1st", "the 2nd", "yg kedua" pick
 * that button; "yes" or "ok" name neither, and get the question again naming both, not the birth-date hint.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 47_100;
async function atTheChoice(): Promise<Agent> {
  const id = nextId++;
  const a = new Agent(h, { id, first_name: "Kadek", language_code: "en" }, { id, type: "private" });
  await a.say(`/search dps sin ${dayWith(["DPS", "SIN"], firstPageAsksBirthDates("DPS", "SIN"), 40 + (id % 20)).wire} 1`);
  // Jetstar, AirAsia and Citilink ask birth dates at MMBC.
  const flights = a.last()!.reply_markup!.inline_keyboard.flat().filter((x) => "callback_data" in x && x.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
  const dated = flights.find((x) => /^(JQ|QZ|AK|FD|D7|XT|QG)-/.test(x.text));
  if (!dated) throw new Error(`no flight asking birth dates:\n${a.transcript(3)}`);
  await a.tap({ data: dated.callback_data });
  await a.tap("Continue");
  expect((await a.say("Mr John Smith"))?.text).toContain("Date of birth of John Smith");
  expect((await a.say("12/03/85"))?.text).toContain("12 Mar 1985 (day/month) or 3 Dec 1985 (month/day)");
  return a;
}

/** The rest of the booking up to the summary, which prints the birth date taken. */
async function summary(a: Agent): Promise<string> {
  await a.say("E1234567 31-12-2031");
  await a.say("john@example.com");
  return (await a.say("+65 9123 4567"))?.text ?? "";
}

describe("English: the reading typed instead of tapped", () => {
  it.each([
    ["the first one", "12 Mar 1985"], ["first", "12 Mar 1985"], ["1st", "12 Mar 1985"], ["1", "12 Mar 1985"], ["yang pertama", "12 Mar 1985"],
    ["the 2nd", "3 Dec 1985"], ["second one", "3 Dec 1985"], ["yg kedua", "3 Dec 1985"],
  ])("%j takes %s", async (typed, date) => {
    const a = await atTheChoice();
    expect((await a.say(typed))?.text).toContain("Passport of John Smith");
    expect(await summary(a)).toContain(`born ${date}`);
  });

  it.each(["yes", "ok", "ya"])("%j names neither: both are named again, then 'the 2nd' takes 3 Dec 1985", async (typed) => {
    const a = await atTheChoice();
    const again = (await a.say(typed))?.text ?? "";
    expect(again).toBe("Which one: 12 Mar 1985 (the first) or 3 Dec 1985 (the second)? Tap it above, or type first or second.");
    expect((await a.say("the 2nd"))?.text).toContain("Passport of John Smith");
    expect(await summary(a)).toContain("born 3 Dec 1985");
  });

  it("a date typed there is still read as the answer", async () => {
    const a = await atTheChoice();
    expect((await a.say("3 Dec 1985"))?.text).toContain("Passport of John Smith");
    expect(await summary(a)).toContain("born 3 Dec 1985");
  });
});
