import { expect } from "vitest";
import { futureDate, type Agent, type Harness } from "./bot-harness.js";
import { tiketPlain, tiketPlainDay } from "./sandbox-days.js";
import { flightButtons } from "./result-buttons.js";

/*
 * A tiket.com booking made through the bot, for the tests of what happens when it is paid: a day and a flight
 * that need no captcha, every question the flight asks answered as a hurried agent would.
 */

/** Searches, opens a flight without a captcha (not Lion's JT or Citilink's QG), books it: its order id. */
export async function bookTiketPlain(agent: Agent, en: boolean, route: string, days: number, name: string): Promise<string> {
  await agent.say(`${en ? "/search" : "/cari"} ${route} ${tiketPlainDay(route, days).wire} 1`);
  const buttons = flightButtons(agent);
  await agent.tap({ data: buttons.find((b) => tiketPlain(b.text))!.callback_data });
  await agent.tap(en ? "Continue" : "Lanjut");
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
  await agent.tap(en ? "✅ Book" : "✅ Booking");
  const code = /(?:Kode|Code): (\d+)/.exec(agent.last()?.text ?? "")?.[1];
  expect(code, agent.transcript(6)).toBeDefined();
  return code!;
}

/** Taps the confirmation's ✅ twice (a double tap: the second sent before the first's answer took the button away). */
export async function confirmTwice(h: Harness, user: { id: number; first_name: string }, chat: { id: number; type: "private" }, label: string): Promise<void> {
  const message = h.emulator.chatMessages(chat.id).filter((m) => m.fromBot && m.reply_markup).at(-1)!;
  const button = message.reply_markup!.inline_keyboard.flat().find((b) => b.text.includes(label)) as { callback_data: string };
  // Both taps are on the button as it was: the second reaches the bot after the first was answered.
  const tap = () => h.emulator.clickButton({ chat, from: user, messageId: message.message_id, data: button.callback_data });
  const [first, second] = [tap(), tap()];
  await h.app.bot.handleUpdate(first);
  await h.app.bot.handleUpdate(second);
}

/** The words of the steps in the agent's language: the search command, "Continue" and the summary's title. */
export type SummaryWords = { search: string; go: string; check: string };

/** Searches CGK → PDG, opens a flight without a captcha (not Lion's JT or Citilink's QG) and answers up to the summary. */
export async function toPlainSummary(agent: Agent, w: SummaryWords, lang: "id" | "en", from: number): Promise<void> {
  let pick: { text: string; callback_data: string } | undefined;
  for (let d = from; d < from + 20 && !pick; d += 2) {
    await agent.say(`${w.search} CGK PDG ${futureDate(d).wire} 1`);
    const offers = (agent.last()?.reply_markup?.inline_keyboard.flat() ?? []).filter((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
    pick = offers.find((b) => !/^(JT|QG)/.test(b.text));
  }
  await agent.tap({ data: pick!.callback_data });
  await agent.tap(w.go);
  let msg = await agent.say("Mr Fajar Nugroho");
  for (let i = 0; i < 8 && !msg?.text?.includes(w.check); i++) {
    const q = msg?.text ?? "";
    if (/Tanggal lahir|Date of birth/.test(q)) msg = await agent.say("17-08-1990");
    else if (/KTP|NIK|ID number/.test(q) && !/Paspor|Passport/.test(q)) msg = await agent.say("3174092302900001");
    else if (/E-mail kontak|Contact e-mail/i.test(q)) msg = await agent.say("fajar@example.com");
    else if (/Nomor HP|mobile number/i.test(q)) msg = await agent.say("081234567890");
    else if (/kontak terakhir|last contact/i.test(q)) msg = await agent.tap(lang === "id" ? "✅ Pakai" : "✅ Use");
    else throw new Error(`unexpected question: ${q}`);
  }
}
