import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

// A search typed without /search, led by its route, with a word the typed-request reader doesn't list
// ("cheapest", "lion", "termurah", "pgi"): searched as /search with the same words is, what was left out named,
// never thrown away for "Type /search…".
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 71_300;
const fresh = () => (nextId += 7);
const privateAgent = (lang: "id" | "en") => { const id = fresh(); return new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" }); };
const said = (a: Agent, from: number) => a.h.emulator.chatMessages(a.chat.id).slice(from).filter((m) => m.fromBot)
  .map((m) => `${m.text ?? m.caption ?? ""}${m.reply_markup ? ` [${m.reply_markup.inline_keyboard.flat().map((b) => b.text).join(" | ")}]` : ""}`);
async function answer(a: Agent, text: string): Promise<string[]> {
  const from = a.h.emulator.chatMessages(a.chat.id).length;
  await a.say(text);
  return said(a, from);
}

describe("a route-led search with a word the reader doesn't list", () => {
  // The list's own words ("cheapest", "lion", "direct") are applied to the list (search-line-list-words.test.ts).
  it.each([["cgk dps tmrw 2 adults 1 infant cheapest morning"], ["cgk dps tmrw 2 pax, cheapest pls"], ["cgk dps tmrw 2 pax lion"], ["cgk dps tmrw direct"]])(
    "en: %s searches as /search does, nothing left out",
    async (typed) => {
      const got = await answer(privateAgent("en"), typed);
      expect(got.join("\n")).not.toContain("left it out");
      expect(got).toEqual(await answer(privateAgent("en"), `/search ${typed}`));
      expect(got.join("\n")).toContain("CGK → DPS");
    },
  );

  it("en: a word neither read nor the list's is still named as left out", async () => {
    const got = await answer(privateAgent("en"), "cgk dps tmrw 2 pax asap");
    expect(got[0]).toBe(`I didn't understand this part and left it out: "asap".`);
    expect(got).toEqual(await answer(privateAgent("en"), "/search cgk dps tmrw 2 pax asap"));
  });

  it.each(["cgk dps day after tomorrow 1", "cgk dps this friday 2", "cgk dps in 3 days 2", "cgk dps 2 pax on 15 jan", "cgk to dps on the 15th 1 pax"])(
    "en: %s searches as /search does, nothing left out",
    async (typed) => {
      const got = await answer(privateAgent("en"), typed);
      expect(got.join("\n")).not.toContain("left it out");
      expect(got.join("\n")).not.toContain("Type /search");
      expect(got).toEqual(await answer(privateAgent("en"), `/search ${typed}`));
    },
  );

  it.each(["cgk dps bsk termurah 2", "cgk dps bsk 2 paling murah", "cgk-dps bsk langsung 2"])("id: %s searches as /cari does, nothing left out", async (typed) => {
    const got = await answer(privateAgent("id"), typed);
    expect(got.join("\n")).not.toContain("tidak dipakai");
    expect(got).toEqual(await answer(privateAgent("id"), `/cari ${typed}`));
  });

  it.each(["cgk dps besok malem 2", "cgk dps bsk malem 2", "cgk dps besok mlm 2", "cgk dps bsk pgi 2", "cgk dps jum'at 1", "cgk dps senin dpn 2", "cgk dps bsk 2 org dewasa 1 anak umur 5th"])(
    "id: %s searches as /cari does, nothing left out",
    async (typed) => {
      const got = await answer(privateAgent("id"), typed);
      expect(got.join("\n")).not.toContain("tidak dipakai");
      expect(got.join("\n")).not.toContain("Ketik /cari");
      expect(got).toEqual(await answer(privateAgent("id"), `/cari ${typed}`));
    },
  );

  it("id: 'cgk jogya bsk 1' is Yogyakarta, searched as /cari jogja is", async () => {
    const got = await answer(privateAgent("id"), "cgk jogya bsk 1");
    expect(got).toEqual(await answer(privateAgent("id"), "/cari cgk jogja bsk 1"));
    expect(got.join("\n")).toContain("CGK → JOG");
  });

  it("chatter with a route stays chatter", async () => {
    for (const typed of ["cgk dps macet parah", "cgk dps besok rame banget ya kak macet parah", "cgk dps bsk delay ga?"]) {
      expect(await answer(privateAgent("id"), typed), typed).toEqual(["Ketik /cari untuk mencari penerbangan, atau /bantuan untuk semua perintah."]);
    }
    expect(await answer(privateAgent("en"), "cgk dps tmrw is it delayed?")).toEqual(["Type /search to find a flight, or /help for all commands."]);
  });

  it("in a group, an @mention with the same line searches too", async () => {
    const group = { id: -1_007_130_000, type: "group" as const, title: "Bali Agency" };
    const boss = { id: fresh(), first_name: "Boss", language_code: "en" };
    h.emulator.setChatAdministrators(group.id, [boss.id]);
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, boss));
    const a = new Agent(h, boss, group);
    const got = await answer(a, `@${h.emulator.botInfo.username} cgk dps tmrw 2 adults 1 infant cheapest morning`);
    expect(got.join("\n")).not.toContain("left it out");
    expect(got.join("\n")).toContain("Filter: All airlines · morning");
  });
});
