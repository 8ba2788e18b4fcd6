import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator } from "../support/telegram/index.js";
import { pickFirstFlight } from "./journey-steps.js";

/** A group bot with privacy mode off sees every member's chatter: only words meant for it act on her flow. */
let open: Harness;
beforeAll(async () => { open = await startHarness({ emulator: await startTelegramEmulator({ privacyMode: false }) }); });
afterAll(async () => { await open?.close(); });

let nextId = 28_700;
async function atQuote(): Promise<Agent> {
  const id = nextId++;
  const rina = new Agent(open, { id, first_name: "Rina", language_code: "id" }, { id: -1_002_870_000 - id, type: "supergroup", title: "Agen" });
  await rina.say(`/cari cgk sub ${futureDate(40 + (id % 20)).wire} 1`);
  await pickFirstFlight(rina);
  expect(rina.botTexts().join("\n")).toContain("Sisa kursi");
  return rina;
}
const botCount = (a: Agent) => open.emulator.chatMessages(a.chat.id).length;
const quoteId = (a: Agent) => open.emulator.chatMessages(a.chat.id).filter((m) => m.fromBot && /Sisa kursi/.test(m.text ?? "")).at(-1)!.message_id;

describe("privacy off: chatter without a reply to the bot", () => {
  it.each(["gak usah kak", "udah gk usah", "ok gk jd kak", "gk jd"])("%j neither cancels nor gets an answer; the flow goes on", async (typed) => {
    const rina = await atQuote();
    const from = botCount(rina);
    await rina.say(typed);
    expect(rina.botTexts(from)).toEqual([]);
    expect((await rina.tap("Lanjut"))?.text).toContain("Penumpang 1 dari 1");
  });

  it.each(["batal", "Cancel", "BATAL 🙏"])("%j, the strict word, cancels", async (typed) => {
    const rina = await atQuote();
    const from = botCount(rina);
    await rina.say(typed);
    expect(rina.botTexts(from).join("\n")).toContain("Pencarian Rina dibatalkan.");
  });

  it("'gk jd' as a reply to the bot's question cancels, as in a private chat", async () => {
    const rina = await atQuote();
    const from = botCount(rina);
    await rina.say("gk jd", quoteId(rina));
    expect(rina.botTexts(from).join("\n")).toContain("Pencarian Rina dibatalkan.");
  });

  it("'ok gas' unreplied is left alone; the button's own word 'lanjut' goes on; 'ok gas' as a reply goes on", async () => {
    const rina = await atQuote();
    const from = botCount(rina);
    await rina.say("ok gas");
    expect(rina.botTexts(from)).toEqual([]);
    await rina.say("lanjut");
    expect(rina.botTexts(from).join("\n")).toContain("Penumpang 1 dari 1");
    const other = await atQuote();
    const f2 = botCount(other);
    await other.say("ok gas", quoteId(other));
    expect(other.botTexts(f2).join("\n")).toContain("Penumpang 1 dari 1");
  });
});
