import type { InlineQueryResultArticle, InputTextMessageContent } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import type { UserRef } from "../support/telegram/index.js";

// Inline "CGK DPS 2 jan 3" got the generic "check the passengers" hint, where the chat asks whether 3 is the
// party or the return day. Inline can't ask back; the day is 2 Jan either way and agents write the party after
// the date ("25 des 2"), so 2 Jan's flights are answered for 3, each result saying 3 was read as passengers
// (the card sent to the customer says nothing of it). "CGK DPS 5 2", with no date, names both readings and
// searches nothing: they are different days.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const ayu: UserRef = { id: 7101, first_name: "Ayu", language_code: "en" };
const budi: UserRef = { id: 7102, first_name: "Budi", language_code: "id" };
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

async function inline(from: UserRef, query: string): Promise<InlineQueryResultArticle[]> {
  const before = h.emulator.calls.length;
  await h.app.bot.handleUpdate(h.emulator.inlineQuery({ from, query }));
  const answers = h.emulator.calls.slice(before).filter((c) => c.method === "answerInlineQuery");
  expect(answers).toHaveLength(1);
  return (answers[0]!.payload as unknown as { results: InlineQueryResultArticle[] }).results;
}

/** A day 1–5 of a coming month, as "2 jan", and its ISO date: the count after it (day + 1) is a later day of that month and a party. */
function earlyDay(): { typed: string; iso: string; day: number } {
  for (let n = 10; ; n++) {
    const d = futureDate(n);
    const day = Number(d.iso.slice(8, 10));
    if (day <= 5) return { typed: `${day} ${MONTHS[Number(d.iso.slice(5, 7)) - 1]}`, iso: d.iso, day };
  }
}

describe("inline: a count after a day and month that could be another day of it", () => {
  it("en: CGK DPS <d> <mon> <d+1> answers that day's flights for d+1 passengers, each saying what was assumed", async () => {
    const { typed, iso, day } = earlyDay();
    const count = day + 1;
    const results = await inline(ayu, `CGK DPS ${typed} ${count}`);
    expect(results.length).toBeGreaterThan(0);
    expect(results.map((r) => r.id)).not.toContain("help");
    for (const r of results) {
      expect(r.description).toMatch(new RegExp(`^👥 ${count} read as passengers, not a return day · `));
      expect(r.description).toContain("CGK → DPS");
      expect((r.input_message_content as InputTextMessageContent).message_text).not.toContain("read as passengers");
    }
    const key = h.app.deps.inlineOffers.key(ayu.id, { from: "CGK", to: "DPS", date: iso, pax: { adult: count, child: 0, infant: 0 } });
    expect(await h.app.redis.exists(key)).toBe(1);
  });

  it("id: the same in Indonesian; with the count's word (org) nothing is assumed", async () => {
    const { typed, day } = earlyDay();
    const results = await inline(budi, `CGK DPS ${typed} ${day + 1}`);
    expect(results[0]!.description).toMatch(new RegExp(`^👥 ${day + 1} dibaca jumlah penumpang, bukan tanggal pulang · `));
    const said = await inline(budi, `CGK DPS ${typed} ${day + 1} org`);
    expect(said.length).toBeGreaterThan(0);
    expect(said[0]!.description).not.toContain("👥");
  });

  it("CGK DPS 5 2 with no date: both readings named, nothing searched", async () => {
    const en = await inline(ayu, "CGK DPS 5 2");
    expect(en).toHaveLength(1);
    expect(en[0]!.id).toBe("help");
    expect(en[0]!.title).toMatch(/^🤔 "5 2": the date \w+ 5 Feb( \d{4})? or 5 adults, 2 children\?$/);
    const id = await inline(budi, "CGK DPS 5 2");
    expect(id[0]!.title).toMatch(/^🤔 "5 2": tanggal \w+ 5 Feb( \d{4})? atau 5 dewasa, 2 anak\?$/);
    expect(id[0]!.description).toContain("Belum dicari");
  });
});
