import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { dayWith, moreThanAPage } from "../support/sandbox-days.js";
import { pickFirstFlight } from "./journey-steps.js";
import type { StoredMessage } from "../support/telegram/index.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });
afterEach(() => h.sandbox.controls.reset());

let nextId = 96_400;
const agentIn = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
};
const flightButtons = (m: StoredMessage | undefined) =>
  (m?.reply_markup?.inline_keyboard.flat() ?? []).filter((b) => "callback_data" in b && b.callback_data.includes(":o:")).map((b) => b.text);

describe("a flight found sold out when picked is marked on the list that comes back", () => {
  it.each([
    ["id", "/cari", "sudah habis", "🚫", "· habis", "kursinya tidak cukup untuk 1 penumpang saat dicek, jadi ditandai habis", "yg paling murah"],
    ["en", "/search", "is sold out", "🚫", "· sold out", "not enough seats for 1 passenger at the last check, so marked sold out", "cheapest one pls"],
  ] as const)("%s: the list says so and marks its button; the cheapest typed is the next one", async (lang, search, soldOut, mark, suffix, line, cheapest) => {
    const agent = agentIn(lang);
    const date = futureDate(41);
    await agent.say(`${search} CGK DPS ${date.wire} 1`);
    const firstList = agent.last();
    const [first, second] = flightButtons(firstList);
    const code = first!.split(" ")[0]!;
    h.sandbox.controls.setSeats(code, date.iso, 0);
    await pickFirstFlight(agent);
    const texts = agent.botTexts();
    expect(texts.at(-2)).toContain(soldOut);
    const list = agent.last();
    expect(list?.text).toContain(`🚫 ${code}: ${line}`);
    const buttons = flightButtons(list);
    // Kept in place, so every number and button still means the same flight.
    expect(buttons[0]).toBe(`${mark} ${first} ${suffix}`);
    expect(buttons[1]).toBe(second);
    // Typed "cheapest" passes the sold-out flight over.
    const opened = await agent.say(cheapest);
    expect(opened?.text).toContain(second!.split(" ")[0]);
    expect(opened?.text).not.toContain(soldOut);
  });

  it("the mark stays on the list's redraws (paging, filters) and tapping the marked flight still checks afresh", async () => {
    const agent = agentIn("id");
    const date = dayWith(["CGK", "DPS"], moreThanAPage, 42); // the list pages (▶ ◀)
    await agent.say(`/cari CGK DPS ${date.wire} 1`);
    const code = flightButtons(agent.last())[0]!.split(" ")[0]!;
    h.sandbox.controls.setSeats(code, date.iso, 0);
    await pickFirstFlight(agent);
    const next = await agent.tap("▶");
    await agent.tap("◀");
    expect(agent.last()?.message_id).toBe(next?.message_id);
    expect(flightButtons(agent.last())[0]).toMatch(/^🚫 /);
    // Seats came back (a hold expired): the marked flight opens, priced live.
    h.sandbox.controls.reset();
    const opened = await agent.tap(flightButtons(agent.last())[0]!);
    expect(opened?.text).toContain("Sisa kursi");
  });

  it("a flight that opens and is left with 'another flight' is not marked", async () => {
    const agent = agentIn("id");
    await agent.say(`/cari CGK DPS ${futureDate(43).wire} 1`);
    await pickFirstFlight(agent);
    const list = await agent.tap("Penerbangan lain");
    expect(flightButtons(list).some((b) => b.startsWith("🚫"))).toBe(false);
    expect(list?.text).not.toContain("🚫");
  });
});
