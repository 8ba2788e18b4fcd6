import { describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * Probe 65: MMBC's airport list (getcodearea-json) failing while it isn't cached (after a restart, or the
 * daily cache expired) ended every search in "something went wrong in our system". Codes typed as such
 * need no list (the search validates them); a name that does is told as the provider's fault, with the
 * retry a failed search offers, the request kept.
 */
const agent = (h: Harness, n: number, lang: "id" | "en") => new Agent(h, { id: n, first_name: "Budi", language_code: lang }, { id: n, type: "private" });

/** A fresh harness: its airport list not cached yet, the list endpoint answering `fault` from the start. */
async function withListDown(fault: "http500" | "html", run: (h: Harness) => Promise<void>): Promise<void> {
  const h = await startHarness();
  try {
    h.sandbox.controls.setFault("getcodearea-json", { kind: fault });
    await run(h);
    expect(h.logLines.some((l) => l.includes("handler failed"))).toBe(false);
  } finally { await h.close(); }
}

describe("the airport list unreadable and not cached", () => {
  it.each(["http500", "html"] as const)("id (%s): '/cari cgk dps bsk 2' and 'cgk dps bsk 2 dws' search at once: codes need no list", (fault) => withListDown(fault, async (h) => {
    const a = agent(h, 8_650_500, "id");
    expect((await a.say("/cari cgk dps bsk 2"))?.text).toContain("CGK → DPS");
    expect(a.last()?.text).toContain("· 2 penumpang");
    expect((await a.say("cgk dps bsk 2 dws"))?.text).toContain("CGK → DPS");
  }));

  it("id: a city named ('/cari jkt dps bsk 2') → the provider's fault and 'Cari lagi?'; Coba lagi once the list is back → the Jakarta airports asked, the date and party kept", () => withListDown("http500", async (h) => {
    const a = agent(h, 8_650_501, "id");
    await a.say("/cari jkt dps bsk 2");
    const said = a.botTexts().join("\n");
    expect(said).toContain("📡 Provider sedang tidak menjawab. Coba lagi sebentar lagi.");
    expect(said).not.toContain("Terjadi kesalahan di sistem kami");
    expect(a.last()?.text).toBe("Cari lagi?");
    h.sandbox.controls.setFault("getcodearea-json", null);
    expect((await a.tap("Coba lagi"))?.text).toContain("Jakarta punya lebih dari satu bandara");
    await a.tap("Jakarta (CGK)");
    expect(a.last()?.text).toContain("CGK → DPS");
    expect(a.last()?.text).toContain("· 2 penumpang");
  }));

  it("id: a city typed at the origin question → the provider's fault; Coba lagi → the question asked again, and answered once the list is back", () => withListDown("http500", async (h) => {
    const a = agent(h, 8_650_503, "id");
    await a.say("/cari");
    await a.say("surabaya");
    expect(a.botTexts().join("\n")).toContain("📡 Provider sedang tidak menjawab. Coba lagi sebentar lagi.");
    expect(a.last()?.text).toBe("Cari lagi?");
    h.sandbox.controls.setFault("getcodearea-json", null);
    expect((await a.tap("Coba lagi"))?.text).toContain("Berangkat dari mana?");
    expect((await a.say("surabaya"))?.text).toContain("Dari SUB ke mana?");
  }));

  it("en: 'search jakarta bali tomorrow 2 adults' → the provider's fault; 'try again' typed once the list is back goes on", () => withListDown("html", async (h) => {
    const a = agent(h, 8_650_502, "en");
    await a.say("search jakarta bali tomorrow 2 adults");
    expect(a.botTexts().join("\n")).toContain("📡 The provider is not answering right now. Try again in a moment.");
    expect(a.last()?.text).toBe("Search again?");
    h.sandbox.controls.setFault("getcodearea-json", null);
    expect((await a.say("try again"))?.text).toContain("Jakarta has more than one airport");
    await a.tap("Jakarta (CGK)");
    expect(a.last()?.text).toContain("CGK → DPS");
    expect(a.last()?.text).toContain("· 2 pax");
  }));
});
