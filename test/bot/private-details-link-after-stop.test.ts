import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { generateFlights } from "../../src/sandbox/mmbc/flights/generate-flights.js";

// A member's group booking stopped (it timed out, or they cancelled it) while its private-details link
// was out: opening the link then says the booking stopped and how to start again, never that it "moved
// on from that step" (which sends the member looking for a newer 🔒 message that doesn't exist).

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

const said = {
  id: { search: "/cari", cancel: "/batal", stopped: /booking di grup sudah berhenti \(waktunya habis atau dibatalkan\)/, again: "mulai lagi di grup dengan /cari" },
  en: { search: "/search", cancel: "/cancel", stopped: /the booking in the group has stopped \(it timed out or was cancelled\)/, again: "start again in the group with /search" },
} as const;

async function linkInGroup(lang: "id" | "en", n: number) {
  const chat = { id: -100_243_000 - n, type: "supergroup" as const, title: `PD stop ${n}` };
  const ani = new Agent(q, { id: 243_000 + n, first_name: "Ani", language_code: lang }, chat);
  q.emulator.addMember(chat.id, ani.user.id);
  const day = privateDay("CGK", lang === "id" ? "KUL" : "BKK", 50 + n);
  await ani.say(`${said[lang].search}@${q.emulator.botInfo.username} CGK ${lang === "id" ? "KUL" : "BKK"} ${day.wire} 1`);
  await ani.reply(day.code);
  await ani.tap(lang === "id" ? "Lanjut" : "Continue");
  const prompt = await ani.reply("Mr Budi Santoso");
  const url = (prompt!.reply_markup!.inline_keyboard.flat().find((b) => "url" in b) as { url: string }).url;
  const dm = new Agent(q, ani.user, { id: ani.user.id, type: "private" });
  return { ani, dm, start: `/start ${url.split("start=")[1]}` };
}

describe("a private-details link opened after the group booking stopped", () => {
  it.each([["id", 1], ["en", 2]] as const)("%s: timed out in the group, then the link: says the booking stopped and how to start again", async (lang, n) => {
    const { ani, dm, start } = await linkInGroup(lang, n);
    await sleep(PAST);
    // Late in the group: the timeout notice there (the flow stopped).
    expect((await ani.reply("halo"))?.text).toMatch(/berhenti|stopped/);
    const text = (await dm.say(start))?.text ?? "";
    expect(text).toMatch(said[lang].stopped);
    expect(text).toContain(said[lang].again);
    expect(text).not.toMatch(/pindah dari langkah|moved on from that step/);
    expect(text).not.toMatch(/Tanggal lahir|Date of birth/);
  });

  it.each([["id", 3], ["en", 4]] as const)("%s: cancelled in the group, then the link: the same", async (lang, n) => {
    const { ani, dm, start } = await linkInGroup(lang, n);
    await ani.say(`${said[lang].cancel}@${q.emulator.botInfo.username}`);
    const text = (await dm.say(start))?.text ?? "";
    expect(text).toMatch(said[lang].stopped);
    expect(text).toContain(said[lang].again);
  });

  it.each([["id", 5], ["en", 6]] as const)("%s: timed out in the private chat, then the link again: the same", async (lang, n) => {
    const { dm, start } = await linkInGroup(lang, n);
    expect((await dm.say(start))?.text).toMatch(/Tanggal lahir|Date of birth/);
    await sleep(PAST);
    await dm.say("17-08-1990");
    const text = (await dm.say(start))?.text ?? "";
    expect(text).toMatch(said[lang].stopped);
    expect(text).not.toMatch(/Tanggal lahir|Date of birth/);
  });
});
