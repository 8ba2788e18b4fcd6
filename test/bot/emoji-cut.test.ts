import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

// Half an emoji (a lone surrogate) makes real Telegram refuse the whole call ("strings must be encoded
// in UTF-8"), and the emulator now does too: a hint quoting the agent's words cut inside an emoji cost
// her the question and the search.
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

/** `n` UTF-16 units whose emoji straddles the quote's cut (at 30 units for the date question). */
const straddling = (n: number) => `${"q".repeat(n - 2)}😀zz`;
// Half an emoji, or the replacement character the last guard (telegram/bot-api-fetch.ts) would put in its place.
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\uFFFD/;

let nextId = 47_500;

describe("the agent's words quoted back with an emoji at the cut", () => {
  it.each([["id", "/cari", "Penumpang"], ["en", "/search", "passengers"]] as const)("%s: the date question quotes them whole-emoji and stays open; the next date goes on", async (lang, command, paxQuestion) => {
    const id = nextId++;
    const agent = new Agent(h, { id, first_name: "Sari", language_code: lang }, { id, type: "private" });
    await agent.say(`${command} cgk dps`);
    const from = h.emulator.calls.length;
    const hint = await agent.say(straddling(30));
    const failed = h.emulator.calls.slice(from).filter((c) => !c.ok);
    expect(failed).toEqual([]);
    expect(hint?.text).toContain("q…");
    expect(LONE.test(hint?.text ?? "")).toBe(false);
    expect((await agent.say(futureDate(20).wire))?.text).toMatch(new RegExp(paxQuestion, "i"));
  });

  it("id: words nobody read in the quick form, an emoji at their 60th unit, are said without half of it", async () => {
    const id = nextId++;
    const agent = new Agent(h, { id, first_name: "Sari", language_code: "id" }, { id, type: "private" });
    const from = h.emulator.calls.length;
    await agent.say(`/cari cgk dps ${futureDate(21).wire} 2 ${"kata ".repeat(11)}xxxx😀`);
    expect(h.emulator.calls.slice(from).filter((c) => !c.ok)).toEqual([]);
    const said = agent.botTexts(0).join("\n");
    expect(said).toContain("tidak saya pahami");
    expect(LONE.test(said)).toBe(false);
  });

  it("group: a colleague's toast naming a searcher whose name has an emoji at its 40th unit is sent", async () => {
    const group = { id: -1_004_750_001, type: "group" as const, title: "Cahaya Tour" };
    const owner = new Agent(h, { id: nextId++, first_name: `${"Travel Maju Jaya Sentosa Abadi Tour".padEnd(39, "x")}🙏✈️`, language_code: "id" }, group);
    const ani = new Agent(h, { id: nextId++, first_name: "Ani", language_code: "id" }, group);
    h.emulator.addMember(group.id, ani.user.id);
    await owner.say(`/cari@${h.emulator.botInfo.username} cgk sub ${futureDate(33).wire} 1`);
    const list = owner.lastForMe()!;
    const data = list.reply_markup!.inline_keyboard.flat().flatMap((b) => ("callback_data" in b ? [b] : [])).find((b) => b.text.includes("±3"))!.callback_data;
    const from = h.emulator.calls.length;
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: group, from: ani.user, messageId: list.message_id, data }));
    const toast = h.emulator.calls.slice(from).find((c) => c.method === "answerCallbackQuery");
    expect(toast?.ok).toBe(true);
    expect(String(toast?.payload.text)).toContain("Travel Maju Jaya");
    expect(LONE.test(String(toast?.payload.text))).toBe(false);
  });
});
