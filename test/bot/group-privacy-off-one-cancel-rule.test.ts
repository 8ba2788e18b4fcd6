import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator } from "../support/telegram/index.js";
import { pickFirstFlight } from "./journey-steps.js";

// A group where the bot reads every message (privacy mode off). A member's line that neither replies to
// the bot nor mentions it cancelled her flow at the results list with "btl", "batal aja" or "cancel pls",
// but at the flight card only with "batal" or "cancel" alone. One rule now, everywhere: unaddressed lines
// cancel only with the strict words; lines addressed to the bot with any cancel phrase the bot knows
// ("never mind" and "batal dong" used to get "choose with the buttons" at the flight card).

let open: Harness;
beforeAll(async () => { open = await startHarness({ emulator: await startTelegramEmulator({ privacyMode: false }) }); });
afterAll(async () => { await open?.close(); });

let nextId = 47_900;
type Place = "results" | "card";
async function at(place: Place, lang: "id" | "en" = "id"): Promise<Agent> {
  const id = nextId++;
  const rina = new Agent(open, { id, first_name: "Rina", language_code: lang }, { id: -1_004_790_000 - id, type: "supergroup", title: "Agen Makmur" });
  await rina.say(`${lang === "id" ? "/cari" : "/search"} cgk sub ${futureDate(40 + (id % 20)).wire} 1`);
  if (place === "card") await pickFirstFlight(rina);
  return rina;
}
const since = (a: Agent) => open.emulator.chatMessages(a.chat.id).length;
/** The newest bot message of this flow that has buttons: the list, or the flight card. */
const shownId = (a: Agent) => open.emulator.chatMessages(a.chat.id).filter((m) => m.fromBot && m.reply_markup).at(-1)!.message_id;

describe("privacy off, unaddressed: only the strict words cancel, at the list as at the flight card", () => {
  it.each([
    ["results", "btl"], ["results", "batal aja"], ["results", "cancel pls"], ["results", "batalin"],
    ["card", "btl"], ["card", "batal aja"], ["card", "cancel pls"], ["card", "batalin"],
  ] as const)("at the %s, %j is chatter: nothing answered, the flow goes on", async (place, typed) => {
    const rina = await at(place);
    const n = since(rina);
    await rina.say(typed);
    expect(rina.botTexts(n)).toEqual([]);
    const next = place === "results" ? await rina.say("1") : await rina.tap("Lanjut");
    expect(next?.text).toMatch(place === "results" ? /Sisa kursi/ : /Penumpang 1 dari 1/);
  });

  it.each([
    ["results", "batal"], ["results", "cancel"], ["results", "/batal"],
    ["card", "batal"], ["card", "cancel"], ["card", "/batal"],
  ] as const)("at the %s, %j cancels", async (place, typed) => {
    const rina = await at(place);
    const n = since(rina);
    await rina.say(typed);
    expect(rina.botTexts(n)).toEqual(["Pencarian Rina dibatalkan."]);
  });
});

describe("addressed to the bot (a reply to it): any cancel phrase it knows, at the list as at the flight card", () => {
  it.each([
    ["results", "id", "btl", "Pencarian Rina dibatalkan."], ["card", "id", "btl", "Pencarian Rina dibatalkan."],
    ["results", "id", "batal dong", "Pencarian Rina dibatalkan."], ["card", "id", "batal dong", "Pencarian Rina dibatalkan."],
    ["results", "en", "never mind", "Rina's search cancelled."], ["card", "en", "never mind", "Rina's search cancelled."],
    ["results", "en", "no thanks", "Rina's search cancelled."], ["card", "en", "no thanks", "Rina's search cancelled."],
  ] as const)("at the %s (%s), %j cancels", async (place, lang, typed, cancelled) => {
    const rina = await at(place, lang);
    const n = since(rina);
    await rina.say(typed, shownId(rina));
    expect(rina.botTexts(n)).toEqual([cancelled]);
  });
});
