import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { tiketPlain, tiketPlainDay } from "../support/sandbox-days.js";
import { givePrivately } from "./journey-steps.js";
import { flightButtons } from "../support/result-buttons.js";

let h: Harness;
let both: Harness;
beforeAll(async () => {
  h = await startHarness({ use: "tiket" });
  both = await startHarness({ use: "both" });
});
afterAll(async () => {
  await h?.close();
  await both?.close();
});

/** Answers whatever the flight's `required` fields make the bot ask, in either language, until the summary. */
async function answerPassengerQuestions(agent: Agent, name: string): Promise<void> {
  let msg = await agent.say(name);
  for (let i = 0; i < 8 && !/Periksa sebelum booking|Check before booking/.test(msg?.text ?? ""); i++) {
    const q = msg?.text ?? "";
    if (/Tanggal lahir|Date of birth/.test(q)) msg = await agent.say("17-08-1990");
    else if (/KTP|ID card|NIK/.test(q)) msg = await agent.say("3174092302900001");
    else if (/Paspor|Passport/.test(q)) msg = await agent.say("A1234567 31-12-2031");
    else if (/Kewarganegaraan|Nationality/.test(q)) msg = await agent.say("Indonesia");
    else if (/Tanggal terbit|issue date/i.test(q)) msg = await agent.say("15-01-2022");
    else if (/E-mail kontak|Contact e-mail/i.test(q)) msg = await agent.say("budi@example.com");
    else if (/Nomor HP|mobile number/i.test(q)) msg = await agent.say("081234567890");
    else if (/kontak terakhir|last contact/i.test(q)) msg = await agent.tap(/kontak terakhir/.test(q) ? "✅ Pakai" : "✅ Use");
    else throw new Error(`unexpected question: ${q}`);
  }
}

/** Searches (on a day whose first page has one), opens a flight without a captcha (not Lion's JT or Citilink's QG) and answers up to the summary. */
async function toPlainSummary(agent: Agent, search: string, name: string): Promise<void> {
  await agent.say(search);
  const buttons = flightButtons(agent);
  await agent.tap({ data: buttons.find((b) => tiketPlain(b.text))!.callback_data });
  await agent.tap(search.startsWith("/search") ? "Continue" : "Lanjut");
  await answerPassengerQuestions(agent, name);
}

describe("the booking journey on tiket.com", () => {
  it("search → price → KTP and birth date from the flight's required fields → book → issue → e-ticket", async () => {
    const agent = new Agent(h, { id: 14_001, first_name: "Budi", language_code: "id" }, { id: 14_001, type: "private" });
    await agent.say(`/cari CGK DPS ${tiketPlainDay("CGK DPS", 25).wire} 1`);
    const buttons = flightButtons(agent);
    expect(buttons.length).toBeGreaterThan(0);
    const plain = buttons.find((b) => tiketPlain(b.text))!;
    await agent.tap({ data: plain.callback_data });
    expect(agent.last()?.text).toContain("Total 1 penumpang");
    await agent.tap("Lanjut");
    await answerPassengerQuestions(agent, "Mr Budi Santoso");
    await agent.tap("✅ Booking");
    const code = /Kode: (\d+)/.exec(agent.last()?.text ?? "")?.[1];
    expect(code, agent.transcript(6)).toBeDefined();
    const deposit = h.tiket!.controls.getDeposit();
    await agent.tap("Issued sekarang");
    await agent.tap("✅ Issued");
    expect(agent.botTexts().join("\n")).toContain(`${code} berhasil issued`);
    await agent.document(`etiket-${code}.pdf`);
    expect(h.tiket!.controls.getDeposit()).toBeLessThan(deposit);
    expect((await agent.say(`/cek ${code}`))?.text).toContain("issued");
    expect(h.emulator.errors.map((e) => `${e.method} ${JSON.stringify(e.response)} ${JSON.stringify(e.payload).slice(0, 200)}`)).toEqual([]);
  });

  it("a fee tiket.com would add to the deposit payment is never paid unseen: the agent is told both amounts", async () => {
    const agent = new Agent(h, { id: 14_009, first_name: "Sari", language_code: "en" }, { id: 14_009, type: "private" });
    await toPlainSummary(agent, `/search CGK DPS ${tiketPlainDay("CGK DPS", 26).wire} 1`, "Mrs Sari Dewi");
    await agent.tap("✅ Book");
    const code = /Code: (\d+)/.exec(agent.last()?.text ?? "")?.[1];
    expect(code, agent.transcript(6)).toBeDefined();
    const deposit = h.tiket!.controls.getDeposit();
    const confirms = h.tiket!.controls.callCount("partner/transactionApi/confirmPayment");
    h.tiket!.controls.setDepositCharge(2_500);
    try {
      await agent.tap("Issue now");
      await agent.tap("✅ Issue");
    } finally {
      h.tiket!.controls.setDepositCharge(0);
    }
    const answer = agent.last()?.text ?? "";
    expect(answer).toMatch(/would take Rp [\d.]+ from the deposit, not the booking's Rp [\d.]+/);
    expect(answer).toContain("nothing was taken");
    expect(h.tiket!.controls.getDeposit()).toBe(deposit);
    expect(h.tiket!.controls.callCount("partner/transactionApi/confirmPayment")).toBe(confirms);
    // Without the fee the same booking is issued, once.
    await agent.say(`/issue ${code}`);
    await agent.tap("✅ Issue");
    expect(agent.botTexts().join("\n")).toContain(`${code} issued`);
  });

  it("Lion Air shows the airline's captcha and books with the agent's reading of it", async () => {
    const agent = new Agent(h, { id: 14_002, first_name: "Sari", language_code: "id" }, { id: 14_002, type: "private" });
    let lion: { callback_data: string } | undefined;
    for (let d = 26; d < 60 && !lion; d += 2) {
      await agent.say(`/cari CGK SUB ${futureDate(d).wire} 1`);
      lion = flightButtons(agent).find((b) => b.text.startsWith("JT"));
      if (!lion && agent.last()?.text?.includes("▶")) lion = undefined;
    }
    expect(lion).toBeDefined();
    await agent.tap({ data: lion!.callback_data });
    await agent.tap("Lanjut");
    await answerPassengerQuestions(agent, "Mrs Sari Dewi");
    await agent.tap("✅ Booking");
    const photo = h.emulator.calls.filter((c) => c.method === "sendPhoto").at(-1);
    expect(photo?.payload.caption).toContain("Lion Air");
    // The sandbox tells tests the answer of the newest captcha session (the one the bot just showed).
    const answer = h.tiket!.controls.captchaAnswer(h.tiket!.controls.captchaSessions().at(-1)!)!;
    // A misread first: nothing is booked, a new image comes (not the edit menu).
    const photos = h.emulator.calls.filter((c) => c.method === "sendPhoto").length;
    const adds = h.tiket!.controls.callCount("order/add/flight");
    const wrong = (right: string) => (right === "XXXX" ? "YYYY" : "XXXX");
    await agent.say(wrong(answer));
    expect(agent.botTexts().join("\n")).toContain("Lion Air menolak kode captcha itu; belum ada yang dibooking");
    expect(h.emulator.calls.filter((c) => c.method === "sendPhoto").length).toBe(photos + 1);
    await agent.say(wrong(answer));
    await agent.say(wrong(answer));
    // Three misreads: back at the summary (nothing to change), where ✅ Booking brings a new image.
    expect(agent.botTexts().join("\n")).toContain("Lion Air menolak kode captcha tiga kali; belum ada yang dibooking");
    expect(agent.last()?.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toContain("✅ Booking");
    await agent.tap("✅ Booking");
    // Typed with spaces between the characters, as read off the image.
    await agent.say(h.tiket!.controls.captchaAnswer(h.tiket!.controls.captchaSessions().at(-1)!)!.split("").join(" "));
    expect(agent.last()?.text).toMatch(/Booking berhasil! Kode: \d+/);
    expect(h.tiket!.controls.callCount("order/add/flight")).toBe(adds + 4);
  });

  it("in a privacy-mode group the captcha photo is a question to the member: their reply to it books", async () => {
    const group = { id: -14_010, type: "group" as const, title: "Agen Lion" };
    const agent = new Agent(h, { id: 14_011, first_name: "Gita", language_code: "id" }, group);
    let lion: { callback_data: string } | undefined;
    for (let d = 26; d < 60 && !lion; d += 2) {
      await agent.say(`/cari CGK SUB ${futureDate(d).wire} 1`);
      lion = flightButtons(agent).find((b) => b.text.startsWith("JT"));
    }
    await agent.tap({ data: lion!.callback_data });
    await agent.tap("Lanjut");
    let msg = await agent.reply("Mrs Gita Ayu");
    if (msg?.text?.includes("data pribadi")) msg = await givePrivately(agent);
    if (msg?.text?.includes("kontak terakhir")) await agent.tap("✏️");
    await agent.reply("gita@example.com");
    await agent.reply("081234567890");
    await agent.tap("✅ Booking");
    const photo = h.emulator.calls.filter((c) => c.method === "sendPhoto").at(-1)!;
    expect(photo.payload.reply_markup).toMatchObject({ force_reply: true, selective: true });
    expect(photo.payload.reply_parameters).toBeDefined();
    // The member answers as Telegram lets them under a selective ForceReply: a reply to the photo.
    await agent.reply(h.tiket!.controls.captchaAnswer(h.tiket!.controls.captchaSessions().at(-1)!)!);
    expect(agent.lastForMe()?.text).toMatch(/Booking berhasil! Kode: \d+/);
    expect(h.emulator.errors).toEqual([]);
  });
});


describe("an international booking on tiket.com", () => {
  it("asks passport, issue date and nationality as the flight requires, and sends them", async () => {
    const agent = new Agent(h, { id: 14_003, first_name: "Wati", language_code: "id" }, { id: 14_003, type: "private" });
    await toPlainSummary(agent, `/cari CGK SIN ${tiketPlainDay("CGK SIN", 29).wire} 1`, "Mrs Wati Susanti");
    const asked = agent.botTexts().join("\n");
    expect(asked).toContain("Paspor");
    expect(asked).toContain("Tanggal terbit");
    // Everything sent is on the summary: the issue date and the nationality too.
    const summary = agent.last()?.text ?? "";
    expect(summary).toContain("terbit 15 Jan 2022");
    expect(summary).toContain("warga negara Indonesia");
    await agent.tap("✅ Booking");
    const code = /Kode: (\d+)/.exec(agent.last()?.text ?? "")?.[1];
    expect(code, agent.transcript(4)).toBeDefined();
    const order = JSON.stringify(h.tiket!.controls.getOrder(code!));
    expect(order).toContain("A1234567");
    expect(order).toContain("2022-01-15");
  });
});

describe("both providers", () => {
  it("searches both, marks each result's source, and books with the owner of the chosen offer", async () => {
    const agent = new Agent(both, { id: 14_101, first_name: "Rina", language_code: "id" }, { id: 14_101, type: "private" });
    // The first day from 27 ahead whose first page has a tiket.com flight without a captcha (the sandboxes' flights change by date).
    let tiketOffer: ReturnType<typeof flightButtons>[number] | undefined;
    for (let d = 27; d < 47 && !tiketOffer; d++) {
      const [mmbcCalls, tiketCalls] = [both.sandbox.controls.callCount("getflights-json"), both.tiket!.controls.callCount("search/flight")];
      await agent.say(`/cari CGK DPS ${futureDate(d).wire} 1`);
      const buttons = flightButtons(agent);
      const sources = new Set(buttons.map((b) => b.text.split(" · ").at(-1)));
      expect([...sources].every((s) => s === "MMBC" || s === "tiket")).toBe(true);
      expect(both.sandbox.controls.callCount("getflights-json") - mmbcCalls).toBe(1);
      expect(both.tiket!.controls.callCount("search/flight") - tiketCalls).toBeGreaterThan(0);
      tiketOffer = buttons.find((b) => b.text.endsWith("· tiket") && tiketPlain(b.text));
    }
    if (!tiketOffer) throw new Error(`no tiket.com flight without a captcha on a first page:\n${agent.transcript(3)}`);
    await agent.tap({ data: tiketOffer.callback_data });
    await agent.tap("Lanjut");
    await answerPassengerQuestions(agent, "Ms Rina Wati");
    await agent.tap("✅ Booking");
    expect(agent.last()?.text).toMatch(/Booking berhasil/);
    const saldo = await agent.say("/saldo");
    expect(saldo?.text).toContain("MMBC");
    expect(saldo?.text).toContain("tiket.com");
  });

  it("a failing provider does not fail the search, and the list says it is incomplete until searched again", async () => {
    const agent = new Agent(both, { id: 14_102, first_name: "Tono", language_code: "id" }, { id: 14_102, type: "private" });
    both.tiket!.controls.setFault("search/flight", { kind: "http500" });
    try {
      await agent.say(`/cari CGK SUB ${futureDate(28).wire} 1`);
      const buttons = flightButtons(agent);
      expect(buttons.length).toBeGreaterThan(0);
      expect(agent.last()?.text).toContain("tiket.com tidak menjawab");
    } finally {
      both.tiket!.controls.setFault("search/flight", null);
    }
    await agent.tap("🔄 Cari lagi");
    expect(agent.last()?.text).toContain("CGK → SUB");
    expect(agent.last()?.text).not.toContain("tidak menjawab");
    expect(new Set(flightButtons(agent).map((b) => b.text.split(" · ").at(-1)))).toEqual(new Set(["MMBC", "tiket"]));
  });
});
