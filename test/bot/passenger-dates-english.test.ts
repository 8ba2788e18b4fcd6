import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { dayWith, firstPageAsksBirthDates } from "../support/sandbox-days.js";

/**
 * Birth dates and passport expiries typed with numbers by an English-speaking agent: "12/03/85" may be
 * 12 March or 3 December, so it is asked (as the flight date's "1/5" is), never read day first unasked;
 * Indonesian agents keep day/month. The summary prints these dates with the month as a word. Also the
 * labels typed before names and birth dates, and a child named on a booking without children.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const agent = (id: number, lang: "en" | "id") => new Agent(h, { id, first_name: "Kadek", language_code: lang }, { id, type: "private" });

/** MMBC, DPS → SIN (birth date and passport asked): up to the first passenger's name question. */
/** From `days` ahead, the first day the route's first page has a flight that asks birth dates. */
const datedDay = (days: number, route = "dps sin") => {
  const [from, to] = route.toUpperCase().split(" ") as [string, string];
  return dayWith([from, to], firstPageAsksBirthDates(from, to), days);
};

async function toNames(a: Agent, lang: "en" | "id", days: number | { wire: string }, pax = 1, route = "dps sin") {
  const day = typeof days === "number" ? datedDay(days, route) : days;
  await a.say(`${lang === "en" ? "/search" : "/cari"} ${route} ${day.wire} ${pax}`);
  // Jetstar, AirAsia and Citilink ask birth dates at MMBC.
  const flights = a.last()!.reply_markup!.inline_keyboard.flat().filter((x) => "callback_data" in x && x.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
  const dated = flights.find((x) => /^(JQ|QZ|AK|FD|D7|XT|QG)-/.test(x.text));
  if (!dated) throw new Error(`no flight asking birth dates:\n${a.transcript(3)}`);
  await a.tap({ data: dated.callback_data });
  return a.tap(lang === "en" ? "Continue" : "Lanjut");
}

async function toBirthDate(a: Agent, lang: "en" | "id", days: number | { wire: string }) {
  await toNames(a, lang, days);
  const r = await a.say("Mr John Smith");
  expect(r?.text).toMatch(/Date of birth|Tanggal lahir/);
  return r;
}

const buttons = (a: Agent) => a.last()?.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? [];

describe("English: a numeric birth date or expiry that reads two ways is asked", () => {
  it("12/03/85 asks 12 Mar 1985 or 3 Dec 1985; 10/05/2031 asks too; the taps are what the summary shows", async () => {
    const a = agent(34_101, "en");
    await toBirthDate(a, "en", 40);
    const q = await a.say("12/03/85");
    expect(q?.text).toContain("12 Mar 1985");
    expect(q?.text).toContain("3 Dec 1985");
    expect(q?.text).toContain("(month/day)");
    expect(buttons(a)).toEqual(["12 Mar 1985", "3 Dec 1985"]);
    expect((await a.tap("3 Dec 1985"))?.text).toContain("Passport of John Smith");
    const p = await a.say("E1234567 exp 10/05/2031");
    expect(buttons(a)).toEqual(["10 May 2031", "5 Oct 2031"]);
    expect(p?.text).toContain("Passport expiry of John Smith");
    expect((await a.tap("5 Oct 2031"))?.text).toContain("e-mail");
    await a.say("john@example.com");
    const summary = (await a.say("+65 9123 4567"))?.text ?? "";
    expect(summary).toContain("born 3 Dec 1985");
    expect(summary).toContain("passport E1234567 (until 5 Oct 2031)");
  });

  it("dob 12/03/85 drops its label and asks; 1/2/1987 asks 1 Feb or 2 Jan", async () => {
    const a = agent(34_102, "en");
    await toBirthDate(a, "en", 41);
    expect((await a.say("dob 1/2/1987"))?.text).toContain("1 Feb 1987");
    expect(buttons(a)).toEqual(["1 Feb 1987", "2 Jan 1987"]);
    await a.tap("2 Jan 1987");
    await a.say("E1234567 31-12-2031");
    await a.say("john@example.com");
    expect((await a.say("+65 9123 4567"))?.text).toContain("born 2 Jan 1987");
  });

  it("13/03/85 and 03/13/85 read one way only: 13 Mar 1985, nothing asked", async () => {
    for (const [id, typed] of [[34_103, "13/03/85"], [34_104, "03/13/85"]] as const) {
      const a = agent(id, "en");
      await toBirthDate(a, "en", 42);
      expect((await a.say(typed))?.text).toContain("Passport of John Smith");
      await a.say("E1234567 31-12-2031");
      await a.say("john@example.com");
      expect((await a.say("+65 9123 4567"))?.text).toContain("born 13 Mar 1985");
    }
  });

  it("a date typed at the choice answers the question; back there asks it again", async () => {
    const a = agent(34_105, "en");
    await toBirthDate(a, "en", 43);
    await a.say("12/03/85");
    expect((await a.say("back"))?.text).toContain("Date of birth of John Smith");
    await a.say("12/03/85");
    expect((await a.say("3 Dec 1985"))?.text).toContain("Passport of John Smith");
    await a.say("E1234567 31-12-2031");
    await a.say("john@example.com");
    expect((await a.say("+65 9123 4567"))?.text).toContain("born 3 Dec 1985");
  });

  it("a tapped reading gets the checks a typed date gets: an expiry too soon is said as read, the number kept", async () => {
    // A flight whose six months after fall between 13 Jan and 1 Dec: "01/12/yyyy" is then 1 Dec (valid
    // long enough) or 12 Jan (too soon) of that year.
    const day = [datedDay(44), datedDay(90)].find((d) => !/-(0[6]|07-(0\d|1[0-2]))/.test(d.iso.slice(4)) || /-06-01$/.test(d.iso))!;
    const flight = day.iso;
    const year = Number(flight.slice(0, 4)) + (flight.slice(5) > "06-01" ? 1 : 0);
    const a = agent(34_106, "en");
    await toBirthDate(a, "en", day);
    await a.say("17-08-1990");
    await a.say(`E1234567 01/12/${year}`);
    expect(buttons(a)).toEqual([`1 Dec ${year}`, `12 Jan ${year}`]);
    const r = (await a.tap(`12 Jan ${year}`))?.text ?? "";
    expect(r).toContain("Passport number E1234567 noted");
    expect(r).toContain(`Read as expiry 12 Jan ${year}: the passport must be valid for 6 months after the flight`);
    await a.say(`01/12/${year}`);
    expect((await a.tap(`1 Dec ${year}`))?.text).toContain("e-mail");
  });
});

describe("English: an expiry sent alone", () => {
  it("10/05/2031 asks which; the tapped one is kept and the number asked", async () => {
    const a = agent(34_107, "en");
    await toBirthDate(a, "en", 53);
    await a.say("17-08-1990");
    await a.say("10/05/2031");
    expect((await a.tap("5 Oct 2031"))?.text).toContain("Expiry 5 Oct 2031 noted");
    expect((await a.say("E1234567"))?.text).toContain("e-mail");
    await a.say("john@example.com");
    expect((await a.say("+65 9123 4567"))?.text).toContain("passport E1234567 (until 5 Oct 2031)");
  });
});

describe("Indonesian: day/month, unchanged", () => {
  it("12/03/85 is 12 Mar 1985 at once; the summary prints the month as a word", async () => {
    const a = agent(34_201, "id");
    await toBirthDate(a, "id", 45);
    expect((await a.say("12/03/85"))?.text).toContain("Paspor John Smith");
    expect((await a.say("E1234567 10/05/2031"))?.text).toContain("E-mail kontak");
    await a.say("john@example.com");
    const summary = (await a.say("081234567890"))?.text ?? "";
    expect(summary).toContain("lahir 12 Mar 1985");
    expect(summary).toContain("paspor E1234567 (s.d. 10 Mei 2031)");
  });
});

describe("a date typed at the passport question that is no expiry", () => {
  it("id: 03/12/1985 is said as read: expiry 3 Des 1985", async () => {
    const a = agent(34_301, "id");
    await toBirthDate(a, "id", 46);
    await a.say("17-08-1990");
    const r = (await a.say("03/12/1985"))?.text ?? "";
    expect(r).toContain("Terbaca habis berlaku 3 Des 1985");
    expect(r).toContain("6 bulan setelah penerbangan");
  });

  it("en: 03/12/1985 is said with both readings, nothing to choose between", async () => {
    const a = agent(34_302, "en");
    await toBirthDate(a, "en", 47);
    await a.say("17-08-1990");
    const r = (await a.say("03/12/1985"))?.text ?? "";
    expect(r).toContain("Read as expiry 3 Dec 1985 / 12 Mar 1985");
    expect(r).toContain("6 months after the flight");
  });

  it("en: E1234567 exp 20/12/1985 keeps the number and says the expiry read", async () => {
    const a = agent(34_303, "en");
    await toBirthDate(a, "en", 48);
    await a.say("17-08-1990");
    const r = (await a.say("E1234567 exp 20/12/1985"))?.text ?? "";
    expect(r).toContain("E1234567");
    expect(r).toContain("Read as expiry 20 Dec 1985");
  });

  it.each([["passport no: E1234567 exp 31/12/2031"], ["passport: E1234567 expiry 31/12/2031"], ["Passport No. E1234567 expires 31-12-2031"]])("%s reads the number and expiry", async (typed) => {
    const a = agent(34_310 + typed.length, "en");
    await toBirthDate(a, "en", 49);
    await a.say("17-08-1990");
    expect((await a.say(typed))?.text).toContain("e-mail");
  });
});

describe("labels and titles at the name question", () => {
  it("pax names: mr john smith / mrs jane smith takes both names", async () => {
    const a = agent(34_401, "en");
    await toNames(a, "en", 50, 2);
    expect(a.botTexts().join("\n")).not.toContain("Taken from your message");
    await a.say("pax names: mr john smith / mrs jane smith");
    expect(a.botTexts().join("\n")).toContain("Taken from your message: Mr John Smith, Mrs Jane Smith");
  });

  it.each([["en", "This booking has no child passenger. To add one, change the party"], ["id", "Booking ini tidak punya penumpang anak. Untuk menambahkannya, ubah jumlah penumpang"]] as const)("%s: a child named on a booking of adults is said to have no child's place, and how to add one", async (lang, said) => {
    const a = agent(lang === "en" ? 34_402 : 34_403, lang);
    await toNames(a, lang, 51, 3, "cgk dps");
    await a.say("mr john smith, mrs jane smith, mstr tom smith");
    const text = a.botTexts().join("\n");
    expect(text).toContain(said);
    expect(text).not.toMatch(/named already|sudah diberi nama/);
  });

  it("dob 12/03/85 at the birth date question (Indonesian agent): the label dropped, the date taken", async () => {
    const a = agent(34_404, "id");
    await toBirthDate(a, "id", 52);
    expect((await a.say("tgl lahir 12/03/85"))?.text).toContain("Paspor John Smith");
  });
});
