import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { generateFlights } from "../../src/sandbox/mmbc/flights/generate-flights.js";
import { maskedDigits } from "../../src/bot/features/search/ask.js";

// A caption read as the answer is personal data (a KTP photo captioned with the name and NIK, a
// passport scan with the birth date): the group never reads it back; the private chat masks the numbers.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const NIK = "3174092302900001";

/** A flight asking nothing private, for the name question to be asked in the group itself. */
function day(from: string, to: string, start: number, re: RegExp) {
  for (let d = start; d < start + 40; d++) {
    const f = generateFlights(from, to, futureDate(d).iso).find((x) => re.test(x.code));
    if (f) return { wire: futureDate(d).wire, code: f.code };
  }
  throw new Error("no flight");
}

function groupAgent(n: number, lang: "id" | "en" = "id") {
  const chat = { id: -100_241_000 - n, type: "supergroup" as const, title: `Captions ${n}` };
  const a = new Agent(h, { id: 241_000 + n, first_name: "Ani", language_code: lang }, chat);
  h.emulator.addMember(chat.id, a.user.id);
  return a;
}

async function toName(a: Agent, route: string, d: { wire: string; code: string }, command = "cari") {
  await a.say(`/${command}@${h.emulator.botInfo.username} ${route} ${d.wire} 1`);
  await a.reply(d.code);
  await a.tap(command === "cari" ? "Lanjut" : "Continue");
}

async function sendCaptioned(a: Agent, kind: "photo" | "document", caption: string, replyTo?: number) {
  const u = h.emulator.sendMedia({ chat: a.chat, from: a.user, kind, caption, replyToMessageId: replyTo });
  await h.app.bot.handleUpdate(u!);
}

describe("a captioned photo at a group's question", () => {
  it("a KTP photo captioned with name and NIK: taken as the answer, but nothing of the caption is posted in the group", async () => {
    const a = groupAgent(1);
    await toName(a, "CGK PLM", day("CGK", "PLM", 52, /^(?!QZ|QG|JT)/));
    const prompt = a.lastForMe()!;
    const k = h.emulator.chatMessages(a.chat.id).length;
    await sendCaptioned(a, "photo", `Mr Budi Santoso NIK ${NIK}`, prompt.message_id);
    const said = a.botTexts(k).join("\n");
    expect(said).toMatch(/Fotonya.*tidak saya baca.*keterangannya saya pakai sebagai jawaban/s);
    expect(said).not.toContain(NIK);
    expect(said).not.toContain("Budi Santoso NIK");
  });

  it("a document captioned with a birth date and passport: neither is echoed, in English either", async () => {
    const a = groupAgent(2, "en");
    await toName(a, "CGK BTH", day("CGK", "BTH", 53, /^(?!QZ|QG|JT)/), "search");
    const prompt = a.lastForMe()!;
    const k = h.emulator.chatMessages(a.chat.id).length;
    await sendCaptioned(a, "document", "Mr Budi Santoso 17-08-1990 A1234567", prompt.message_id);
    const said = a.botTexts(k).join("\n");
    expect(said).toContain("its caption is taken as your answer");
    expect(said).not.toMatch(/17-08-1990|A1234567/);
  });
});

describe("a captioned photo in the private chat", () => {
  it("the caption is echoed with its long digit runs masked", async () => {
    const a = new Agent(h, { id: 241_100, first_name: "Agen", language_code: "id" }, { id: 241_100, type: "private" });
    const d = day("CGK", "PNK", 54, /^(?!QZ|QG|JT)/);
    await a.say(`/cari CGK PNK ${d.wire} 1`);
    await a.say(d.code);
    await a.tap("Lanjut");
    const k = h.emulator.chatMessages(a.chat.id).length;
    await sendCaptioned(a, "photo", `Budi Santoso ${NIK}`);
    const said = a.botTexts(k)[0]!;
    expect(said).toContain("Budi Santoso 31…01");
    expect(said).not.toContain(NIK);
  });

  it("masks runs of six digits or more, shorter ones stay", () => {
    expect(maskedDigits(`NIK ${NIK}, lahir 17-08-1990, 081234567890`)).toBe("NIK 31…01, lahir 17-08-1990, 08…90");
    expect(maskedDigits("A1234567 31122031")).toBe("A12…67 31…31");
    expect(maskedDigits("Budi 12345")).toBe("Budi 12345");
  });
});
