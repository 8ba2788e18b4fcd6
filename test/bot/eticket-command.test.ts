import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "./journey-steps.js";
import { commandOf } from "../../src/bot/features/account/password-words.js";

/**
 * The booking card's button reads "📄 E-ticket": an agent who types what it says, /eticket (or /e_ticket),
 * gets the e-ticket as /ticket and /etiket give it, in either language.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

describe("/eticket", () => {
  it("answers for the booking as /ticket does (en)", async () => {
    const agent = new Agent(h, { id: 63_201, first_name: "Tono", language_code: "en" }, { id: 63_201, type: "private" });
    const code = await bookOne(agent, `/search CGK UPG ${futureDate(33).wire} 1`);
    expect((await agent.say(`/eticket ${code}`))?.text).toContain(`${code} is not issued yet, so there is no e-ticket`);
    expect((await agent.say(`/e_ticket ${code}`))?.text).toContain(`${code} is not issued yet, so there is no e-ticket`);
    // Without a code it offers the chat's bookings, as /ticket does.
    expect((await agent.say("/eticket"))?.reply_markup?.inline_keyboard.flat().map((b) => b.text).join(" ")).toContain(code);
  });

  it("answers for the booking as /etiket does (id)", async () => {
    const agent = new Agent(h, { id: 63_202, first_name: "Wati", language_code: "id" }, { id: 63_202, type: "private" });
    const code = await bookOne(agent, `/cari CGK UPG ${futureDate(34).wire} 1`);
    expect((await agent.say(`/eticket ${code}`))?.text).toContain(`${code} belum issued`);
  });

  it("is one of the bot's commands, never taken for a password typed at the password question", () => {
    expect(commandOf("/eticket")?.known).toBe(true);
    expect(commandOf("/e_ticket ABC123")?.known).toBe(true);
  });
});
