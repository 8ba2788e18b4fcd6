import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * A group upgraded to a supergroup gets a new id, and a member's flow open in the old one can't go on (its
 * questions are the old chat's messages). Before, it vanished without a word: her next answer in the
 * supergroup got "Ketik /cari…". Now each member with a flow open is told once, in the supergroup.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness({ use: "mmbc" }); });
afterAll(async () => { await h?.close(); });

const words = {
  id: { search: "/cari", go: "Lanjut", name: "Penumpang 1 dari 1", told: (n: string) => `Grup ini di-upgrade menjadi supergroup, jadi pencarian ${n} yang sedang berjalan tidak bisa dilanjutkan: ketik /cari lagi.` },
  en: { search: "/search", go: "Continue", name: "Passenger 1 of 1", told: (n: string) => `This group was upgraded to a supergroup, so ${n}'s search in progress can't go on: type /search again.` },
} as const;

let n = 0;
describe.each(["id", "en"] as const)("a group upgraded while a member's flow is open (%s)", (lang) => {
  const w = words[lang];

  it("the member is told once in the supergroup; a member without a flow is not named", async () => {
    n++;
    const group = { id: -7_690_100 - n, type: "group" as const, title: "Agency X" };
    const joko = { id: 76_960 + n, first_name: "Joko", language_code: lang };
    const rina = { id: 76_970 + n, first_name: "Rina", language_code: lang };
    for (const u of [joko, rina]) h.emulator.addMember(group.id, u.id);
    const J = new Agent(h, joko, group);
    await new Agent(h, rina, group).say("halo");
    const list = (await J.say(`${w.search}@${h.emulator.botInfo.username} CGK SUB ${futureDate(46).wire} 1`))!;
    const flight = list.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { callback_data: string };
    await J.tap({ data: flight.callback_data });
    expect((await J.tap(w.go))?.text).toContain(w.name);
    const superId = -1_000_769_100 - n;
    h.emulator.migrateGroup(group, superId);
    for (const u of h.emulator.takeUpdates()) await h.app.bot.handleUpdate(u);
    const said = h.emulator.chatMessages(superId).filter((m) => m.fromBot).map((m) => m.text);
    expect(said).toEqual([`⬆️ ${w.told("Joko")}`]);
    expect(h.emulator.errors).toEqual([]);
  });
});
