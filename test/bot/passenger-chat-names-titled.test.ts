import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { pickFirstFlight } from "./journey-steps.js";

// "Tn Lagi Sitompul" was asked "is this the passenger's name?" because "lagi" is chat. After a formal
// title, one chat word that is a name too, beside name words only, is the name's; "Mr Suami" and
// "ibu nya minta ganti tanggal" are still asked about or answered as before.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 28_700;
function agent(lang: "id" | "en" = "id"): Agent {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
}

async function toNames(a: Agent): Promise<void> {
  await a.say(`/cari CGK SUB ${futureDate(33).wire} 1`);
  await pickFirstFlight(a);
  expect((await a.tap("Lanjut"))?.text).toMatch(/Penumpang 1/);
}

async function toSummary(a: Agent): Promise<string> {
  for (let q = a.last()?.text ?? ""; /Tanggal lahir/.test(q); q = a.last()?.text ?? "") await a.say("17-08-1990");
  await a.say("agen@example.com");
  return (await a.say("081234567890"))?.text ?? "";
}

describe("a chat word that is a name too, after a formal title", () => {
  it.each([["Tn Lagi Sitompul", "Mr Lagi Sitompul"], ["TN LAGI SITOMPUL", "Mr Lagi Sitompul"]])("%j goes on without a question", async (typed, taken) => {
    const a = agent();
    await toNames(a);
    const from = a.botTexts().length;
    await a.say(typed);
    expect(a.botTexts(from).join("\n")).not.toContain("Ini nama penumpangnya");
    expect(await toSummary(a)).toContain(`1. ${taken}`);
  });

  it("'Mr Suami' is still asked about; 'ibu nya minta ganti tanggal' still says how to change the date", async () => {
    const a = agent();
    await toNames(a);
    expect((await a.say("Mr Suami"))?.text).toContain('"Suami" sepertinya bukan nama');
    expect(a.last()?.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual(["✅ Ya, Mr Suami", "✏️ Ketik ulang nama"]);
    const b = agent();
    await toNames(b);
    expect((await b.say("ibu nya minta ganti tanggal"))?.text).toContain("bukan nama penumpang. Untuk ganti tanggal");
    expect((await b.say("Ny tunggu lagi ya"))?.text).toContain("Ini nama penumpangnya: Mrs Tunggu Lagi Ya?");
    const c = agent();
    await toNames(c);
    expect((await c.say("Mr lagi di jalan"))?.text).toContain("Ini nama penumpangnya");
  });
});
