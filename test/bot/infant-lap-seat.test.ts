import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import type { StoredMessage } from "../support/telegram/index.js";
import { pickFirstFlight } from "./journey-steps.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });
afterEach(() => h.sandbox.controls.reset());

let nextId = 96_900;
const agentIn = (lang: "id" | "en") => {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
};
const firstFlightCode = (m: StoredMessage | undefined) =>
  (m?.reply_markup?.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.includes(":o:"))?.text ?? "").split(" ")[0]!;

describe("an infant sits on a lap: the seats left are checked against adults and children", () => {
  it("2 adults + 1 infant open a flight with 2 seats left; 2 adults + 1 child are told they need 3", async () => {
    const agent = agentIn("id");
    const date = futureDate(44);
    await agent.say(`/cari CGK DPS ${date.wire}`);
    await agent.say("2 0 1");
    h.sandbox.controls.setSeats(firstFlightCode(agent.last()), date.iso, 2);
    await pickFirstFlight(agent);
    expect(agent.last()?.text).toContain("Sisa kursi: 2");
    expect(agent.botTexts().join("\n")).not.toContain("Kursi tersisa hanya");

    const other = agentIn("en");
    await other.say(`/search CGK DPS ${date.wire}`);
    await other.say("2 1 0");
    h.sandbox.controls.setSeats(firstFlightCode(other.last()), date.iso, 2);
    await pickFirstFlight(other);
    expect(other.botTexts().join("\n")).toContain("Only 2 seats left on this flight; your party needs 3.");
  });
});
