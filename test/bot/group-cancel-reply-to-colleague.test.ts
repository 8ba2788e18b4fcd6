import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { dayWith, firstPageAsksOnlyName, labelAsksOnlyName } from "../support/sandbox-days.js";

/**
 * A member with her own open search replies "cancel" to a colleague's question: the colleague's question
 * is not hers to answer, and nothing of hers is cancelled (she is told whose question it is, as any other
 * reply to it is). A reply to that notice is no pick of an older list of hers.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let n = 0;
const bot = () => `@${h.emulator.botInfo.username}`;
const count = (a: Agent) => h.emulator.chatMessages(a.chat.id).length;

async function twoMembers() {
  n++;
  const group = { id: -1_003_610_000 - n, type: "group" as const, title: "Bali Jaya Tour" };
  const budi = new Agent(h, { id: 36_200 + n, first_name: "Budi", language_code: "id" }, group);
  const wayan = new Agent(h, { id: 36_300 + n, first_name: "Wayan", language_code: "en" }, group);
  // A day whose first page has a flight asking only the name, picked by its number: his name then leads to the contact.
  const results = await budi.say(`/cari${bot()} cgk sub ${dayWith(["CGK", "SUB"], firstPageAsksOnlyName("CGK", "SUB"), 30).wire} 1`);
  const offers = (results?.reply_markup?.inline_keyboard.flat() ?? []).filter((b) => "callback_data" in b && b.callback_data.includes(":o:"));
  await budi.reply(String(offers.findIndex((b) => labelAsksOnlyName(b.text, "CGK", "SUB")) + 1));
  const question = await budi.tap("Lanjut");
  expect(question?.text).toContain("Penumpang 1 dari 1");
  await wayan.say(`/search${bot()} cgk dps ${futureDate(30).wire} 1`);
  const list = wayan.lastForMe()!;
  expect(list.text).toContain("CGK → DPS");
  return { group, budi, wayan, question: question!, list };
}

describe("group: cancel replying to a colleague's question", () => {
  it.each(["cancel", "batal", "/cancel", "cancel it"])("%j is told the question is Budi's; Wayan's list stays open", async (word) => {
    const { budi, wayan, question, list } = await twoMembers();
    const from = count(wayan);
    await wayan.say(word, question.message_id);
    const said = wayan.botTexts(from);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain("That question is for Budi");
    // Her list still takes her pick; Budi's question still takes his name.
    await wayan.say("1", list.message_id);
    expect(wayan.lastForMe()?.text).toContain("Seats left");
    expect((await budi.reply("Tn Budi Santoso"))?.text).toMatch(/E-mail|kontak/);
  });

  it("a member without any flow gets the same notice for /cancel (not 'Nothing to cancel')", async () => {
    const { group, question } = await twoMembers();
    const rex = new Agent(h, { id: 36_400 + n, first_name: "Rex", language_code: "en" }, group);
    const from = count(rex);
    await rex.say("/cancel", question.message_id);
    expect(rex.botTexts(from)).toEqual([expect.stringContaining("That question is for Budi")]);
  });

  it("a cancel replying to nobody's question still cancels her own search", async () => {
    const { wayan, list } = await twoMembers();
    const from = count(wayan);
    await wayan.say("cancel", list.message_id);
    expect(wayan.botTexts(from)).toEqual(["Wayan's search cancelled."]);
  });

  it("a pick replying to the bot's notice is pointed at her own list (the hint replies to it), never read as a question of hers", async () => {
    const { wayan, question, list } = await twoMembers();
    await wayan.say("back", question.message_id);
    const notice = h.emulator.chatMessages(wayan.chat.id).filter((m) => m.fromBot).at(-1)!;
    expect(notice.text).toContain("That question is for Budi");
    const from = count(wayan);
    await wayan.say("1", notice.message_id);
    const said = wayan.botTexts(from).join("\n");
    expect(said).not.toContain("no longer your current one");
    expect(said).toContain("Your flight list is this one");
    expect(h.emulator.chatMessages(wayan.chat.id).filter((m) => m.fromBot).at(-1)!.reply_to_message_id).toBe(list.message_id);
  });
});
