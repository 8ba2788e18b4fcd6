import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { pickFirstFlight } from "./journey-steps.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 7600;
function agent(lang: "id" | "en" = "id"): Agent {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
}

/** Up to the first passenger's name question, for a party as typed ("2", "2 1 1"). */
async function toNames(a: Agent, party: string, lang: "id" | "en" = "id"): Promise<void> {
  await a.say(`${lang === "id" ? "/cari" : "/search"} CGK SUB ${futureDate(30).wire} ${party}`);
  await pickFirstFlight(a);
  expect((await a.tap(lang === "id" ? "Lanjut" : "Continue"))?.text).toMatch(/Penumpang 1|Passenger 1/);
}

/** A name typed, and the birth date when the flight asks it. */
async function named(a: Agent, name: string, born = "17-08-1990"): Promise<void> {
  if (/Tanggal lahir|Date of birth/.test((await a.say(name))?.text ?? "")) await a.say(born);
}

describe("honours and dots typed with a name never reach the ticket", () => {
  it("Ibu Hj. Siti Aminah flies as Mrs Siti Aminah; Tn Budi S. as Mr Budi S", async () => {
    const a = agent();
    await toNames(a, "2");
    const from = a.botTexts().length;
    await named(a, "Ibu Hj. Siti Aminah");
    await named(a, "Tn Budi S.");
    await a.say("agen@example.com");
    const summary = (await a.say("081234567890"))?.text ?? "";
    expect(summary).toContain("1. Mrs Siti Aminah");
    expect(summary).toContain("2. Mr Budi S ");
    expect(a.botTexts(from).join("\n")).not.toMatch(/Hj\.|Budi S\./);
  });
});
