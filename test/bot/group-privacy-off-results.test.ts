import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator } from "../support/telegram/index.js";

/** A group where the bot reads every message (privacy mode off in BotFather). */
let open: Harness;
beforeAll(async () => { open = await startHarness({ emulator: await startTelegramEmulator({ privacyMode: false }) }); });
afterAll(async () => { await open?.close(); });

let nextId = 96_700;
function groupOf() {
  const chat = { id: -1_009_670_000 - nextId, type: "supergroup" as const, title: "Agen Makmur" };
  const rina = new Agent(open, { id: nextId++, first_name: "Rina", language_code: "id" }, chat);
  const budi = new Agent(open, { id: nextId++, first_name: "Budi", language_code: "id" }, chat);
  return { chat, rina, budi };
}

const QUOTE = /Sisa kursi/;
const botCount = (a: Agent) => open.emulator.chatMessages(a.chat.id).filter((m) => m.fromBot).length;

describe("privacy mode off: the member's own answers at the results list, typed without a reply", () => {
  it.each([["no 2"], ["2"]])("%s opens her list's second flight; the list doesn't ask for a reply", async (typed) => {
    const { rina } = groupOf();
    const list = await rina.say(`/cari cgk dps ${futureDate(44).wire} 1`);
    expect(list?.text).not.toContain("balas pesan ini");
    const second = list!.reply_markup!.inline_keyboard.flat()[1]!.text.split(" ")[0]!;
    const reply = await rina.say(typed);
    expect(reply?.text).toMatch(QUOTE);
    expect(reply?.text).toContain(second);
  });

  it("a flight code and another date are taken too", async () => {
    const { rina } = groupOf();
    const list = await rina.say(`/cari cgk dps ${futureDate(45).wire} 1`);
    const code = list!.reply_markup!.inline_keyboard.flat()[0]!.text.split(" ")[0]!;
    expect((await rina.say(code.replace("-", "")))?.text).toContain(code);
    await rina.tap("Penerbangan lain");
    const tomorrow = await rina.say("bsk");
    expect(tomorrow?.text).toMatch(/CGK → DPS · \w+ \d+ \w+ · 1 penumpang/);
    expect(tomorrow?.text).not.toBe(list?.text);
  });

  it("other members' chatter stays chatter, and so does hers when it reads as nothing or replies to someone else", async () => {
    const { rina, budi } = groupOf();
    await rina.say(`/cari cgk dps ${futureDate(46).wire} 1`);
    const before = botCount(rina);
    await budi.say("2");
    await budi.say("garuda aja");
    await rina.say("bentar ya bu, customernya lagi mikir");
    const budiMessage = await budi.say("rin, yg pagi aja katanya");
    expect(budiMessage).toBeDefined();
    const budiId = open.emulator.chatMessages(rina.chat.id).filter((m) => !m.fromBot && m.from.id === budi.user.id).at(-1)!.message_id;
    await rina.say("2", budiId);
    expect(botCount(rina)).toBe(before);
    // Her list is still hers: the next answer to it is read.
    expect((await rina.say("1"))?.text).toMatch(QUOTE);
  });

  it("her own chatter without a reply leaves her list alone: greetings, paging, picks and parties in words are read only as a reply", async () => {
    const { rina } = groupOf();
    const list = await rina.say(`/cari cgk dps ${futureDate(47).wire} 2`);
    const board = await open.app.deps.searches.board(rina.chat.id, rina.user.id);
    const before = botCount(rina);
    for (const chatter of ["Siang kak", "pagi bu", "malam kak", "sore pak", "jam 12 ya", "ok lanjut", "lagi", "yg lain", "murah ya", "first", "ke 3 ya", "sendiri", "lion", "gak usah kak", "stop", "jadi 3", "99"]) {
      await rina.say(chatter);
    }
    expect(botCount(rina)).toBe(before);
    expect(await open.app.deps.searches.board(rina.chat.id, rina.user.id)).toEqual(board);
    // The same words as a reply to the list are hers to it; a mention of the bot too.
    expect((await rina.say("ke 3 ya", list!.message_id))?.text).toMatch(QUOTE);
  });

  it("a mention of the bot reads the informal words; plain batal without a reply cancels", async () => {
    const { rina } = groupOf();
    const list = await rina.say(`/cari cgk dps ${futureDate(48).wire} 1`);
    const second = list!.reply_markup!.inline_keyboard.flat()[1]!.text.split(" ")[0]!;
    const opened = await rina.say(`@${open.emulator.botInfo.username} yg kedua`);
    expect(opened?.text).toMatch(QUOTE);
    expect(opened?.text).toContain(second);
    const { rina: dewi } = groupOf();
    await dewi.say(`/cari cgk dps ${futureDate(48).wire} 1`);
    expect((await dewi.say("batal"))?.text).toBe("Pencarian Rina dibatalkan.");
    expect(await open.app.deps.searches.board(dewi.chat.id, dewi.user.id)).toBeUndefined();
  });
});
