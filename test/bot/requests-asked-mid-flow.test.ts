import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

// "saldo brp", "what's my balance", "bisa refund ga?", "is it refundable?" typed while a question of the
// search or booking waits were read as that question's wrong answer ("Start with a title…", "That isn't an
// e-mail address…"). They are answered as outside a flow, and the open question still takes its answer.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

let nextId = 48_300;
const privateAgent = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
};
async function answerTo(a: Agent, typed: string): Promise<string[]> {
  const n = a.h.emulator.chatMessages(a.chat.id).length;
  await a.say(typed);
  return a.botTexts(n);
}

const REFUND = {
  id: "Refund tidak bisa lewat bot ini: hubungi CS penyedianya (MMBC atau tiket.com) dengan kode bookingnya.",
  en: "Refunds can't be done in this bot: contact the provider's support (MMBC or tiket.com) with the booking code.",
};

describe("outside a flow", () => {
  it.each(["what's my balance", "whats my balance", "berapa saldo"])("%j answers as /saldo does", async (words) => {
    const a = privateAgent("en");
    const asCommand = await answerTo(a, "/saldo");
    expect(asCommand.join("\n")).toContain("MMBC");
    expect(await answerTo(a, words)).toEqual(asCommand);
  });
  it("en: 'is it refundable?' gets the refund answer", async () => {
    expect(await answerTo(privateAgent("en"), "is it refundable?")).toEqual([REFUND.en]);
  });
});

describe("at the date question", () => {
  it.each([
    ["id", "saldo brp", "besok", "Berapa penumpang?"],
    ["en", "what's my balance", "tomorrow", "How many passengers?"],
  ] as const)("%s: %j answers as /saldo does, and the date is still taken", async (lang, words, date, next) => {
    const a = privateAgent(lang);
    const asCommand = await answerTo(a, "/saldo");
    await a.say(lang === "id" ? "/cari cgk dps" : "/search cgk dps");
    expect(await answerTo(a, words)).toEqual(asCommand);
    expect((await a.say(date))?.text).toContain(next);
  });
  it.each([
    ["id", "bisa refund ga?", "besok", "Berapa penumpang?"],
    ["en", "is it refundable?", "tomorrow", "How many passengers?"],
  ] as const)("%s: %j gets the refund answer, and the date is still taken", async (lang, words, date, next) => {
    const a = privateAgent(lang);
    await a.say(lang === "id" ? "/cari cgk dps" : "/search cgk dps");
    expect(await answerTo(a, words)).toEqual([REFUND[lang]]);
    expect((await a.say(date))?.text).toContain(next);
  });
});

describe("in the booking form", () => {
  it("id: 'saldo brp' at the name question and 'bisa refund?' at the e-mail question are answered; the answers are still taken", async () => {
    const a = privateAgent("id");
    const balance = await answerTo(a, "/saldo");
    await a.say(`cgk sub ${futureDate(27).wire} 2`);
    await a.say("1");
    await a.tap("Lanjut");
    expect(await answerTo(a, "saldo brp")).toEqual(balance);
    await a.say("Tn Budi Santoso 17-08-1990");
    await a.say("Ny Sari Dewi 01-02-1992");
    expect(await answerTo(a, "bisa refund?")).toEqual([REFUND.id]);
    await a.say("budi@example.com 081234567890");
    expect(a.last()?.text).toContain("Periksa sebelum booking");
  });
  it("en: 'what's my balance' at the name question is answered; the name is still taken", async () => {
    const a = privateAgent("en");
    const balance = await answerTo(a, "/saldo");
    await a.say(`cgk sub ${futureDate(27).wire} 1`);
    await a.say("1");
    await a.tap("Continue");
    expect(await answerTo(a, "what's my balance")).toEqual(balance);
    expect(await answerTo(a, "is it refundable?")).toEqual([REFUND.en]);
  });
});
