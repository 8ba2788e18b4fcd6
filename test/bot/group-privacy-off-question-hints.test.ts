import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator } from "../support/telegram/index.js";
import { pickFirstFlight } from "./journey-steps.js";

// In a group where the bot reads every message (privacy mode off), a member with a question open goes on
// talking with colleagues. A line of hers that is no answer, sent without replying to the bot or
// mentioning it, gets no "how to answer" hint: the bot answering every line of chatter floods the group.
// Replying to the question, she gets the hint as before; an answer sent plainly is still taken.
let h: Harness;
beforeAll(async () => { h = await startHarness({ emulator: await startTelegramEmulator({ privacyMode: false }) }); });
afterAll(async () => { await h?.close(); });

describe("privacy mode off: chatter at an open question", () => {
  it("no hint for a plain line that is no answer; the hint for a reply to the question; a plain answer taken", async () => {
    const chat = { id: -1_009_672_000, type: "supergroup" as const, title: "Agen Makmur" };
    const rina = new Agent(h, { id: 96_811, first_name: "Rina", language_code: "id" }, chat);
    await rina.say(`/cari CGK SUB ${futureDate(47).wire} 1`);
    await pickFirstFlight(rina);
    const question = await rina.tap("Lanjut");
    expect(question?.text).toMatch(/[Nn]ama/);
    const botCount = () => h.emulator.chatMessages(chat.id).filter((m) => m.fromBot).length;
    const before = botCount();
    for (const chatter of ["oke siap 👍", "wkwk iya bu", "123"]) await rina.say(chatter);
    expect(botCount()).toBe(before);
    const hint = await rina.say("123", question!.message_id);
    expect(botCount()).toBe(before + 1);
    expect(hint?.text).toMatch(/Mr|Tn/);
    const next = await rina.say("Mr Budi Santoso");
    expect(next?.text ?? "").not.toMatch(/Awali dengan gelar|Start with a title/);
    expect(botCount()).toBeGreaterThan(before + 1);
  });
});
