import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { pickFirstFlight } from "./journey-steps.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 7600;
function agent(lang: "id" | "en" = "id"): Agent {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
}

/** Up to the first passenger's name question, for a party as typed ("2", "2 1 1"). */
async function toNames(a: Agent, party: string, lang: "id" | "en" = "id"): Promise<void> {
  await a.say(`${lang === "id" ? "/cari" : "/search"} CGK SUB ${futureDate(30).wire} ${party}`);
  await pickFirstFlight(a);
  expect((await a.tap(lang === "id" ? "Lanjut" : "Continue"))?.text).toMatch(/Penumpang 1|Passenger 1/);
}

/** A name typed, and the birth date when the flight asks it. */
async function named(a: Agent, name: string, born = "17-08-1990"): Promise<void> {
  if (/Tanggal lahir|Date of birth/.test((await a.say(name))?.text ?? "")) await a.say(born);
}

/** Birth dates while they are asked: a child's for Rafi, an adult's for the others. */
async function birthDates(a: Agent): Promise<void> {
  for (let q = a.last()?.text ?? ""; /Tanggal lahir|Date of birth/.test(q); q = a.last()?.text ?? "") await a.say(q.includes("Rafi") ? "01-01-2018" : "17-08-1990");
}

describe("honours and dots typed with a name never reach the ticket", () => {
  it("Ibu Hj. Siti Aminah flies as Mrs Siti Aminah; Tn Budi S. as Mr Budi S", async () => {
    const a = agent();
    await toNames(a, "2");
    const from = a.botTexts().length;
    await named(a, "Ibu Hj. Siti Aminah");
    await named(a, "Tn Budi S.");
    await a.say("agen@example.com");
    const summary = (await a.say("081234567890"))?.text ?? "";
    expect(summary).toContain("1. Mrs Siti Aminah");
    expect(summary).toContain("2. Mr Budi S ");
    expect(a.botTexts(from).join("\n")).not.toMatch(/Hj\.|Budi S\./);
  });
});

describe("a pasted list: names placed by their titles, lines not taken said by line", () => {
  it("a bad line between two good ones: both good ones taken, the bad one said", async () => {
    const a = agent();
    await toNames(a, "3");
    const from = a.botTexts().length;
    await a.say("Tn Budi Santoso\nxx 123\nNy Siti Aminah");
    const said = a.botTexts(from).join("\n");
    expect(said).toContain("Diterima dari pesan Anda: Mr Budi Santoso, Mrs Siti Aminah.");
    expect(said).toContain('Baris 2 ("xx 123"): Awali dengan titel');
  });

  it("a family in natural order (Bpk, An., Ibu) fills the adults' and the child's places", async () => {
    const a = agent();
    await toNames(a, "2 1 0");
    const from = a.botTexts().length;
    expect((await a.say("Bpk Budi Santoso\nAn. Rafi Santoso\nIbu Siti Aminah"))?.text).toContain("Rafi Santoso laki-laki atau perempuan?");
    await a.tap("👦 Mstr");
    expect(a.botTexts(from).join("\n")).toContain("Diterima dari pesan Anda: 1. Mr Budi Santoso, 2. Mrs Siti Aminah, 3. Mstr Rafi Santoso.");
    await birthDates(a);
    await a.say("agen@example.com");
    const summary = (await a.say("081234567890"))?.text ?? "";
    expect(summary).toMatch(/1\. Mr Budi Santoso[^\n]*\n2\. Mrs Siti Aminah[^\n]*\n3\. Mstr Rafi Santoso \(anak\)/);
  });

  it("in English, children pasted before the adults; a name with no place left is said", async () => {
    const a = agent("en");
    await toNames(a, "2 1 1", "en");
    const from = a.botTexts().length;
    await a.say("Miss Aisyah Putri\nMstr Rafi Santoso\nMr Budi Santoso\nMrs Siti Aminah");
    expect(a.botTexts(from).join("\n")).toContain("Taken from your message: 1. Mr Budi Santoso, 2. Mrs Siti Aminah, 3. Miss Aisyah Putri, 4. Mstr Rafi Santoso.");
    const b = agent("en");
    await toNames(b, "2 1 0", "en");
    const fromB = b.botTexts().length;
    await b.say("Mr Budi Santoso\nMr Andi Wijaya\nMrs Siti Aminah");
    expect(b.botTexts(fromB).join("\n")).toContain('Line 3 ("Mrs Siti Aminah"): Every adult passenger of this booking is named already.');
  });
});

describe("birth dates in words, and a date typed with the name", () => {
  const BULAN = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"];
  const MONTH = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  /** An infant's birth date about six months before the flight. */
  const born = () => new Date(Date.parse(`${futureDate(30).iso}T00:00:00Z`) - 180 * 86_400_000);

  it("Indonesian: the name line's date is kept apart from the name, and 17 agustus-style dates are read", async () => {
    const a = agent();
    await toNames(a, "1 0 1");
    const from = a.botTexts().length;
    await named(a, "Tn Budi Santoso 17-08-1990", "17 agustus 1990");
    // Kept as the adult's birth date even where the flight asks none (name-line-birth-dates.test.ts).
    expect(a.botTexts(from).join("\n")).toContain("✅ Budi Santoso: lahir 17 Agt 1990 — dari baris namanya.");
    expect((await a.say("By. Ayu Lestari 6 bln"))?.text).toContain("Ayu Lestari laki-laki atau perempuan?");
    expect((await a.tap("👧 Miss"))?.text).toContain("Tanggal lahir Ayu Lestari?");
    expect(a.botTexts(from).join("\n")).toContain('"6 bln" bukan bagian nama');
    const d = born();
    expect((await a.say(`${d.getUTCDate()} ${BULAN[d.getUTCMonth()]} ${d.getUTCFullYear()}`))?.text).toMatch(/E-mail|kontak/);
  });

  it("English: Aug 17, 1990-style dates are read", async () => {
    const a = agent("en");
    await toNames(a, "1 0 1", "en");
    await named(a, "Mr Budi Santoso", "Aug 17, 1990");
    expect((await a.say("Miss Ayu Lestari"))?.text).toContain("Date of birth of Ayu Lestari?");
    const d = born();
    expect((await a.say(`${MONTH[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`))?.text).toMatch(/e-mail/i);
  });
});

describe("comma lists, the airlines' name format and emoji", () => {
  it("a comma list fills three passengers; SANTOSO/BUDI MR and emoji are read", async () => {
    const a = agent();
    await toNames(a, "3");
    const from = a.botTexts().length;
    await a.say("Tn Budi Santoso, Ny Siti Aminah, Nn Rina Putri");
    expect(a.botTexts(from).join("\n")).toContain("Diterima dari pesan Anda: Mr Budi Santoso, Mrs Siti Aminah, Ms Rina Putri.");
    const b = agent("en");
    await toNames(b, "2", "en");
    const fromB = b.botTexts().length;
    await b.say("SANTOSO/BUDI MR\n👩 Mrs Siti Aminah 🙏");
    expect(b.botTexts(fromB).join("\n")).toContain("Taken from your message: Mr Budi Santoso, Mrs Siti Aminah.");
  });
});

describe("contact answers typed where another was asked", () => {
  it("an e-mail and phone on one line are both taken; a phone at the e-mail question is kept", async () => {
    const a = agent();
    await toNames(a, "1");
    await named(a, "Tn Budi Santoso");
    expect((await a.say("agen@example.com 081234567890"))?.text).toContain("📇 agen@example.com · 081234567890");
    const b = agent("en");
    await toNames(b, "1", "en");
    await named(b, "Mr Budi Santoso");
    expect((await b.say("wa 0812 1111 2222"))?.text).toContain("Contact e-mail");
    expect(b.botTexts().join("\n")).toContain("Phone 081211112222 noted");
    expect((await b.say("email: agen@gmail.com"))?.text).toContain("📇 agen@gmail.com · 081211112222");
  });

  it("at the last-contact offer, a typed e-mail starts the new contact", async () => {
    const a = agent();
    await toNames(a, "1");
    await named(a, "Tn Budi Santoso");
    await a.say("lama@example.com");
    await a.say("081234567890");
    await a.tap("Booking");
    await toNames(a, "1");
    await named(a, "Tn Andi Wijaya");
    expect(a.last()?.text).toContain("Pakai kontak terakhir");
    expect((await a.say("baru@example.com"))?.text).toContain("Nomor HP kontak?");
    expect((await a.say("hp 0812 9999 8888 (wa)"))?.text).toContain("📇 baru@example.com · 081299998888");
  });
});

describe("the same person twice on one booking is refused, said with the passenger they already are", () => {
  it("id: typed again for the next passenger", async () => {
    const a = agent();
    await toNames(a, "2");
    await named(a, "Tn Budi Santoso");
    expect((await a.say("tn budi  santoso"))?.text).toContain("Budi Santoso sudah jadi penumpang 1");
    await named(a, "Ny Siti Aminah");
    expect(a.last()?.text).toContain("E-mail");
  });

  it("en: pasted twice in one answer; a father and his son of the same name are fine", async () => {
    const a = agent("en");
    await toNames(a, "2 1 0", "en");
    expect((await a.say("Mr Budi Santoso\nMr Budi Santoso"))?.text).toContain("Budi Santoso is passenger 1 already");
    await a.say("Mr Budi Santoso\nMrs Siti Aminah\nMstr Budi Santoso");
    await birthDates(a);
    expect(a.last()?.text).toMatch(/E-mail|e-mail/);
    await a.say("agen@example.com");
    const summary = (await a.say("081234567890"))?.text ?? "";
    expect(summary).toContain("Mr Budi Santoso");
    expect(summary).toContain("Mstr Budi Santoso");
  });
});
