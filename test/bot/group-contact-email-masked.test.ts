import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { maskedEmail } from "../../src/presenters/format.js";

/**
 * The customer's e-mail, like the phone, is not repeated whole to a group: the summary before booking, the
 * chat's last contact offered, the contact typed at the summary show "jo…@example.com" there, and the whole
 * address in a private chat. Before: "📇 joko.agent@example.com · 0812…890" in the group.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness({ use: "mmbc" }); });
afterAll(async () => { await h?.close(); });

const words = {
  en: { search: "/search", go: "Continue", name: "Mr Budi Santoso", summary: "Check before booking", last: "last contact", book: "✅ Book", changed: "Contact changed to" },
  id: { search: "/cari", go: "Lanjut", name: "Tn Budi Santoso", summary: "Periksa sebelum booking", last: "kontak terakhir", book: "✅ Booking", changed: "Kontak diganti jadi" },
} as const;
type Lang = keyof typeof words;

let n = 0;
/** To the summary of a flight that asks no personal details, answering by replies (groups) or lines. */
async function toSummary(a: Agent, lang: Lang, days: number, email: string) {
  const w = words[lang];
  const group = a.chat.type !== "private";
  const send = (text: string) => (group ? a.reply(text) : a.say(text));
  const list = (await a.say(`${w.search}${group ? `@${h.emulator.botInfo.username}` : ""} CGK SUB ${futureDate(days).wire} 1`))!;
  const flight = list.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.includes(":o:") && !/^(QZ|JQ|3K)/.test(b.text)) as { callback_data: string };
  await a.tap({ data: flight.callback_data });
  await a.tap(w.go);
  let q = await send(w.name);
  for (let i = 0; i < 8 && !q?.text?.includes(w.summary); i++) {
    const t = q?.text ?? "";
    if (t.includes("🔒")) q = await answerPrivately(a);
    else if (t.includes(w.last)) q = await a.tap("✏️");
    else if (/Tanggal lahir|[Bb]irth/.test(t)) q = await send("17-08-1990");
    else if (/KTP|ID number/.test(t)) q = await send("3174092302900001");
    else if (/e-mail/i.test(t)) q = await send(email);
    else if (/HP|mobile/.test(t)) q = await send("081234567890");
    else break;
  }
  expect(q?.text, a.transcript(12)).toContain(w.summary);
  return q!;
}

/** Follows the 🔒 prompt's deep link, answers the private questions (either language), and taps ▶️ in the group. */
async function answerPrivately(a: Agent) {
  const url = a.lastForMe()!.reply_markup!.inline_keyboard.flat().find((b) => "url" in b) as { url: string };
  const dm = new Agent(h, a.user, { id: a.user.id, type: "private" });
  let q = await dm.say(`/start ${url.url.split("start=")[1]!}`);
  for (let i = 0; i < 6; i++) {
    const t = q?.text ?? "";
    if (/Tanggal lahir|[Bb]irth/.test(t)) q = await dm.say("17-08-1990");
    else if (/KTP|ID number/.test(t)) q = await dm.say("3174092302900001");
    else if (/Paspor|[Pp]assport/.test(t)) q = await dm.say("A1234567 31-12-2031");
    else break;
  }
  return a.tap("▶️");
}

describe("maskedEmail", () => {
  it("keeps the domain and the first letters of the name", () => {
    expect(maskedEmail("joko.agent@example.com")).toBe("jo…@example.com");
    expect(maskedEmail("ab@x.id")).toBe("a…@x.id");
    expect(maskedEmail("a@x.id")).toBe("…@x.id");
    expect(maskedEmail("not-an-address")).toBe("…");
  });
});

describe.each(["en", "id"] as const)("the customer's e-mail in a group (%s)", (lang) => {
  const w = words[lang];

  it("the summary, the last contact offered and a contact typed at the summary show it masked; the private chat shows it whole", async () => {
    n++;
    const chat = { id: -1_007_690_000 - n, type: "supergroup" as const, title: "Maju Travel" };
    const ana = new Agent(h, { id: 76_950 + n, first_name: "Ana", language_code: lang }, chat);
    h.emulator.addMember(chat.id, ana.user.id);
    const summary = await toSummary(ana, lang, 44, "joko.agent@example.com");
    expect(summary.text).toContain("jo…@example.com · 0812…890");
    expect(summary.text).not.toContain("joko.agent@");
    // A new contact typed at the summary: said changed, masked too.
    await ana.reply("sari.cust@example.com");
    const texts = ana.botTexts(0).join("\n");
    expect(texts).toContain(w.changed);
    expect(texts).toContain("sa…@example.com");
    expect(texts).not.toContain("sari.cust@");
    await ana.tap(w.book);
    // The next booking in the group offers the last contact: masked.
    const list = (await ana.say(`${w.search}@${h.emulator.botInfo.username} CGK SUB ${futureDate(45).wire} 1`))!;
    const flight = list.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.includes(":o:") && !/^(QZ|JQ|3K)/.test(b.text)) as { callback_data: string };
    await ana.tap({ data: flight.callback_data });
    await ana.tap(w.go);
    const offer = await ana.reply(w.name);
    expect(offer?.text).toContain(w.last);
    expect(offer?.text).toContain("sa…@example.com");
    expect(offer?.text).not.toContain("sari.cust@");

    const dm = new Agent(h, { id: 76_980 + n, first_name: "Ana", language_code: lang }, { id: 76_980 + n, type: "private" });
    const mine = await toSummary(dm, lang, 44, "joko.agent@example.com");
    expect(mine.text).toContain("joko.agent@example.com · 081234567890");
    expect(h.emulator.errors).toEqual([]);
  });
});
