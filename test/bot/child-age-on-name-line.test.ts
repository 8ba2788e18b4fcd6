import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

// A child's age typed after the name in a pasted list ("3. An. Dika 5th", "umur 5", "(5 thn)") was refused as a
// name with digits in it; the name is taken and the rest of the child asked, as after "3. An. Dika".
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 72_400;
const agent = () => { const id = (nextId += 7); return new Agent(h, { id, first_name: "Budi", language_code: "id" }, { id, type: "private" }); };

describe("a child's age on the name line", () => {
  it.each(["5th", "umur 5", "(5 thn)", "usia: 5"])("'3. An. Dika %s' is Dika, asked as '3. An. Dika' is", async (age) => {
    const answers: string[] = [];
    for (const line of [`3. An. Dika ${age}`, "3. An. Dika"]) {
      const a = agent();
      await a.say(`cgk dps ${futureDate(22).wire} 2 dws 1 anak`); await a.say("1"); await a.tap("Lanjut");
      await a.say(`1. Tn Budi Santoso 17-08-1990\n2. Ny Sari 01/02/1992\n${line}`);
      answers.push(a.last()?.text ?? "");
    }
    // A single name is written twice on the ticket, as the airlines want; a child's title is asked.
    expect(answers[0]).toBe("Dika Dika laki-laki atau perempuan? Untuk anak maskapai memakai titel Mstr atau Miss.");
    expect(answers[0]).toBe(answers[1]);
  });
});
