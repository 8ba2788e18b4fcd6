import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "./journey-steps.js";
import { forge } from "../security/helpers.js";

let h: Harness;
let restricted: Harness;
beforeAll(async () => {
  h = await startHarness();
  restricted = await startHarness({ env: { ISSUER_IDS: "9100" } });
});
afterAll(async () => {
  await h?.close();
  await restricted?.close();
});

function confirmButton(agent: Agent): { messageId: number; data: string } {
  const msg = agent.h.emulator.chatMessages(agent.chat.id).filter((m) => m.fromBot && m.reply_markup).at(-1)!;
  const b = msg.reply_markup!.inline_keyboard.flat().find((x) => "callback_data" in x && x.callback_data.startsWith("ic:")) as { callback_data: string };
  return { messageId: msg.message_id, data: b.callback_data };
}

/** Books, opens the issue confirmation, lets `meanwhile` change the booking at MMBC, then confirms. */
async function confirmAfterChange(agent: Agent, search: string, meanwhile: (code: string) => void) {
  const english = search.startsWith("/search");
  const code = await bookOne(agent, search);
  await agent.tap(english ? "Issue now" : "Issued sekarang");
  meanwhile(code);
  const calls = h.sandbox.controls.callCount("getissued-json");
  await agent.tap(english ? "✅ Issue" : "✅ Issued");
  return { code, calls };
}

describe("issuing spends the deposit once per booking", () => {
  it("a double tap, a duplicated update and a second confirmation reach the provider once", async () => {
    const agent = new Agent(h, { id: 9001, first_name: "Budi", language_code: "id" }, { id: 9001, type: "private" });
    const code = await bookOne(agent, `/cari CGK SUB ${futureDate(21).wire} 1`);
    const balance = h.sandbox.controls.getBalance();
    await agent.tap("Issued sekarang");
    const first = confirmButton(agent);
    // Second confirmation prompt for the same booking (another intent): must not pay twice either.
    await agent.say(`/issued ${code}`);
    const second = confirmButton(agent);
    const click = () => h.emulator.clickButton({ chat: agent.chat, from: agent.user, messageId: first.messageId, data: first.data });
    const tap1 = click();
    const tap2 = click();
    await Promise.all([h.app.bot.handleUpdate(tap1), h.app.bot.handleUpdate(tap2), h.app.bot.handleUpdate(tap1)]);
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: agent.chat, from: agent.user, messageId: second.messageId, data: second.data }));
    expect(h.sandbox.controls.callCount("getissued-json")).toBe(1);
    const booking = h.sandbox.controls.getBooking(code)!;
    expect(booking.status).toBe("issued");
    expect(h.sandbox.controls.getBalance()).toBe(balance - booking.nta);
    const texts = agent.botTexts().join("\n");
    expect(texts).toContain(`${code} berhasil issued`);
    expect(texts).toContain(`${code} sudah issued`);
    // Each confirmation says what came of it: the one that paid, the amount; the other, that it was issued already.
    const textOf = (id: number) => h.emulator.chatMessages(agent.chat.id).find((m) => m.message_id === id)!.text;
    expect(textOf(first.messageId)).toBe(`✅ ${code} berhasil issued · Rp ${booking.nta.toLocaleString("id-ID")} dari deposit MMBC`);
    expect(textOf(second.messageId)).toBe(`✅ ${code} sudah issued.`);
    await agent.document(`etiket-${code}.pdf`);
    expect(h.emulator.errors).toEqual([]);
  });

  it("a double tap on Issue shows one confirmation; once paid, it says what happened (issued, the amount) instead of its question (id)", async () => {
    const agent = new Agent(h, { id: 9008, first_name: "Budi", language_code: "id" }, { id: 9008, type: "private" });
    const code = await bookOne(agent, `/cari CGK SUB ${futureDate(23).wire} 1`);
    const card = h.emulator.chatMessages(agent.chat.id).filter((m) => m.fromBot).filter((m) => m.reply_markup?.inline_keyboard.flat().some((b) => b.text.includes("Issued sekarang"))).at(-1)!;
    const issue = card.reply_markup!.inline_keyboard.flat().find((b) => b.text.includes("Issued sekarang")) as { callback_data: string };
    const n = h.emulator.chatMessages(agent.chat.id).length;
    const tap = () => h.app.bot.handleUpdate(h.emulator.clickButton({ chat: agent.chat, from: agent.user, messageId: card.message_id, data: issue.callback_data }));
    await Promise.all([tap(), tap()]);
    const posted = h.emulator.chatMessages(agent.chat.id).slice(n).filter((m) => m.fromBot);
    expect(posted.map((m) => m.text?.split("\n")[0])).toEqual([`💳 Issued ${code}?`]);
    const shown = confirmButton(agent);
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: agent.chat, from: agent.user, messageId: shown.messageId, data: shown.data }));
    const nta = h.sandbox.controls.getBooking(code)!.nta;
    const after = h.emulator.chatMessages(agent.chat.id).find((m) => m.message_id === shown.messageId)!;
    expect(after.text).toBe(`✅ ${code} berhasil issued · Rp ${nta.toLocaleString("id-ID")} dari deposit MMBC`);
    expect(after.reply_markup).toBeUndefined();
    expect(h.emulator.errors).toEqual([]);
  });

  it("a second e-ticket request re-sends Telegram's file_id without downloading", async () => {
    const agent = new Agent(h, { id: 9002, first_name: "Sari", language_code: "id" }, { id: 9002, type: "private" });
    const code = await bookOne(agent, `/cari CGK DPS ${futureDate(22).wire} 1`);
    await agent.tap("Issued sekarang");
    await agent.tap("✅ Issued");
    await agent.document(`etiket-${code}.pdf`);
    const downloads = h.sandbox.controls.callCount("etiket-pdf");
    await agent.say(`/etiket ${code}`);
    expect(agent.last()?.document?.file_name).toBe(`etiket-${code}.pdf`);
    expect(h.sandbox.controls.callCount("etiket-pdf")).toBe(downloads);
    const sends = h.emulator.calls.filter((c) => c.method === "sendDocument");
    expect(typeof sends.at(-1)!.payload.document).toBe("string");
    // Cancelled at the provider since: the kept file is not sent again (a void ticket must not reach a customer).
    h.sandbox.controls.cancelExternally(code);
    const before = h.emulator.calls.filter((c) => c.method === "sendDocument").length;
    expect((await agent.say(`/etiket ${code}`))?.text).toContain(`${code} tidak punya e-tiket: bookingnya ✖️ batal`);
    expect(h.emulator.calls.filter((c) => c.method === "sendDocument")).toHaveLength(before);
  });

  it("an e-ticket asked for before issuing says to issue first, not to try later", async () => {
    const agent = new Agent(h, { id: 9004, first_name: "Wati", language_code: "id" }, { id: 9004, type: "private" });
    const code = await bookOne(agent, `/cari CGK UPG ${futureDate(25).wire} 1`);
    expect((await agent.say(`/etiket ${code}`))?.text).toContain(`${code} belum issued`);
    expect((await agent.say(`/etiket ${code}`))?.text).toContain(`/issued ${code}`);
  });

  it("an e-ticket of a cancelled booking says it will never have one, not to issue it", async () => {
    const agent = new Agent(h, { id: 9005, first_name: "Tuti", language_code: "en" }, { id: 9005, type: "private" });
    const code = await bookOne(agent, `/search CGK UPG ${futureDate(26).wire} 1`, ["Mrs Tuti Lestari"]);
    h.sandbox.controls.cancelExternally(code);
    const answer = (await agent.say(`/ticket ${code}`))?.text;
    expect(answer).toBe(`📄 ${code} has no e-ticket: the booking is ✖️ cancelled. To fly, make a new booking with /search.`);
  });

  it("an e-ticket asked for while the status can't be read says so, neither 'issue it first' nor 'cancelled'", async () => {
    const agent = new Agent(h, { id: 9006, first_name: "Rina", language_code: "en" }, { id: 9006, type: "private" });
    const code = await bookOne(agent, `/search CGK UPG ${futureDate(27).wire} 1`, ["Mrs Rina Sari"]);
    h.sandbox.controls.cancelExternally(code);
    h.sandbox.controls.setFault("getstatusbooking-json", { kind: "http500" }, 10);
    try {
      const answer = (await agent.say(`/ticket ${code}`))?.text;
      expect(answer).toContain(`${code} has no e-ticket at MMBC yet, and its status can't be read right now`);
      expect(answer).not.toContain("/issue");
    } finally {
      h.sandbox.controls.setFault("getstatusbooking-json", null);
    }
    expect((await agent.say(`/ticket ${code}`))?.text).toContain(`${code} has no e-ticket: the booking is ✖️ cancelled`);
  });

  it("a booking pending at MMBC (a payment under way elsewhere) is never paid again, and /status offers no Issue", async () => {
    const agent = new Agent(h, { id: 9007, first_name: "Dewi", language_code: "id" }, { id: 9007, type: "private" });
    const { code, calls } = await confirmAfterChange(agent, `/cari CGK KNO ${futureDate(28).wire} 1`, (c) => h.sandbox.controls.pendExternally(c));
    expect(agent.last()?.text).toContain(`${code} sedang diproses di provider`);
    expect((await agent.say(`/issued ${code}`))?.text).toContain("jadi tidak saya bayar lagi");
    expect(h.sandbox.controls.callCount("getissued-json")).toBe(calls);
    const status = await agent.say(`/cek ${code}`);
    expect(status?.text).toContain("Pembayaran atau penerbitan tiket sedang diproses");
    expect(status?.text).not.toContain("Bayar sebelum");
    expect(status?.reply_markup).toBeUndefined();
  });

  it("a booking issued outside the bot is not paid again", async () => {
    const agent = new Agent(h, { id: 9003, first_name: "Tono", language_code: "en" }, { id: 9003, type: "private" });
    const { code, calls } = await confirmAfterChange(agent, `/search CGK KNO ${futureDate(23).wire} 1`, (c) => h.sandbox.controls.issueExternally(c));
    expect(agent.botTexts().join("\n")).toContain(`${code} is already issued`);
    expect(h.sandbox.controls.callCount("getissued-json")).toBe(calls);
  });

  it("someone not allowed to spend is told who can", async () => {
    const stranger = new Agent(restricted, { id: 9200, first_name: "Tamu", language_code: "id" }, { id: 9200, type: "private" });
    const code = await bookOne(stranger, `/cari CGK SUB ${futureDate(24).wire} 1`);
    await stranger.tap("Issued sekarang");
    expect(stranger.last()?.text).toContain("tidak berhak issued");
    expect(stranger.last()?.text).toContain("9100");
    // …and, since that issuer can't open a private chat's booking, how to get it issued.
    expect(stranger.last()?.text).toContain("grup agensi yang sudah disetujui");
    await stranger.say(`/issued ${code}`);
    expect(stranger.last()?.text).toContain("tidak berhak");
    expect(restricted.sandbox.controls.callCount("getissued-json")).toBe(0);
    // An issuer elsewhere doesn't see that chat's booking at all: it belongs to the chat that made it.
    const boss = new Agent(restricted, { id: 9100, first_name: "Bos", language_code: "id" }, { id: 9100, type: "private" });
    await boss.say(`/issued ${code}`);
    expect(boss.last()?.text).toContain("Kode booking tidak dikenal");
    expect(restricted.sandbox.controls.callCount("getissued-json")).toBe(0);
    // Now that the issuer has talked to the bot, Telegram names them: the refusal says "Bos", not an id.
    await stranger.say(`/issued ${code}`);
    expect(stranger.last()?.text).toContain("tidak berhak issued");
    expect(stranger.last()?.text).toContain("Bos");
    expect(stranger.last()?.text).not.toContain("9100");
  });
});

describe("/cancel with an issue confirmation on screen", () => {
  /** A member with a booking, the issue calls so far, and the confirmation `/issued` put on screen. */
  async function confirmationOnScreen(id: number, days: number) {
    const agent = new Agent(h, { id, first_name: "Agen", language_code: "id" }, { id, type: "private" });
    const code = await bookOne(agent, `/cari CGK SUB ${futureDate(days).wire} 1`);
    const issues = h.sandbox.controls.callCount("getissued-json");
    await agent.say(`/issued ${code}`);
    return { agent, code, issues, shown: confirmButton(agent) };
  }

  it("withdraws it: its buttons go, the old confirm pays nothing, and a typed \"batal\" does the same", async () => {
    const { agent, code, issues, shown } = await confirmationOnScreen(9011, 31);
    const cancelled = await agent.say("/batal");
    expect(cancelled?.text).toContain(`Issued ${code} dibatalkan dan tidak dilanjutkan`);
    expect(h.emulator.chatMessages(agent.chat.id).find((m) => m.message_id === shown.messageId)?.reply_markup).toBeUndefined();
    // A client that still shows the old button (or a forged tap) finds the confirmation gone.
    expect((await forge(agent, shown.data)).toast).toBe("Sudah diproses atau kedaluwarsa.");
    expect(h.sandbox.controls.callCount("getissued-json")).toBe(issues);
    expect((await agent.say("/batal"))?.text).toBe("Tidak ada yang perlu dibatalkan.");

    await agent.say(`/issued ${code}`);
    const again = confirmButton(agent);
    expect((await agent.say("batal"))?.text).toContain("tidak dilanjutkan");
    expect((await forge(agent, again.data)).toast).toBe("Sudah diproses atau kedaluwarsa.");
    expect(h.sandbox.controls.callCount("getissued-json")).toBe(issues);
    expect(h.sandbox.controls.getBooking(code)?.status).not.toBe("issued");
  });

  it("✖️ on the confirmation replaces it with what happened: withdrawn, nothing spent", async () => {
    const { agent, code, issues, shown } = await confirmationOnScreen(9013, 33);
    const cancel = h.emulator.chatMessages(agent.chat.id).find((m) => m.message_id === shown.messageId)!
      .reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.startsWith("ix:")) as { callback_data: string };
    await agent.tap({ data: cancel.callback_data });
    const after = h.emulator.chatMessages(agent.chat.id).find((m) => m.message_id === shown.messageId)!;
    expect(after.text).toContain(`Issued ${code} dibatalkan`);
    expect(after.text).not.toContain("Deposit akan terpakai");
    expect(after.reply_markup).toBeUndefined();
    expect((await forge(agent, shown.data)).toast).toBe("Sudah diproses atau kedaluwarsa.");
    expect(h.sandbox.controls.callCount("getissued-json")).toBe(issues);
  });

  it("withdraws every confirmation the member has on screen, and says a search in progress ended too", async () => {
    const { agent, code: a, issues, shown: first } = await confirmationOnScreen(9012, 32);
    // Asked again (a second confirmation of the same booking, as a hurried agent does).
    await agent.say(`/issued ${a}`);
    const second = confirmButton(agent);
    await agent.say("/cari CGK");
    const answer = (await agent.say("/batal"))?.text ?? "";
    expect(answer).toContain("Dibatalkan.");
    expect(answer.match(new RegExp(`Issued ${a} dibatalkan`, "g"))).toHaveLength(2);
    for (const shown of [first, second]) {
      expect(h.emulator.chatMessages(agent.chat.id).find((m) => m.message_id === shown.messageId)?.reply_markup).toBeUndefined();
      expect((await forge(agent, shown.data)).toast).toBe("Sudah diproses atau kedaluwarsa.");
    }
    expect(h.sandbox.controls.callCount("getissued-json")).toBe(issues);
  });
});
