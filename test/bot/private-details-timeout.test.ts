import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { generateFlights } from "../../src/sandbox/mmbc/flights/generate-flights.js";

// A group booking's private-details step timed out in the private chat: the group booking waited just
// as long and has stopped too. The private chat says so (not "open the link again"), the link stores
// nothing more, and the group's own timeout notice offers the flight back.

let q: Harness;
beforeAll(async () => { q = await startHarness({ env: { CONVERSATION_TIMEOUT_MINUTES: "0.02" } }); });
afterAll(async () => { await q?.close(); });
const PAST = 1_500;

/** A Citilink flight: it asks birth dates, which a group booking takes in the private chat. */
function privateDay(from: string, to: string, start: number) {
  for (let d = start; d < start + 40; d++) {
    const f = generateFlights(from, to, futureDate(d).iso).find((x) => /^QZ-/.test(x.code));
    if (f) return { wire: futureDate(d).wire, code: f.code };
  }
  throw new Error("no flight");
}

describe("timeout at a group booking's private-details step", () => {
  it.each([["id", 1], ["en", 2]] as const)("%s: the private chat says the booking stopped, the link goes dead, the group offers the flight back", async (lang, n) => {
    const chat = { id: -100_242_000 - n, type: "supergroup" as const, title: `PD ${n}` };
    const ani = new Agent(q, { id: 242_000 + n, first_name: "Ani", language_code: lang }, chat);
    q.emulator.addMember(chat.id, ani.user.id);
    const day = privateDay("CGK", lang === "id" ? "KUL" : "BKK", 46 + n);
    await ani.say(`/${lang === "id" ? "cari" : "search"}@${q.emulator.botInfo.username} CGK ${lang === "id" ? "KUL" : "BKK"} ${day.wire} 1`);
    await ani.reply(day.code);
    await ani.tap(lang === "id" ? "Lanjut" : "Continue");
    const prompt = await ani.reply("Mr Budi Santoso");
    const url = (prompt!.reply_markup!.inline_keyboard.flat().find((b) => "url" in b) as { url: string }).url;
    const start = `/start ${url.split("start=")[1]}`;
    const dm = new Agent(q, ani.user, { id: ani.user.id, type: "private" });
    expect((await dm.say(start))?.text).toMatch(/Tanggal lahir|Date of birth/);

    await sleep(PAST);
    const late = (await dm.say("17-08-1990"))?.text ?? "";
    expect(late).toMatch(lang === "id" ? /Booking di grup juga sudah berhenti/ : /The booking in the group has stopped too/);
    expect(late).toMatch(lang === "id" ? /tidak ada data yang disimpan/ : /nothing was stored/);
    expect(late).not.toMatch(/Buka lagi tautan|Open the link/);

    // The link asks nothing more for the booking that stopped.
    const again = (await dm.say(start))?.text ?? "";
    expect(again).not.toMatch(/Tanggal lahir|Date of birth/);
    expect(again).toMatch(/tidak berlaku|no longer/);

    // In the group, ▶️ as the private chat said: the booking stopped, with the flight one tap away.
    const notice = await ani.tap("▶️");
    expect(notice?.text).toContain(day.code);
    expect(notice?.text).toMatch(/berhenti|stopped/);
    const resume = notice!.reply_markup!.inline_keyboard.flat().map((b) => b.text);
    expect(resume.some((t) => t.startsWith("🔁") && t.includes(day.code))).toBe(true);
  });
});
