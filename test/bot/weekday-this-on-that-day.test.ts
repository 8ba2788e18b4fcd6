import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

// "sabtu ini" typed on a Saturday searched next Saturday (as "sabtu depan") without a word: it is today.
// The harness believes it is Saturday 5 December 2026, 09:30 in Jakarta.
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: () => new Date("2026-12-05T02:30:00Z") });
}, 60_000);
afterAll(async () => {
  await h?.close();
});

let next = 0;
const agent = (lang: "id" | "en" = "id") => {
  const id = 33_900 + next++;
  return new Agent(h, { id, first_name: "Yuni", language_code: lang }, { id, type: "private" });
};

describe("'<weekday> ini' / 'this <weekday>' typed on that weekday", () => {
  it.each([
    ["id", "cgk dps sabtu ini 2", "CGK → DPS · Sab 5 Des"],
    ["id", "cgk dps sbtu ini 2", "CGK → DPS · Sab 5 Des"],
    ["id", "/cari cgk dps sabtu ini 2", "CGK → DPS · Sab 5 Des"],
    ["id", "cgk dps sabtu depan 2", "CGK → DPS · Sab 12 Des"],
    ["en", "/search cgk dps this saturday 2", "CGK → DPS · Sat 5 Dec"],
    ["en", "/search cgk dps next saturday 2", "CGK → DPS · Sat 12 Dec"],
  ] as const)("%s: %s searches %s", async (lang, typed, head) => {
    const a = agent(lang);
    await a.say(typed);
    expect(a.last()?.text).toContain(head);
  });

  it("at the date question too, in both languages", async () => {
    const a = agent();
    await a.say("/cari cgk dps");
    expect((await a.say("sabtu ini"))?.text).toContain("Rute CGK → DPS, Sab 5 Des.");
    const b = agent("en");
    await b.say("/search cgk dps");
    expect((await b.say("this saturday"))?.text).toContain("Route CGK → DPS, Sat 5 Dec.");
  });

  it("plain 'sabtu' is still asked, and 'minggu ini' offers its days (Sunday among them)", async () => {
    const a = agent();
    await a.say("cgk dps sabtu 2");
    expect(a.botTexts().join("\n")).toContain("hari ini (Sab 5 Des) atau minggu depan (Sab 12 Des)?");
    const b = agent();
    await b.say("cgk dps minggu ini 2");
    expect(b.botTexts().join("\n")).toContain("\"minggu ini\" = Sab 5 Des – Min 6 Des.");
  });
});
