import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

// "cgk-dps tgl 15 des pp 18 2 org" said 'Jumlah penumpang "18 2 org" tidak terbaca.': the 18 after "pp" is the
// return's day, as "pp 18/12" is, and the 2 org the party.
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let nextId = 71_900;
const agent = () => { const id = (nextId += 7); return new Agent(h, { id, first_name: "Budi", language_code: "id" }, { id, type: "private" }); };
async function answer(a: Agent, text: string): Promise<string[]> {
  const from = a.h.emulator.chatMessages(a.chat.id).length;
  await a.say(text);
  return a.h.emulator.chatMessages(a.chat.id).slice(from).filter((m) => m.fromBot)
    .map((m) => `${m.text ?? m.caption ?? ""}${m.reply_markup ? ` [${m.reply_markup.inline_keyboard.flat().map((b) => b.text).join(" | ")}]` : ""}`);
}

describe("a bare return day after 'pp'", () => {
  it("typed or after /cari, the return day is read as 'pp <day>/<month>' is and the party searched", async () => {
    const out = futureDate(20);
    const back = futureDate(23);
    const day = Number(back.wire.slice(0, 2));
    const full = await answer(agent(), `/cari cgk-dps tgl ${out.wire} pp ${back.wire} 2 org`);
    expect(full.join("\n")).not.toContain("tidak terbaca");
    expect(full.join("\n")).toContain(`/cari DPS CGK ${back.wire}`);
    expect(await answer(agent(), `/cari cgk-dps tgl ${out.wire} pp ${day} 2 org`)).toEqual(full);
    expect(await answer(agent(), `cgk-dps tgl ${out.wire} pp ${day} 2 org`)).toEqual(full);
  });
});
