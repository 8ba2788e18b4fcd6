import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "./journey-steps.js";
import { money } from "../security/helpers.js";

/**
 * The ✅ and ✖️ of an issue confirmation, their callback data forged from another chat (a group, a
 * private chat): answered exactly as a made-up token, so a stranger can't learn a payment is waiting.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

/** Every call the bot made for one forged tap, the callback's own id left out (it differs per tap). */
async function forged(agent: Agent, data: string) {
  const target = h.emulator.chatMessages(agent.chat.id).filter((m) => m.fromBot).at(-1)!;
  const before = h.emulator.calls.length;
  const sent = h.emulator.chatMessages(agent.chat.id).length;
  await h.app.bot.handleUpdate(h.emulator.forgeCallback({ chat: agent.chat, from: agent.user, messageId: target.message_id, data }));
  const calls = h.emulator.calls.slice(before).map((c) => {
    const { callback_query_id: _id, ...payload } = c.payload as Record<string, unknown>;
    return { method: c.method, payload };
  });
  return { calls, messages: h.emulator.chatMessages(agent.chat.id).length - sent };
}

const cases = [
  { lang: "id", search: "/cari", issue: "Issued sekarang", gone: "Sudah diproses atau kedaluwarsa.", done: "berhasil issued" },
  { lang: "en", search: "/search", issue: "Issue now", gone: "Already handled or expired.", done: "issued" },
] as const;

describe.each(cases)("a confirmation's buttons forged from another chat ($lang)", ({ lang, search, issue, gone, done }) => {
  it("in another group and in a private chat: exactly what a made-up token gets, and the asker's confirmation still works", async () => {
    const base = lang === "id" ? 951_1000 : 951_2000;
    const owner = new Agent(h, { id: base + 1, first_name: "Rina", language_code: lang }, { id: base + 1, type: "private" });
    const code = await bookOne(owner, `${search} cgk sub ${futureDate(lang === "id" ? 24 : 25).wire} 1`);
    await owner.tap(issue);
    const confirmation = owner.last()!;
    const [confirm, cancel] = confirmation.reply_markup!.inline_keyboard.flat().map((b) => ("callback_data" in b ? b.callback_data : ""));
    expect(confirm).toMatch(/^ic:/);
    expect(cancel).toMatch(/^ix:/);

    const strangerUser = { id: base + 2, first_name: "Joko", language_code: lang };
    const dm = new Agent(h, strangerUser, { id: base + 2, type: "private" });
    await dm.say("/start");
    const group = new Agent(h, strangerUser, { id: -(base + 3), type: "group", title: "Grup Lain" });
    await group.say(`/help@${h.emulator.botInfo.username}`);
    expect(h.emulator.chatMessages(group.chat.id).some((m) => m.fromBot), group.transcript(4)).toBe(true);

    const before = money(h);
    for (const stranger of [dm, group]) {
      for (const [real, madeUp] of [[confirm!, "ic:AAAAAAAA"], [cancel!, "ix:AAAAAAAA"]] as const) {
        const theirs = await forged(stranger, real);
        const made = await forged(stranger, madeUp);
        expect(theirs, `${stranger.chat.type} ${real}`).toEqual(made);
        // Only the toast (in a group, once Telegram is asked whether the tapper is still in it: real and made-up alike).
        expect(theirs.calls.map((c) => c.method).filter((m) => m !== "getChatMember")).toEqual(["answerCallbackQuery"]);
        expect(theirs.calls.at(-1)!.payload).toEqual({ text: gone });
        expect(theirs.messages).toBe(0);
      }
    }
    expect(money(h)).toEqual(before);
    expect(h.sandbox.controls.getBooking(code)?.status).not.toBe("issued");
    // Nothing was used up or withdrawn: the asker's ✅ still pays, once.
    expect(h.emulator.chatMessages(owner.chat.id).find((m) => m.message_id === confirmation.message_id)?.text).toBe(confirmation.text);
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: owner.chat, from: owner.user, messageId: confirmation.message_id, data: confirm! }));
    expect(owner.botTexts().join("\n")).toContain(`${code} ${done}`);
    expect(money(h).issues).toBe(before.issues + 1);
  });
});
