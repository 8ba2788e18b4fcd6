import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { dayWith, firstPageAsksBirthDates } from "../support/sandbox-days.js";

/**
 * A birth date typed by an English-speaking agent in the bot's own example form ("17-08-1990": dd-mm-yyyy
 * with dashes) is read day first, not asked about; a date with slashes ("05/06/1985") still is, and the
 * same date typed again at that question takes the day/month reading, said so (it was asked forever).
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const words = {
  en: { search: "/search", cont: "Continue", birthQ: "Date of birth of John Smith", passportQ: "Passport of John Smith", born: "born 5 Jun 1985", noted: "Same date again, so I read it day first, as in the example: 5 Jun 1985." },
  id: { search: "/cari", cont: "Lanjut", birthQ: "Tanggal lahir John Smith", passportQ: "Paspor John Smith", born: "lahir 5 Jun 1985", noted: "" },
} as const;
type Lang = keyof typeof words;

let nextId = 49_400;
async function atBirthDate(lang: Lang): Promise<Agent> {
  const id = nextId++;
  const a = new Agent(h, { id, first_name: "Kadek", language_code: lang }, { id, type: "private" });
  await a.say(`${words[lang].search} dps sin ${dayWith(["DPS", "SIN"], firstPageAsksBirthDates("DPS", "SIN"), 40 + (id % 20)).wire} 1`);
  // Jetstar, AirAsia and Citilink ask birth dates at MMBC; the day searched has one on the first page.
  const flights = a.last()!.reply_markup!.inline_keyboard.flat().filter((x) => "callback_data" in x && x.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
  const dated = flights.find((x) => /^(JQ|QZ|AK|FD|D7|XT|QG)-/.test(x.text));
  if (!dated) throw new Error(`no flight asking birth dates:\n${a.transcript(3)}`);
  await a.tap({ data: dated.callback_data });
  await a.tap(words[lang].cont);
  expect((await a.say("Mr John Smith"))?.text).toContain(words[lang].birthQ);
  return a;
}

/** The rest of the booking up to the summary, which prints the birth date taken. */
async function summary(a: Agent): Promise<string> {
  await a.say("E1234567 31-12-2031");
  await a.say("john@example.com");
  return (await a.say("+65 9123 4567"))?.text ?? "";
}

describe.each(["en", "id"] as const)("the example's own form, dd-mm-yyyy (%s)", (lang) => {
  it("\"05-06-1985\" is 5 Jun 1985, not asked about", async () => {
    const a = await atBirthDate(lang);
    const next = (await a.say("05-06-1985"))?.text ?? "";
    expect(next).not.toContain("(day/month)");
    expect(next).toContain(words[lang].passportQ);
    expect(await summary(a)).toContain(words[lang].born);
  });
});

describe("English: slashes are still asked about", () => {
  it("the same date typed again takes day/month, said so, and goes on", async () => {
    const a = await atBirthDate("en");
    const asked = (await a.say("05/06/1985"))?.text ?? "";
    expect(asked).toContain('"05/06/1985" is 5 Jun 1985 (day/month) or 6 May 1985 (month/day)?');
    const from = a.botTexts().length;
    expect((await a.say("05/06/1985"))?.text).toContain(words.en.passportQ);
    expect(a.botTexts(from).join("\n")).toContain(words.en.noted);
    expect(await summary(a)).toContain(words.en.born);
  });

  it("another date that reads two ways typed there is asked about on its own", async () => {
    const a = await atBirthDate("en");
    await a.say("05/06/1985");
    expect((await a.say("07/08/1985"))?.text).toContain("7 Aug 1985 (day/month) or");
    await a.tap("8 Jul 1985");
    expect(await summary(a)).toContain("born 8 Jul 1985");
  });
});
