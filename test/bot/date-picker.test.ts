import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

let h: Harness;
beforeAll(async () => { h = await startHarness({ worker: false }); });
afterAll(async () => { await h?.close(); });

const MONTHS = {
  id: "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(" "),
  en: "January February March April May June July August September October November December".split(" "),
};

describe("the date picker's month header is the month's name in the agent's language", () => {
  it.each([["id", 31_001, "/cari CGK SUB"], ["en", 31_002, "/search CGK SUB"]] as const)("%s", async (lang, id, command) => {
    const agent = new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
    const question = await agent.say(command);
    const labels = question!.reply_markup!.inline_keyboard.flat().map((b) => b.text);
    const header = labels.find((l) => /\d{4}$/.test(l));
    const now = new Date();
    const month = new Intl.DateTimeFormat("en", { timeZone: "Asia/Jakarta", month: "numeric", year: "numeric" }).formatToParts(now);
    const m = Number(month.find((p) => p.type === "month")!.value);
    const y = month.find((p) => p.type === "year")!.value;
    expect(header).toBe(`${MONTHS[lang][m - 1]} ${y}`);
  });
});
