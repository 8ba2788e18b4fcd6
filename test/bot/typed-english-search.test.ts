import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { readTypedRequest } from "../../src/domain/typed-request.js";
import { dayOrCountOf } from "../../src/domain/pax-parse.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 47_000;
const agent = (lang: "id" | "en") => { const id = (nextId += 7); return new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" }); };
/** The bot's texts (with their buttons' labels) in answer to `text`. */
async function answer(a: Agent, text: string): Promise<string[]> {
  const from = a.h.emulator.chatMessages(a.chat.id).length;
  await a.say(text);
  return a.h.emulator.chatMessages(a.chat.id).slice(from).filter((m) => m.fromBot)
    .map((m) => `${m.text ?? m.caption ?? ""}${m.reply_markup ? ` [${m.reply_markup.inline_keyboard.flat().map((b) => b.text).join(" | ")}]` : ""}`);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ordinal = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th"}`;
/** A day ahead as the English write it: its month spelt out and its day as an ordinal. */
function english(days: number) {
  const { iso, wire } = futureDate(days);
  const [, m, d] = iso.split("-").map(Number) as [number, number, number];
  return { wire, month: MONTHS[m - 1]!, day: ordinal(d) };
}

describe("an English date, month first, typed with a route and no command", () => {
  it("'cgk sub february 3rd 2 pax' searches exactly as /search with that date does", async () => {
    const date = english(30);
    const typed = await answer(agent("en"), `cgk sub ${date.month.toLowerCase()} ${date.day} 2 pax`);
    const commanded = await answer(agent("en"), `/search cgk sub ${date.wire} 2 pax`);
    expect(commanded.join("\n")).toMatch(/CGK|Jakarta/);
    expect(typed).toEqual(commanded);
  });

  it("'3rd february' and a capitalised 'Dec 10th' too; the Indonesian '3 feb 2 org' still does", async () => {
    const date = english(33);
    const commanded = await answer(agent("id"), `/cari cgk sub ${date.wire} 2 org`);
    expect(await answer(agent("id"), `cgk sub ${date.day} ${date.month} 2 pax`)).toEqual(commanded);
    expect(await answer(agent("id"), `cgk sub ${date.month.slice(0, 3)} ${date.day} 2 pax`)).toEqual(commanded);
    expect(await answer(agent("id"), `cgk sub ${date.day.replace(/\D+$/, "")} ${date.month.slice(0, 3).toLowerCase()} 2 org`)).toEqual(commanded);
  });

  it("every English month spelt out reads as a trip's date; chatter still doesn't", () => {
    for (const month of MONTHS) expect(readTypedRequest(`cgk sub ${month.toLowerCase()} 3rd 2 pax`), month).toEqual({ kind: "search", text: `cgk sub ${month.toLowerCase()} 3rd 2 pax` });
    expect(readTypedRequest("see you in february")).toBeUndefined();
  });

  it("'feb 3rd 4' is asked about as '3 feb 4' is (3 to 4 February, or 4 people)", () => {
    expect(dayOrCountOf("3 feb 4")).toBe(4);
    expect(dayOrCountOf("feb 3rd 4")).toBe(4);
    expect(dayOrCountOf("3rd february 4")).toBe(4);
    expect(dayOrCountOf("feb 3rd 2")).toBeUndefined();
  });
});
