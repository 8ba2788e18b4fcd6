import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import type { StoredMessage } from "../support/telegram/index.js";
import { bookOne } from "./journey-steps.js";
import { dayWith, firstPageAsksOnlyName, labelAsksOnlyName } from "../support/sandbox-days.js";
import { money } from "../security/helpers.js";

/**
 * A booking whose issue got no clear answer (MMBC's getissued answered nothing readable: the code is held)
 * is not offered as payable by `/issued` without a code, nor by "issued dong": it is listed as being
 * checked, with how to check it, and a tap on an offer shown before the attempt pays nothing again.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const callbacks = (m: StoredMessage | undefined) => (m?.reply_markup?.inline_keyboard.flat() ?? []).map((b) => ("callback_data" in b ? b.callback_data : ""));
const labels = (m: StoredMessage | undefined) => (m?.reply_markup?.inline_keyboard.flat() ?? []).map((b) => b.text);

/**
 * Another booking in a chat that has one: the chat's last contact is taken. The search's list is on a day
 * with a first-page flight that asks only the name, and that one is picked (the steps below assume it).
 */
async function bookAgain(a: Agent, search: string, name: string): Promise<string> {
  await a.say(search);
  await a.tap(a.last()!.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.includes(":o:") && labelAsksOnlyName(b.text, "CGK", "DPS"))!.text);
  await a.tap(a.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
  await a.say(name);
  expect(a.last()?.text, a.transcript(4)).toMatch(/kontak terakhir|last contact/);
  await a.tap("✅");
  await a.tap(a.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
  const code = /(?:Kode|Code): ([A-Z0-9]{6})/.exec(a.last()?.text ?? "")?.[1];
  expect(code, a.transcript(6)).toBeDefined();
  return code!;
}

const cases = [
  {
    lang: "id", base: 965_100, search: "/cari", issue: "/issued", confirm: "✅ Issued", typed: "issued dong", day: 61,
    which: "Booking mana yang mau di-issued?", checking: "sedang dicek: tidak akan saya bayar lagi sampai", check: (c: string) => `/cek ${c}`, statusButton: (c: string) => `🔎 Cek ${c}`,
  },
  {
    lang: "en", base: 965_200, search: "/search", issue: "/issue", confirm: "✅ Issue", typed: "issue pls", day: 71,
    which: "Which booking should be issued?", checking: "is being checked: I won't pay for it again until", check: (c: string) => `/status ${c}`, statusButton: (c: string) => `🔎 Status ${c}`,
  },
] as const;

describe.each(cases)("$issue without a code, an issue of one booking unclear ($lang)", ({ lang, base, search, issue, confirm, typed, day, which, checking, check, statusButton }) => {
  it("offers only the payable one, shows the unclear one as being checked with how to check it, and an old offer's tap pays nothing", async () => {
    const a = new Agent(h, { id: base + 1, first_name: "Rina", language_code: lang }, { id: base + 1, type: "private" });
    const unclear = await bookOne(a, `${search} cgk sub ${futureDate(day).wire} 1`);
    const payable = await bookAgain(a, `${search} cgk dps ${dayWith(["CGK", "DPS"], firstPageAsksOnlyName("CGK", "DPS"), day + 1).wire} 1`, "Ny Siti Aminah");

    // The offer as it was before the attempt: both payable.
    const old = await a.say(issue);
    expect(callbacks(old)).toEqual([`b:i:mmbc:${payable}`, `b:i:mmbc:${unclear}`]);

    h.sandbox.controls.setFault("getissued-json", { kind: "html" }, 1);
    await a.say(`${issue} ${unclear}`);
    await a.tap(confirm);
    expect((await a.say(`${check(unclear)}`))?.text, a.transcript(3)).toContain(checking);
    const before = money(h);

    for (const words of [issue, typed]) {
      const offer = await a.say(words);
      expect(offer?.text, a.transcript(2)).toContain(which);
      expect(callbacks(offer), words).not.toContain(`b:i:mmbc:${unclear}`);
      expect(callbacks(offer), words).toContain(`b:i:mmbc:${payable}`);
      expect(callbacks(offer), words).toContain(`b:s:mmbc:${unclear}`);
      expect(labels(offer), words).toContain(statusButton(unclear));
      expect(offer?.text, words).toContain(unclear);
      expect(offer?.text, words).toContain(checking);
      expect(offer?.text, words).toContain(check(unclear));
    }

    // The offer shown before the attempt, tapped now: what an issue in doubt says, and no confirmation.
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: a.chat, from: a.user, messageId: old!.message_id, data: `b:i:mmbc:${unclear}` }));
    const tapped = a.last();
    expect(tapped?.text, a.transcript(2)).toContain(unclear);
    expect(callbacks(tapped).some((d) => d.startsWith("ic:"))).toBe(false);
    expect(money(h)).toEqual(before);
  });
});
