import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * Titles and a child's gender in the forms WhatsApp messages carry them (probe 79): "Raka Santoso laki2",
 * "(anak laki2)", "Budi Santoso, Mr", "Budi Santoso (Tn)". Each is read with its title; before, "Awali dengan
 * titel…" (and "(Tn)" was said to be no part of the name, then asked for).
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 793_500;
function agent(lang: "id" | "en"): Agent {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Yuni", language_code: lang }, { id, type: "private" });
}
async function answer(a: Agent, text: string): Promise<string> {
  const from = a.h.emulator.chatMessages(a.chat.id).length;
  await a.say(text);
  return a.botTexts(from).join("\n");
}
/** To the first name question on a flight that asks no birth dates (not AirAsia, JetStar or Citilink). */
async function toNames(a: Agent, party: string, lang: "id" | "en"): Promise<void> {
  await a.say(`${lang === "id" ? "/cari" : "/search"} CGK SUB ${futureDate(31).wire} ${party}`);
  const buttons = a.last()!.reply_markup!.inline_keyboard.flat().flatMap((b) => ("callback_data" in b && b.callback_data.includes(":o:") ? [{ text: b.text, data: b.callback_data }] : []));
  const flight = buttons.find((b) => !/^(QZ|AK|FD|Z2|D7|XJ|XT|JQ|3K|GK|BL|QG)/.test(b.text));
  await a.tap({ data: flight!.data });
  expect((await a.tap(lang === "id" ? "Lanjut" : "Continue"))?.text).toMatch(/Penumpang 1|Passenger 1/);
}
const notRead = /Awali dengan titel|Start with a title|bukan bagian nama|not part of the name|laki-laki atau perempuan|boy or a girl/;

describe("a child's gender after the name", () => {
  it.each([
    ["id", "Raka Santoso laki2", "Mstr Raka Santoso"],
    ["id", "Raka Santoso (anak laki2)", "Mstr Raka Santoso"],
    ["id", "Raka Santoso anak laki-laki", "Mstr Raka Santoso"],
    ["id", "Nadia Putri cewek", "Miss Nadia Putri"],
    ["en", "Raka Santoso laki2", "Mstr Raka Santoso"],
  ] as const)("%s: '%s' is %s", async (lang, typed, titled) => {
    const a = agent(lang);
    await toNames(a, lang === "id" ? "1 dewasa 1 anak" : "1 adult 1 child", lang);
    await a.say(lang === "id" ? "Tn Budi Santoso" : "Mr Budi Santoso");
    const said = await answer(a, typed);
    expect(said).not.toMatch(notRead);
    await a.say("budi@example.com");
    expect(await answer(a, "081234567890")).toContain(`2. ${titled} (${lang === "id" ? "anak" : "child"})`);
  });
});

describe("the title after the name", () => {
  it.each([
    ["id", "Budi Santoso, Mr", "Mr Budi Santoso"],
    ["id", "Budi Santoso (Tn)", "Mr Budi Santoso"],
    ["id", "Budi Santoso, Tn.", "Mr Budi Santoso"],
    ["id", "Siti Aminah (Ny)", "Mrs Siti Aminah"],
    ["en", "Budi Santoso, Mr", "Mr Budi Santoso"],
    ["en", "Budi Santoso (Mr.)", "Mr Budi Santoso"],
  ] as const)("%s: '%s' is %s", async (lang, typed, titled) => {
    const a = agent(lang);
    await toNames(a, lang === "id" ? "1 dewasa" : "1 adult", lang);
    const said = await answer(a, typed);
    expect(said).not.toMatch(notRead);
    await a.say("budi@example.com");
    expect(await answer(a, "081234567890")).toContain(`1. ${titled}`);
  });
});

describe("a child's line without a title, pasted with an adult's", () => {
  it.each([
    ["id", "Tn Budi Santoso\nRaka 123", "Awali dengan titel: Mstr, Miss — mis. Mstr Dimas Pratama"],
    ["en", "Mr Budi Santoso\nRaka 123", "Start with a title: Mstr, Miss — e.g. Mstr Dimas Pratama"],
  ] as const)("%s: is shown a child's example", async (lang, paste, hint) => {
    const a = agent(lang);
    await toNames(a, lang === "id" ? "1 dewasa 1 anak" : "1 adult 1 child", lang);
    expect(await answer(a, paste)).toContain(hint);
  });
});
