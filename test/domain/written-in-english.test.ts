import { describe, expect, it } from "vitest";
import { writtenInEnglish } from "../../src/domain/written-in-english.js";

describe("a message clearly written in English", () => {
  it.each([
    "hi, I need a flight from jakarta to bali tomorrow for 2 adults",
    "@AgenTiketBot hi, I need a flight from jakarta to bali tomorrow for 2 adults",
    "cgk dps tomorrow 2 adults",
    "please find me a flight to Bali",
    "can you check my booking?",
    "I'm looking for the cheapest flight",
  ])("%s is English", (text) => expect(writtenInEnglish(text)).toBe(true));

  it.each([
    "",
    "hi",
    "/help",
    "cgk dps 2",
    "ABC123",
    "please issue",
    "hi kak",
    "saya mau ke bali besok 2 org",
    "tolong cari flight dari jakarta ke bali tomorrow",
    "cariin tiket jkt bali bsk 2 dewasa please",
    "halo, I need tiket ke bali",
  ])("%s is not", (text) => expect(writtenInEnglish(text)).toBe(false));
});
