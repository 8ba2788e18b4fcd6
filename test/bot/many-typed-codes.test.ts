import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * A command pasted with hundreds of codes (a whole export): "which one?" names the first ten and counts the
 * rest, so the question stays within Telegram's 4096 characters rather than failing into "something went wrong".
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const codes = (n: number) => Array.from({ length: n }, (_, i) => `K${String(i).padStart(5, "0")}`);
const firstTen = codes(10).join(", ");

describe("a command with hundreds of booking codes", () => {
  it("asks which one, naming the first ten and how many more, in Indonesian", async () => {
    const id = 952_7001;
    const a = new Agent(h, { id, first_name: "Rina", language_code: "id" }, { id, type: "private" });
    expect((await a.say(`/cek ${codes(510).join(" ")}`))?.text).toBe(`Ada 510 kode booking berbeda: ${firstTen} dan 500 lainnya. Yang mana? Ketik salah satu: /cek K00000`);
    expect((await a.say(`/issued ${codes(510).join(" ")}`))?.text).toBe(`Ada 510 kode booking berbeda: ${firstTen} dan 500 lainnya. Yang mana? Ketik salah satu: /issued K00000`);
    expect((await a.say(`/etiket ${codes(11).join(" ")}`))?.text).toBe(`Ada 11 kode booking berbeda: ${firstTen} dan 1 lainnya. Yang mana? Ketik salah satu: /etiket K00000`);
    expect((await a.say(`/issued ${codes(10).join(" ")}`))?.text).toBe(`Ada 10 kode booking berbeda: ${firstTen}. Yang mana? Ketik salah satu: /issued K00000`);
    expect(h.emulator.errors).toEqual([]);
  });

  it("and in English", async () => {
    const id = 952_7002;
    const a = new Agent(h, { id, first_name: "Rina", language_code: "en" }, { id, type: "private" });
    expect((await a.say(`/status ${codes(510).join(" ")}`))?.text).toBe(`That's 510 different booking codes: ${firstTen} and 500 more. Which one? Type it: /status K00000`);
    expect((await a.say(`/ticket ${codes(12).join(" ")}`))?.text).toBe(`That's 12 different booking codes: ${firstTen} and 2 more. Which one? Type it: /ticket K00000`);
    expect(h.emulator.errors).toEqual([]);
  });
});
