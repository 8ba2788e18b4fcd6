import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "./journey-steps.js";
import { dayWith, firstPageAsksOnlyName, labelAsksOnlyName } from "../support/sandbox-days.js";
import { forge, money } from "../security/helpers.js";

/**
 * `/issued` (`/issue`) without a code offers this chat's bookings still to be paid as buttons, newest
 * first; a tap opens the confirmation `/issued <code>` opens, and the code typed next is taken too. With
 * none to pay, how to type the code, as before. `/cek` (`/status`) without a code offers the chat's newest.
 * A button's data forged in another chat answers as a made-up code does.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

type Button = { text: string; callback_data: string };
const buttons = (a: Agent) => (a.lastForMe()?.reply_markup?.inline_keyboard.flat() ?? []) as Button[];

/** Another booking in a chat that has one: the chat's last contact is taken. */
/** The search's list is on a day with a first-page flight that asks only the name (the steps below assume it). */
async function bookAgain(a: Agent, search: string, name: string): Promise<string> {
  await a.say(search);
  const flight = a.last()!.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.includes(":o:") && labelAsksOnlyName(b.text, "CGK", "DPS")) as Button;
  await a.tap({ data: flight.callback_data });
  await a.tap(a.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
  await a.say(name);
  expect(a.last()?.text, a.transcript(4)).toMatch(/kontak terakhir|last contact/);
  await a.tap("✅");
  await a.tap(a.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
  const code = /(?:Kode|Code): ([A-Z0-9]{6})/.exec(a.last()?.text ?? "")?.[1];
  expect(code, a.transcript(6)).toBeDefined();
  return code!;
}

/** One member's booking in a privacy-mode group (as security/helpers.ts bookInGroup), in either language. */
async function bookInGroup(a: Agent, name: string, days: number): Promise<string> {
  // A day with a first-page flight that asks only the name: the answers below are the name, then the contact.
  await a.say(`/cari@${a.h.emulator.botInfo.username} CGK SUB ${dayWith(["CGK", "SUB"], firstPageAsksOnlyName("CGK", "SUB"), days).wire} 1`);
  const flight = a.lastForMe()!.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.includes(":o:") && labelAsksOnlyName(b.text, "CGK", "SUB")) as Button;
  await a.tap({ data: flight.callback_data });
  await a.tap((a.lastForMe()!.reply_markup!.inline_keyboard.flat()[0] as Button).text);
  await a.reply(name);
  await a.reply("ani@example.com");
  await a.reply("081234567890");
  await a.tap((a.lastForMe()!.reply_markup!.inline_keyboard.flat()[0] as Button).text);
  const code = /(?:Kode|Code): ([A-Z0-9]{6})/.exec(a.lastForMe()?.text ?? "")?.[1];
  expect(code, a.transcript(8)).toBeDefined();
  return code!;
}

const cases = [
  {
    lang: "id", base: 962_1000, search: "/cari", issue: "/issued", status: "/cek", confirm: "Issued", day: 21,
    which: "Booking mana yang mau di-issued? Ketuk kodenya (yang belum dibayar, terbaru di depan), atau ketik: /issued ABC123",
    usage: "Ketik kode booking: /issued ABC123",
    check: "Booking mana yang mau dicek? Ketuk kodenya, atau ketik: /cek ABC123",
  },
  {
    lang: "en", base: 962_2000, search: "/search", issue: "/issue", status: "/status", confirm: "Issue", day: 31,
    which: "Which booking should be issued? Tap its code (not paid yet, newest first), or type it: /issue ABC123",
    usage: "Type the booking code: /issue ABC123",
    check: "Which booking should I check? Tap its code, or type it: /status ABC123",
  },
] as const;

describe.each(cases)("$issue without a code ($lang)", ({ lang, base, search, issue, status, confirm, day, which, usage, check }) => {
  it("in a private chat: the unpaid bookings newest first, a tap opens the confirmation, a code typed next is taken; an issued one is not offered", async () => {
    const a = new Agent(h, { id: base + 1, first_name: "Rina", language_code: lang }, { id: base + 1, type: "private" });
    const older = await bookOne(a, `${search} cgk sub ${futureDate(day).wire} 1`);
    const newer = await bookAgain(a, `${search} cgk dps ${dayWith(["CGK", "DPS"], firstPageAsksOnlyName("CGK", "DPS"), day + 1).wire} 1`, "Ny Siti Aminah");

    await a.say(`${issue} ${newer}`);
    const typed = a.last()!.text!;
    expect(typed).toContain(newer);
    expect(typed).toMatch(/💳/);

    await a.say(issue);
    expect(a.last()?.text).toBe(which);
    expect(buttons(a).map((b) => b.text)).toEqual([`${newer} · CGK→DPS`, `${older} · CGK→SUB`]);
    expect(buttons(a)[0]!.callback_data).toBe(`b:i:mmbc:${newer}`);
    await a.tap(`${newer} · CGK→DPS`);
    expect(a.last()?.text).toBe(typed);

    // As after "Type the booking code": the code typed next is the one to issue.
    await a.say(issue);
    await a.say(older.toLowerCase());
    expect(a.last()?.text).toContain(older);
    expect(a.last()?.text).toMatch(/💳/);
    // Paid: no longer offered.
    expect(buttons(a)[0]!.text).toContain(`✅ ${confirm}`);
    await a.tap(buttons(a)[0]!.text);
    await h.emulator.waitFor(() => h.emulator.chatMessages(a.chat.id).some((m) => m.document?.file_name === `etiket-${older}.pdf`));
    await a.say(issue);
    expect(buttons(a).map((b) => b.text)).toEqual([`${newer} · CGK→DPS`]);

    // /cek without a code: the chat's newest, paid or not; a tap is the status card.
    await a.say(status);
    expect(a.last()?.text).toBe(check);
    expect(buttons(a).map((b) => b.text)).toEqual([`${newer} · CGK→DPS`, `${older} · CGK→SUB`]);
    expect(buttons(a)[1]!.callback_data).toBe(`b:s:mmbc:${older}`);
    await a.tap(`${older} · CGK→SUB`);
    expect(a.last()?.text).toContain(`🔎 ${older}`);
  });

  it("with nothing to pay: how to type the code, as before", async () => {
    const a = new Agent(h, { id: base + 2, first_name: "Rina", language_code: lang }, { id: base + 2, type: "private" });
    await a.say(issue);
    expect(a.last()?.text).toBe(usage);
    expect(a.last()?.reply_markup).toBeUndefined();
    // A code typed next is still taken.
    await a.say("ZZZZZZ");
    expect(a.last()?.text).toMatch(lang === "id" ? /^🔎 Kode booking tidak dikenal/ : /^🔎 The provider doesn't know/);
  });

  it("in a group: the group's unpaid bookings in a reply to the member; the button forged in another chat answers as a made-up code", async () => {
    const group = { id: -(base + 10), type: "group" as const, title: "Agen Issued" };
    const ani = { id: base + 11, first_name: "Ani", language_code: lang };
    h.emulator.setChatAdministrators(group.id, [ani.id]);
    const A = new Agent(h, ani, group);
    const code = await bookInGroup(A, "Mrs Ani Lestari", day + 5);
    await A.say(issue);
    const asked = h.emulator.chatMessages(group.id).filter((m) => !m.fromBot && m.text === issue).at(-1)!;
    const answer = A.lastForMe()!;
    expect(answer.text).toBe(which);
    expect(answer.reply_to_message_id).toBe(asked.message_id);
    expect(buttons(A).map((b) => b.text)).toEqual([`${code} · CGK→SUB`]);
    const data = buttons(A)[0]!.callback_data;
    await A.tap(`${code} · CGK→SUB`);
    const confirmation = h.emulator.chatMessages(group.id).filter((m) => m.fromBot).at(-1)!;
    expect(confirmation.text).toContain(code);
    expect(confirmation.text).toMatch(/💳/);

    // A stranger who copies the button's data into his own chats learns nothing: as a made-up code.
    const joko = { id: base + 12, first_name: "Joko", language_code: lang };
    const dm = new Agent(h, joko, { id: base + 12, type: "private" });
    await dm.say("/start");
    const other = new Agent(h, joko, { id: -(base + 13), type: "group", title: "Grup Lain" });
    await other.say(`/help@${h.emulator.botInfo.username}`);
    const spent = money(h);
    for (const stranger of [dm, other]) {
      const theirs = await forge(stranger, data);
      const madeUp = await forge(stranger, "b:i:mmbc:ZZZZZZ");
      expect(theirs, stranger.chat.type).toEqual(madeUp);
      expect(theirs.toast ?? theirs.reply).toMatch(/^🔎/);
      expect(`${theirs.toast ?? ""}${theirs.reply ?? ""}`).not.toContain(code);
      expect(h.emulator.chatMessages(group.id).filter((m) => m.fromBot).at(-1)?.text).toContain(code);
    }
    expect(money(h)).toEqual(spent);
    // Nor does the stranger's own /issued offer the group's booking.
    await dm.say(issue);
    expect(dm.last()?.text).toBe(usage);
  });
});
