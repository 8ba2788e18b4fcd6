import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator } from "../support/telegram/index.js";
import { givePrivately, pickFirstFlight } from "./journey-steps.js";

// A flight sold out at booking brings the list back, the passengers kept, and the booking waits for
// another pick (booking-conversation `repick`). In a group where the bot reads every message (privacy
// mode off), the member's chatter with colleagues must not pick a flight there: only a number on the
// page or a flight code does without a reply, as at the list itself.
let h: Harness;
beforeAll(async () => { h = await startHarness({ emulator: await startTelegramEmulator({ privacyMode: false }) }); });
afterAll(async () => { await h?.close(); });

const QUOTE = /Sisa kursi/;

describe("privacy mode off: the list brought back by a flight sold out at booking", () => {
  it("'ke 3 ya' said without a reply picks nothing; '3' picks the third flight, passengers kept", async () => {
    const chat = { id: -1_009_671_000, type: "supergroup" as const, title: "Agen Makmur" };
    const rina = new Agent(h, { id: 96_801, first_name: "Rina", language_code: "id" }, chat);
    const date = futureDate(46);
    await rina.say(`/cari CGK SUB ${date.wire} 1`);
    const code = await pickFirstFlight(rina);
    await rina.tap("Lanjut");
    let msg = await rina.say("Mr Budi Santoso");
    if (/data pribadi|chat pribadi/.test(msg?.text ?? "")) msg = await givePrivately(rina);
    if (msg?.text?.includes("kontak terakhir")) await rina.tap("✏️");
    await rina.say("agen@example.com");
    await rina.say("081234567890");
    h.sandbox.controls.setSeats(code, date.iso, 0);
    try {
      const list = await rina.tap("Booking");
      const offers = list!.reply_markup!.inline_keyboard.flat().filter((b) => "callback_data" in b && b.callback_data.includes(":o:"));
      const third = offers[2]!.text.split(" ")[0]!;
      const before = h.emulator.chatMessages(chat.id).filter((m) => m.fromBot).length;
      await rina.say("ke 3 ya");
      expect(h.emulator.chatMessages(chat.id).filter((m) => m.fromBot).length).toBe(before);
      const quote = await rina.say("3");
      expect(quote?.text).toMatch(QUOTE);
      expect(quote?.text).toContain(third);
    } finally {
      h.sandbox.controls.reset();
    }
  });
});
