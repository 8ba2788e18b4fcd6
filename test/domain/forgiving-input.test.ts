import { describe, expect, it } from "vitest";
import { AIRPORT_ALIASES, CITY_AIRPORTS } from "../../src/domain/airport-aliases.js";
import { matchAirport } from "../../src/domain/airport-match.js";
import { isIndonesianAirport } from "../../src/domain/airport-countries.js";
import { parsePax } from "../../src/domain/pax-parse.js";
import { parseAdultTitle, parseChildTitle, parseTitledName } from "../../src/domain/passenger-parse.js";
import { parsePhone, phoneFromContact } from "../../src/domain/contact-input.js";
import { passengerLines } from "../../src/domain/passenger-lines.js";
import { parseTravelDate } from "../../src/domain/travel-date.js";
import { parseQuickForm } from "../../src/bot/features/search/quick-form.js";
import { CITIES } from "../../src/sandbox/mmbc/data/cities.js";
import { AIRPORTS } from "../../src/sandbox/tiket/data/airports.js";
import { shortDate } from "../../src/presenters/format.js";
import { bookingForm } from "../../src/providers/mmbc/booking-form.js";
import { addOrderParams } from "../../src/providers/tiket/order-form.js";

// The two providers' airport lists as the bot sees them: MMBC names cities, tiket.com gives location names.
const mmbc = CITIES.map((c) => ({ code: c.code, city: c.city }));
const tiket = AIRPORTS.map((a) => ({ code: a.code, city: a.locationName }));

describe("travel dates as agents type them (today: Wednesday 2 December 2026)", () => {
  const today = "2026-12-02";
  it.each([
    ["besok", "2026-12-03"], ["tomorrow", "2026-12-03"], ["lusa", "2026-12-04"], ["hari ini", "2026-12-02"], ["today", "2026-12-02"],
    ["day after tomorrow", "2026-12-04"],
    // Weekdays: the next one after today; "depan"/"next" is the one in the following week (weeks start Monday).
    ["senin", "2026-12-07"], ["monday", "2026-12-07"], ["rabu", "2026-12-09"], ["jumat", "2026-12-04"], ["Jumat depan", "2026-12-11"],
    ["next friday", "2026-12-11"], ["friday", "2026-12-04"], ["hari minggu", "2026-12-06"], ["sabtu ini", "2026-12-05"], ["hari minggu depan", "2026-12-13"],
    // A bare day: this month when still ahead, else next month.
    ["tgl 25", "2026-12-25"], ["tanggal 25", "2026-12-25"], ["25", "2026-12-25"], ["tgl 1", "2027-01-01"], ["2", "2026-12-02"],
    ["25 des", "2026-12-25"], ["25 desember", "2026-12-25"], ["25 Dec", "2026-12-25"], ["dec 25", "2026-12-25"], ["December 25, 2026", "2026-12-25"],
    ["25th dec", "2026-12-25"], ["25des", "2026-12-25"], ["tgl25", "2026-12-25"], ["tgl.25 des", "2026-12-25"], ["tgl 25 des", "2026-12-25"], ["25/12", "2026-12-25"], ["25-12", "2026-12-25"], ["25.12", "2026-12-25"],
    ["25/12/2026", "2026-12-25"], ["2026-12-25", "2026-12-25"], ["25-12-26", "2026-12-25"],
    // Early next year typed without a year is next year (and shown with its year).
    ["1/1", "2027-01-01"], ["15 jan", "2027-01-15"], ["5 mei", "2027-05-05"],
  ])("%s → %s", (input, date) => expect(parseTravelDate(input, today)).toEqual({ ok: true, date }));

  it.each([
    // A day and month that just passed are asked about, with next year's as a one-tap suggestion.
    ["1/12", { ok: false, reason: "past", suggestion: "2027-12-01" }],
    ["1 des", { ok: false, reason: "past", suggestion: "2027-12-01" }],
    ["nov 30", { ok: false, reason: "past", suggestion: "2027-11-30" }],
    ["1/12/2026", { ok: false, reason: "past" }],
    ["2026-11-30", { ok: false, reason: "past" }],
    ["3/12/2027", { ok: false, reason: "too_far", max: "2027-12-02" }],
    ["minggu depan", { ok: false, reason: "vague" }],
    ["next week", { ok: false, reason: "vague" }],
    ["bulan depan", { ok: false, reason: "vague" }],
    ["kemarin", { ok: false, reason: "past" }],
    ["yesterday", { ok: false, reason: "past" }],
    ["30 feb", { ok: false, reason: "nonexistent", day: 30, month: 2, year: 2027 }],
    ["31 nov", { ok: false, reason: "nonexistent", day: 31, month: 11, year: 2027 }],
    ["31/2", { ok: false, reason: "nonexistent", day: 31, month: 2, year: 2027 }],
    ["tgl 32", { ok: false, reason: "unreadable" }],
    ["29-02-2027", { ok: false, reason: "nonexistent", day: 29, month: 2, year: 2027 }],
    ["31-04-2027", { ok: false, reason: "nonexistent", day: 31, month: 4, year: 2027 }],
    ["32/1", { ok: false, reason: "unreadable" }],
    // No 13th month: month/day, the only reading there is.
    ["12/13", { ok: true, date: "2026-12-13" }],
    ["13/13", { ok: false, reason: "unreadable" }],
  ])("%s → %o", (input, answer) => expect(parseTravelDate(input, today)).toEqual(answer));

  it("echoes show the year only when it isn't this year's", () => {
    expect(shortDate("2026-12-25", "id", today)).toBe("Jum 25 Des");
    expect(shortDate("2027-12-01", "id", today)).toBe("Rab 1 Des 2027");
    expect(shortDate("2027-01-01", "en", today)).toBe("Fri 1 Jan 2027");
    // Without the bot's date it is today's in Jakarta (test/domain/short-date-year.test.ts); in 2027 itself, no year.
    expect(shortDate("2027-01-01", "en", "2027-01-01")).toBe("Fri 1 Jan");
  });
});

describe("party sizes in words and numbers", () => {
  it.each([
    ["2", [2, 0, 0]], ["2 1 0", [2, 1, 0]], ["2,1,1", [2, 1, 1]], ["2-1-0", [2, 1, 0]], ["2 dewasa 1 anak 1 bayi", [2, 1, 1]], ["2 dws 1 ank", [2, 1, 0]],
    ["2 org", [2, 0, 0]], ["2 orang", [2, 0, 0]], ["2 pax", [2, 0, 0]], ["dua", [2, 0, 0]], ["tiga", [3, 0, 0]], ["dua dewasa satu anak", [2, 1, 0]],
    ["2 adults 1 child 1 infant", [2, 1, 1]], ["1 adult", [1, 0, 0]], ["two adults and a child", [2, 1, 0]], ["three", [3, 0, 0]],
    ["dewasa 2 anak 1", [2, 1, 0]], ["1 dewasa, 1 bayi", [1, 0, 1]], ["2dewasa 1anak", [2, 1, 0]],
    // A whole party in one word, "orang" before a type, and the agents' glued shorthand.
    ["sendiri", [1, 0, 0]], ["berdua", [2, 0, 0]], ["Bertiga", [3, 0, 0]], ["2 orang dewasa", [2, 0, 0]], ["2 orang dewasa 1 anak", [2, 1, 0]],
    ["2d 1a", [2, 1, 0]], ["2d 1a 1b", [2, 1, 1]], ["2D", [2, 0, 0]], ["2a 1c 1i", [2, 1, 1]], ["2 adults 1c", [2, 1, 0]],
  ])("%s", (input, [adult, child, infant]) => expect(parsePax(input)).toEqual({ ok: true, pax: { adult, child, infant } }));

  it.each([
    ["-1", "negative"], ["2 -1", "negative"], ["0", "no_adult"], ["0 2", "no_adult"], ["1 anak", "no_adult"],
    ["1 0 2", "infants_exceed_adults"], ["1 dewasa 2 bayi", "infants_exceed_adults"], ["1 adult 2 infants", "infants_exceed_adults"],
    ["8", "too_many"], ["5 dewasa 3 anak", "too_many"], ["sembilan", "too_many"], ["abc", "unreadable"], ["2 dewasa anak", "unreadable"],
    ["2 dewasa 1 dewasa", "unreadable"], ["1 1 1 1", "unreadable"],
    // "a" is anak in "2d 1a" and adult in "2a 1c": alone it is either, so it is asked (it was once read as "2 1").
    ["2a", "unreadable"], ["2a 1a", "unreadable"], ["2d 1c", "unreadable"], ["1b", "no_adult"], ["berdua 1 anak", "unreadable"],
    ["constructor", "unreadable"], ["2 constructor", "unreadable"],
  ])("%s → %s", (input, reason) => expect(parsePax(input)).toMatchObject({ ok: false, reason }));
});

describe("airports: the alias table", () => {
  it("every entry is a well-formed code with normalized names, and the busiest Indonesian airports are all there", () => {
    for (const a of AIRPORT_ALIASES) {
      expect(a.code).toMatch(/^[A-Z]{3}$/);
      for (const n of a.names) expect(n).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
    }
    const codes = new Set(AIRPORT_ALIASES.map((a) => a.code));
    const busiest = "CGK SUB DPS UPG KNO BPN YIA JOG SRG SOC BTH TNJ PGK TJQ PKU PDG PLM DJB BKS TKG BTJ DTB PNK PKY BDJ AAP TRK BEJ MDC GTO PLW KDI KOE LBJ LOP AMQ TTE DJJ TIM SOQ MKQ BDO KJT MLG BWX HLP".split(" ");
    expect(busiest.filter((c) => !codes.has(c))).toEqual([]);
    expect(busiest.length).toBeGreaterThanOrEqual(40);
    for (const c of ["SIN", "KUL", "JED", "MED", "BKK", "PEN"]) expect(codes.has(c)).toBe(true);
    for (const codesOfCity of Object.values(CITY_AIRPORTS)) for (const c of codesOfCity) expect(codes.has(c)).toBe(true);
  });

  it("table codes that are Indonesian are domestic (passports are asked only abroad)", () => {
    const indonesian = AIRPORT_ALIASES.slice(0, AIRPORT_ALIASES.findIndex((a) => a.code === "SIN")).map((a) => a.code);
    expect(indonesian.filter((c) => !isIndonesianAirport(c))).toEqual([]);
  });

  it.each([
    ["jkt", ["CGK", "HLP"]], ["Jakarta", ["CGK", "HLP"]], ["soekarno hatta", "CGK"], ["Soekarno-Hatta", "CGK"], ["soetta", "CGK"], ["cengkareng", "CGK"],
    ["halim", "HLP"], ["juanda", "SUB"], ["Surabaya", "SUB"], ["sby", "SUB"], ["ngurah rai", "DPS"], ["bali", "DPS"], ["denpasar", "DPS"], ["Denpasar, Bali", "DPS"],
    ["ujung pandang", "UPG"], ["makassar", "UPG"], ["sultan hasanuddin", "UPG"], ["kualanamu", "KNO"], ["medan", "KNO"], ["jogja", "JOG"], ["yogyakarta", "JOG"],
    ["solo", "SOC"], ["semarang", "SRG"], ["balikpapan", "BPN"], ["batam", "BTH"], ["hang nadim", "BTH"], ["pangkal pinang", "PGK"], ["lombok", "LOP"], ["praya", "LOP"],
    ["labuan bajo", "LBJ"], ["pontianak", "PNK"], ["pekanbaru", "PKU"], ["padang", "PDG"], ["palembang", "PLM"], ["manado", "MDC"], ["ambon", "AMQ"], ["jayapura", "DJJ"],
    ["kupang", "KOE"], ["singapore", "SIN"], ["changi", "SIN"], ["kuala lumpur", "KUL"], ["kl", "KUL"], ["bandara juanda", "SUB"], ["Juanda Airport", "SUB"],
    ["jakarta cengkareng", "CGK"], ["cgk", "CGK"], ["DPS", "DPS"],
  ])("MMBC: %s → %o", (input, want) => {
    const m = matchAirport(input, mmbc);
    if (Array.isArray(want)) expect(m).toMatchObject({ kind: "choices", uncertain: false, airports: want.map((code) => ({ code })) });
    else expect(m).toMatchObject({ kind: "exact", airport: { code: want } });
  });

  it.each([
    ["tanjung pinang", "TNJ"], ["raja haji fisabilillah", "TNJ"], ["jeddah", "JED"], ["yogyakarta", "JOG"], ["samarinda", "AAP"], ["UjungPandang, Makassar", "UPG"],
    ["Jakarta - Cengkareng", "CGK"], ["tarakan", "TRK"], ["sorong", "SOQ"],
  ])("tiket.com: %s → %s", (input, code) => expect(matchAirport(input, tiket)).toMatchObject({ kind: "exact", airport: { code } }));

  it("a known airport the provider doesn't list is said so, never swapped for a look-alike", () => {
    expect(matchAirport("tanjung pinang", mmbc)).toEqual({ kind: "unserved", code: "TNJ", city: "Tanjung Pinang" });
    expect(matchAirport("TNJ", mmbc)).toEqual({ kind: "unserved", code: "TNJ", city: "Tanjung Pinang" });
    expect(matchAirport("madinah", tiket)).toEqual({ kind: "unserved", code: "MED", city: "Madinah" });
  });

  it("misspellings and name fragments are offered, never taken", () => {
    expect(matchAirport("surabya", mmbc)).toMatchObject({ kind: "choices", uncertain: true, airports: [{ code: "SUB" }] });
    const pinnang = matchAirport("tanjung pinnang", tiket);
    expect(pinnang).toMatchObject({ kind: "choices", uncertain: true });
    expect(pinnang.kind === "choices" && pinnang.airports[0]!.code).toBe("TNJ");
    expect(matchAirport("denpasr", mmbc)).toMatchObject({ kind: "choices", uncertain: true, airports: [{ code: "DPS" }] });
    expect(matchAirport("pinang", mmbc)).toMatchObject({ kind: "choices", uncertain: true });
    expect(matchAirport("medan bali", mmbc)).toMatchObject({ kind: "choices", uncertain: true });
    expect(matchAirport("xyzzy", mmbc)).toEqual({ kind: "none" });
  });
});

describe("passenger names and titles", () => {
  it.each([
    ["Tn Budi Santoso", "adult", "Mr", "Budi Santoso"], ["Tn. Budi Santoso", "adult", "Mr", "Budi Santoso"], ["tuan budi santoso", "adult", "Mr", "Budi Santoso"],
    ["Ny. Siti Aminah", "adult", "Mrs", "Siti Aminah"], ["nyonya siti aminah", "adult", "Mrs", "Siti Aminah"], ["Nn Ayu Lestari", "adult", "Ms", "Ayu Lestari"],
    ["Nona Ayu Lestari", "adult", "Ms", "Ayu Lestari"], ["Miss Ayu Lestari", "adult", "Ms", "Ayu Lestari"], ["Mrs Jane Smith", "adult", "Mrs", "Jane Smith"],
    ["Mstr Dimas Pratama", "child", "Mstr", "Dimas Pratama"], ["Master Dimas Pratama", "child", "Mstr", "Dimas Pratama"], ["Miss Putri Lestari", "child", "Miss", "Putri Lestari"],
    ["Nn Putri Lestari", "infant", "Miss", "Putri Lestari"], ["Mstr. Adi Pratama", "infant", "Mstr", "Adi Pratama"], ["1. Tn Budi Santoso", "adult", "Mr", "Budi Santoso"],
    ["- Mr Budi Santoso", "adult", "Mr", "Budi Santoso"], ["Mr José Núñez", "adult", "Mr", "José Núñez"],
    // Haji/Hajjah honorifics stand for the airline's Mr/Mrs.
    ["H. Ahmad Dahlan", "adult", "Mr", "Ahmad Dahlan"], ["Haji Ahmad Dahlan", "adult", "Mr", "Ahmad Dahlan"], ["Hj. Siti Aminah", "adult", "Mrs", "Siti Aminah"],
    ["hj siti aminah", "adult", "Mrs", "Siti Aminah"], ["Hajjah Siti Aminah", "adult", "Mrs", "Siti Aminah"],
  ] as const)("%s (%s) → %s %s", (input, type, title, fullName) => expect(parseTitledName(input, type)).toEqual({ ok: true, title, fullName }));

  it("a one-word name is sent as first = last name, and says so", () => {
    expect(parseTitledName("Tn Sukarno", "adult")).toEqual({ ok: true, title: "Mr", fullName: "Sukarno Sukarno", singleName: true });
    // A title alone (or twice) lacks the name, not the title; a word that only looks like an object key is no title.
    const reasons = ["Mr", "Tn.", "Mr Mr", "Tn Tn.", "constructor Budi", "constructor"].map((typed) => parseTitledName(typed, "adult"));
    expect(reasons.map((r) => (r.ok ? "ok" : r.reason))).toEqual(["no_name", "no_name", "no_name", "no_name", "no_title", "no_title"]);
    expect(parseTitledName("Mstr Dimas", "child")).toEqual({ ok: true, title: "Mstr", fullName: "Dimas Dimas", singleName: true });
  });

  it("H without its dot may be an initial, Hj. and Dr. are no child's titles, Dr. says no gender: not guessed", () => {
    const reasons = [["H Budi Santoso", "adult"], ["Hj. Putri Lestari", "child"], ["Dr. Dimas", "child"], ["Dr. Rina Wijaya", "adult"]] as const;
    expect(reasons.map(([typed, type]) => parseTitledName(typed, type)).map((r) => (r.ok ? "ok" : r.reason))).toEqual(["no_title", "wrong_title", "wrong_title", "gender"]);
    expect(parseTitledName("dr rina", "adult")).toMatchObject({ reason: "gender", fullName: "Rina Rina", singleName: true });
    expect(["Mr", "ny.", "Nn", "miss", "laki-laki", "perempuan", "Mstr"].map(parseAdultTitle)).toEqual(["Mr", "Mrs", "Ms", "Ms", "Mr", undefined, undefined]);
  });

  it("An./Anak/By. name the type but not the gender: asked, with the name ready", () => {
    expect(parseTitledName("An. Dimas Pratama", "child")).toMatchObject({ ok: false, reason: "gender", fullName: "Dimas Pratama" });
    expect(parseTitledName("Anak Dimas", "child")).toMatchObject({ ok: false, reason: "gender", fullName: "Dimas Dimas", singleName: true });
    expect(parseTitledName("By Putri Ayu", "infant")).toMatchObject({ ok: false, reason: "gender" });
    expect(parseTitledName("An Dimas Pratama", "adult")).toMatchObject({ ok: false, reason: "wrong_title" });
  });

  it.each([
    ["Mr محمد علي", "adult", "not_latin"], ["Mr 王小明", "adult", "not_latin"], ["Budi Santoso", "adult", "no_title"], ["Tn Dimas", "child", "wrong_title"],
    ["Ny Siti", "infant", "wrong_title"], ["Mstr Adi", "adult", "wrong_title"], ["Mr Budi:Evil", "adult", "bad_name"], ["Mr Budi 2", "adult", "bad_name"],
  ] as const)("%s (%s) → %s", (input, type, reason) => expect(parseTitledName(input, type)).toMatchObject({ ok: false, reason }));

  it.each([["laki-laki", "Mstr"], ["Perempuan", "Miss"], ["boy", "Mstr"], ["girl", "Miss"], ["L", "Mstr"], ["miss", "Miss"], ["mungkin", undefined]])(
    "a child's gender typed: %s → %s", (input, title) => expect(parseChildTitle(input)).toBe(title),
  );

  it("a pasted list is one passenger per line; list markers and blank lines don't count", () => {
    expect(passengerLines("1. Tn Budi Santoso\n\n2. Ny Siti Aminah\r\n3) An Dimas")).toEqual(["1. Tn Budi Santoso", "2. Ny Siti Aminah", "3) An Dimas"]);
    expect(passengerLines("Mr Budi Santoso")).toEqual(["Mr Budi Santoso"]);
  });
});

describe("contact phones", () => {
  it.each([
    ["081234567890", "081234567890"], ["+62 812-3456-7890", "081234567890"], ["628123456789", "08123456789"], ["+65 9123 4567", "+6591234567"],
    ["+60 12-345 6789", "+60123456789"], ["+966 50 123 4567", "+966501234567"], ["0065 9123 4567", "+6591234567"], ["+1 (415) 555-2671", "+14155552671"],
  ])("%s → %s", (input, phone) => expect(parsePhone(input)).toBe(phone));
  it.each([["021 555 1234"], ["+62 21 555 1234"], ["12345"], ["+0 1234 5678"], ["+1234567890123456"], ["budi"]])("%s is not a mobile number", (input) => expect(parsePhone(input)).toBeUndefined());
  it("a contact card's number comes without '+' and is read with its country code", () => {
    expect(phoneFromContact("6281234567890")).toBe("081234567890");
    expect(phoneFromContact("6591234567")).toBe("+6591234567");
    expect(phoneFromContact("+65 9123 4567")).toBe("+6591234567");
    expect(phoneFromContact("081234567890")).toBe("081234567890");
  });
});

describe("quick form in any unambiguous order", () => {
  it.each([
    ["CGK DPS 25 des 2", { origin: "CGK", destination: "DPS", date: "25 des", pax: "2" }],
    ["cgk-dps 25/12", { origin: "cgk", destination: "dps", date: "25/12" }],
    ["CGK→DPS besok", { origin: "CGK", destination: "DPS", date: "besok" }],
    ["cgk dps", { origin: "cgk", destination: "dps" }],
    ["CGKDPS", { origin: "CGK", destination: "DPS" }],
    ["jakarta ke bali", { origin: "jakarta", destination: "bali" }],
    ["jakarta to bali tomorrow 2 adults", { origin: "jakarta", destination: "bali", date: "tomorrow", pax: "2 adults" }],
    ["sub dps besok 2 dewasa 1 anak", { origin: "sub", destination: "dps", date: "besok", pax: "2 dewasa 1 anak" }],
    ["dari jakarta ke bali jumat depan 2 org", { origin: "jakarta", destination: "bali", date: "jumat depan", pax: "2 org" }],
    ["kuala lumpur jakarta tgl 25 dua", { origin: "kuala lumpur", destination: "jakarta", date: "tgl 25", pax: "dua" }],
    ["soekarno hatta ngurah rai next friday 1 adult", { origin: "soekarno hatta", destination: "ngurah rai", date: "next friday", pax: "1 adult" }],
    ["besok cgk dps 2", { origin: "cgk", destination: "dps", date: "besok", pax: "2" }],
    ["tanjung pinang batam 25 dec", { origin: "tanjung pinang", destination: "batam", date: "25 dec" }],
    ["tanjung pinang", { origin: "tanjung pinang" }],
    ["cgk dps 2 25 des", { origin: "cgk", destination: "dps", pax: "2", date: "25 des" }],
    ["padang medan 2 dewasa 4 des", { origin: "padang", destination: "medan", pax: "2 dewasa", date: "4 des" }],
    ["2 adults cgk dps dec 25", { origin: "cgk", destination: "dps", pax: "2 adults", date: "dec 25" }],
    ["kuala lumpur", { origin: "kuala lumpur" }],
    ["cgk dps besok 2 pagi", { origin: "cgk", destination: "dps", date: "besok", pax: "2", time: "morning" }],
    // Words next to the destination are said back, not swallowed by the airport matcher.
    // A date right after a return word is the return; the outbound date is asked.
    ["cgk dps pp besok 2", { origin: "cgk", destination: "dps", returnDate: "besok", pax: "2", roundTrip: true }],
    ["cgk dps besok pp 2", { origin: "cgk", destination: "dps", date: "besok", pax: "2", roundTrip: true }],
    ["cgk dps garuda besok 2", { origin: "cgk", destination: "dps", date: "besok", pax: "2", airline: "garuda" }],
    // An impossible day of a named month is a date that can't be, never a party of 30.
    ["CGK DPS 30 feb 1", { origin: "CGK", destination: "DPS", date: "30 feb", pax: "1" }],
    ["cgk dps 31 nov 2", { origin: "cgk", destination: "dps", date: "31 nov", pax: "2" }],
    // Two bare numbers that can't be a party, with no date: the day and month they can only be.
    ["cgk dps 25 2", { origin: "cgk", destination: "dps", date: "25-2" }],
    ["cgk sub besok 21", { origin: "cgk", destination: "sub", date: "besok", pax: "21" }],
    ["cgk sub 7", { origin: "cgk", destination: "sub", pax: "7" }],
    ["cgk dps besok berdua", { origin: "cgk", destination: "dps", date: "besok", pax: "berdua" }],
    ["cgk dps 2d 1a besok", { origin: "cgk", destination: "dps", pax: "2d 1a", date: "besok" }],
    ["cgk dps besok 2 orang dewasa", { origin: "cgk", destination: "dps", date: "besok", pax: "2 orang dewasa" }],
    ["cgk dps -1", { origin: "cgk", destination: "dps", pax: "-1" }],
  ])("%s", (text, form) => expect(parseQuickForm(text)).toEqual(form));
});

describe("quick form: direction words decide the route, in any order", () => {
  it.each([
    ["tujuan bali dari surabaya besok 1", { origin: "surabaya", destination: "bali", date: "besok", pax: "1" }],
    ["dps dari cgk besok 1", { origin: "cgk", destination: "dps", date: "besok", pax: "1" }],
    ["ke bali dari jakarta besok 1", { origin: "jakarta", destination: "bali", date: "besok", pax: "1" }],
    ["menuju dps dari sub", { origin: "sub", destination: "dps" }],
    ["to bali from jakarta tomorrow 2", { origin: "jakarta", destination: "bali", date: "tomorrow", pax: "2" }],
    ["bali from surabaya", { origin: "surabaya", destination: "bali" }],
    ["from jakarta to bali", { origin: "jakarta", destination: "bali" }],
    ["dari cgk dps", { origin: "cgk", destination: "dps" }],
    ["dari jakarta", { origin: "jakarta" }],
    // Only the destination is known: the origin is asked, never filled with it.
    ["ke bali besok", { destination: "bali", date: "besok" }],
    ["cgk - dps", { origin: "cgk", destination: "dps" }],
    ["cgk/dps besok 2", { origin: "cgk", destination: "dps", date: "besok", pax: "2" }],
    // A direction word after the date still names a place; other words there are said back.
    ["tujuan bali besok dari surabaya 1", { origin: "surabaya", destination: "bali", date: "besok", pax: "1" }],
    ["dps besok 2 dari cgk", { origin: "cgk", destination: "dps", date: "besok", pax: "2" }],
    ["cgk dps besok 2 pagi garuda", { origin: "cgk", destination: "dps", date: "besok", pax: "2", time: "morning", airline: "garuda" }],
    ["dps cgk", { origin: "dps", destination: "cgk" }],
  ])("%s", (text, form) => expect(parseQuickForm(text)).toEqual(form));
});

describe("quick form: punctuation after a word separates", () => {
  it.each([
    ["surabaya - bali, besok, 2 orang", { origin: "surabaya", destination: "bali", date: "besok", pax: "2 orang" }],
    ["cgk, dps, besok, 2", { origin: "cgk", destination: "dps", date: "besok", pax: "2" }],
    ["cgk dps; 25 des. 2 dewasa.", { origin: "cgk", destination: "dps", date: "25 des", pax: "2 dewasa" }],
  ])("%s", (text, form) => expect(parseQuickForm(text)).toEqual(form));
});

describe("quick form: a return trip is recognised, its date never read as the party", () => {
  it.each([
    ["cgk dps 10 des pulang 15 des 2", { origin: "cgk", destination: "dps", date: "10 des", returnDate: "15 des", roundTrip: true, pax: "2" }],
    ["cgk dps 10/12 - 15/12 2", { origin: "cgk", destination: "dps", date: "10/12", returnDate: "15/12", roundTrip: true, pax: "2" }],
    ["cgk dps pp 10 des 2", { origin: "cgk", destination: "dps", returnDate: "10 des", roundTrip: true, pax: "2" }],
    ["cgk dps 10 dec return 15 dec 2", { origin: "cgk", destination: "dps", date: "10 dec", returnDate: "15 dec", roundTrip: true, pax: "2" }],
    ["cgk dps 10 dec round trip 15 dec 2", { origin: "cgk", destination: "dps", date: "10 dec", returnDate: "15 dec", roundTrip: true, pax: "2" }],
    ["cgk dps besok balik 15 des 1", { origin: "cgk", destination: "dps", date: "besok", returnDate: "15 des", roundTrip: true, pax: "1" }],
    ["cgk dps besok 2 pulang pergi", { origin: "cgk", destination: "dps", date: "besok", roundTrip: true, pax: "2" }],
    ["balikpapan sub besok 1", { origin: "balikpapan", destination: "sub", date: "besok", pax: "1" }],
    // Balikpapan in two words is the city, not "balik" (coming back).
    ["cgk balik papan besok 2", { origin: "cgk", destination: "balik papan", date: "besok", pax: "2" }],
    ["balik papan ke cgk besok", { origin: "balik papan", destination: "cgk", date: "besok" }],
  ])("%s", (text, form) => expect(parseQuickForm(text)).toEqual(form));
});

describe("typed titles reach each provider in its own codes", () => {
  // What the agent typed → the domain passenger → MMBC's passengername and tiket.com's title/first/last fields.
  const typed: [string, "adult" | "child" | "infant"][] = [["Tn Budi Santoso", "adult"], ["Ny. Siti Aminah", "adult"], ["Tn Sukarno", "adult"], ["Mstr Dimas Pratama", "child"], ["Nn Putri", "infant"]];
  const passengers = typed.map(([text, type]) => {
    const r = parseTitledName(text, type);
    if (!r.ok) throw new Error(`${text}: ${r.reason}`);
    return { type, title: r.title, fullName: r.fullName, ...(type !== "adult" ? { birthDate: type === "child" ? "2018-01-01" : "2026-01-01" } : {}) };
  });
  const request = {
    provider: "mmbc" as const, offerRef: "123456", flightCode: "JT-690", from: "CGK", to: "SUB", date: "2026-12-20",
    pax: { adult: 3, child: 1, infant: 1 }, passengers, contact: { email: "budi@example.com", phone: "+6591234567" },
  };

  it("MMBC: Mr/Mrs/Mstr/Miss with a dot, one-word names twice", () => {
    expect(bookingForm({ username: "u", password: "p" }, request).passengername).toBe(
      "Mr. Budi Santoso:Mrs. Siti Aminah:Mr. Sukarno Sukarno:Mstr. Dimas Pratama:Miss. Putri Putri",
    );
  });

  it("tiket.com: title per passenger type, first and last name (one-word names in both)", () => {
    // tiket.com wants every adult's birth date too (053f7ee); the titles are what this test is about.
    const adultsDated = passengers.map((p) => ({ birthDate: "1990-01-01", ...p }));
    const params = addOrderParams({ ...request, provider: "tiket", passengers: adultsDated }, "token");
    expect(params).toMatchObject({
      titlea1: "Mr", firstnamea1: "Budi", lastnamea1: "Santoso", titlea2: "Mrs", firstnamea2: "Siti", lastnamea2: "Aminah",
      titlea3: "Mr", firstnamea3: "Sukarno", lastnamea3: "Sukarno", titlec1: "Mstr", firstnamec1: "Dimas", lastnamec1: "Pratama",
      titlei1: "Miss", firstnamei1: "Putri", lastnamei1: "Putri", conPhone: "+6591234567",
    });
  });
});
