import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "./journey-steps.js";

// "cek ABC123 dan DEF456", "status ABC123, DEF456" typed at a question looked up the first code only, and in
// a plain chat asked "which one?" of a read-only check. Each code is now answered as /cek answers it (each
// through the same access check: another chat's code reads as unknown), and the open question still takes
// its answer afterwards.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 47_900;
const privateAgent = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
};
/** What the agent is answered for `typed` (all the bot's messages to it). */
async function answerTo(a: Agent, typed: string): Promise<string[]> {
  const n = a.h.emulator.chatMessages(a.chat.id).length;
  await a.say(typed);
  return a.botTexts(n);
}

/** A code booked in another chat: this chat may not see it. */
let othersCode: string;
beforeAll(async () => {
  othersCode = await bookOne(privateAgent("id"), `/cari cgk dps ${futureDate(33).wire} 1`);
});

describe("two booking codes in one status request", () => {
  it("id: at the date question each code is answered as /cek answers it, and the date is still taken", async () => {
    const a = privateAgent("id");
    const code = await bookOne(a, `/cari cgk sub ${futureDate(34).wire} 1`);
    const own = await answerTo(a, `/cek ${code}`);
    const other = await answerTo(a, `/cek ${othersCode}`);
    expect(own.join("\n")).toContain(code);
    await a.say("/cari cgk dps");
    for (const typed of [`cek ${code} atau ${othersCode}`, `cek ${code.toLowerCase()} dan ${othersCode}`]) {
      expect(await answerTo(a, typed), typed).toEqual([...own, ...other]);
    }
    expect((await a.say("besok"))?.text).toContain("Berapa penumpang?");
  });

  it("en: in a plain chat and with the command, each code is answered", async () => {
    const a = privateAgent("en");
    const code = await bookOne(a, `/search cgk sub ${futureDate(35).wire} 1`);
    const own = await answerTo(a, `/status ${code}`);
    const other = await answerTo(a, `/status ${othersCode}`);
    expect(await answerTo(a, `status ${code}, ${othersCode}`)).toEqual([...own, ...other]);
    expect(await answerTo(a, `/status ${othersCode} ${code}`)).toEqual([...other, ...own]);
    await a.say("/search cgk dps");
    expect(await answerTo(a, `status ${code}, ${othersCode}`)).toEqual([...own, ...other]);
    expect((await a.say("tomorrow"))?.text).toContain("How many passengers?");
  });

  it("id: issuing still asks which of two codes (money moves on one code only)", async () => {
    const a = privateAgent("id");
    expect((await a.say("/issued ABC123 DEF456"))?.text).toBe("Ada 2 kode booking berbeda: ABC123, DEF456. Yang mana? Ketik salah satu: /issued ABC123");
  });
});
