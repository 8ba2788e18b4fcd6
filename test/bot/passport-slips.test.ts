import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

// Slips at the passport and KTP questions, through the bot on tiket.com (it asks both on SIN flights).

let t: Harness;
beforeAll(async () => { t = await startHarness({ use: "tiket" }); });
afterAll(async () => { await t?.close(); });
const dm = (id: number) => new Agent(t, { id, first_name: "Agen", language_code: "id" }, { id, type: "private" });

async function toIdQuestion(a: Agent, route: string, days: number) {
  await a.say(`/cari ${route} ${futureDate(days).wire} 1`);
  const b = a.last()!.reply_markup!.inline_keyboard.flat().filter((x) => "callback_data" in x && x.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
  await a.tap({ data: (b.find((x) => !/^(JT|QG)/.test(x.text)) ?? b[0]!).callback_data });
  await a.tap("Lanjut");
  await a.say("Mr Budi Santoso");
  return a.say("17-08-1990");
}

describe("the passport question", () => {
  it("A1234567 17-08-90: the number kept, the date asked about (no passport runs to 2090), then the real expiry taken", async () => {
    const a = dm(244_001);
    await toIdQuestion(a, "CGK SIN", 55);
    await a.say("3174092302900001");
    const r = (await a.say("A1234567 17-08-90"))?.text ?? "";
    expect(r).toContain("Nomor paspor A1234567 dicatat");
    expect(r).toContain("tahun 2090, lebih dari 10 tahun setelah penerbangan");
    expect(r).not.toContain("Tanggal terbit");
    expect((await a.say("31-12-2031"))?.text).toContain("Tanggal terbit");
  });

  it("31122031 A1234567: the eight digits are the expiry, the number is A1234567", async () => {
    const a = dm(244_002);
    await toIdQuestion(a, "CGK SIN", 56);
    await a.say("3174092302900001");
    expect((await a.say("31122031 A1234567"))?.text).toContain("Tanggal terbit");
    await a.say("15-01-2022");
    await a.say("ID");
    await a.say("budi@example.com");
    const summary = (await a.say("081234567890"))?.text ?? "";
    expect(summary).toContain("A1234567");
    expect(summary).toContain("31 Des 2031");
  });
});

describe("the KTP question", () => {
  it("ID No. 3174…: the NIK, not NO3174…", async () => {
    const a = dm(244_003);
    await toIdQuestion(a, "CGK DPS", 57);
    await a.say("ID No. 3174092302900001");
    await a.say("budi@example.com");
    const summary = (await a.say("081234567890"))?.text ?? "";
    expect(summary).toContain("KTP 3174092302900001");
  });
});
