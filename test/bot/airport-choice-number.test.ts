import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * Probe 65: "1" typed at "Jakarta has more than one airport. Departing from which? [Jakarta (CGK) | Jakarta
 * Halim (HLP)]" was read as the party ("Passengers noted: 1"), replacing the 2 typed with the search, and the
 * airport was asked again. An option's number picks that option, as on the results list; a number past the
 * options is asked about; a party already typed is never replaced by a bare number at a place question.
 */
let m: Harness; let t: Harness;
beforeAll(async () => { m = await startHarness(); t = await startHarness({ use: "tiket" }); });
afterAll(async () => { await m?.close(); await t?.close(); });

let id = 8_650_100;
const priv = (h: Harness, lang: "id" | "en" = "id") => { const n = id++; return new Agent(h, { id: n, first_name: "Budi", language_code: lang }, { id: n, type: "private" }); };
const grp = (h: Harness) => { const n = id++; return new Agent(h, { id: n, first_name: "Rina", language_code: "id" }, { id: -100_865_000 - n, type: "supergroup", title: "Agen Travel Maju" }); };
const since = (a: Agent) => a.h.emulator.chatMessages(a.chat.id).length;

describe("an option's number typed at the choice of a city's airports", () => {
  it("id: 'cari jkt-dps bsk 2 dws', '1' → CGK, searched for 2", async () => {
    const a = priv(m);
    await a.say("cari jkt-dps bsk 2 dws");
    expect(a.last()?.text).toContain("Jakarta punya lebih dari satu bandara");
    const n = since(a);
    await a.say("1");
    expect(a.botTexts(n).join("\n")).not.toContain("Penumpang dicatat");
    expect(a.last()?.text).toContain("CGK → DPS");
    expect(a.last()?.text).toContain("· 2 penumpang");
  });

  it("id: 'no 2' → the second option, HLP", async () => {
    const a = priv(m);
    await a.say("cari jkt-dps bsk 2 dws");
    await a.say("no 2");
    expect(a.botTexts().join("\n")).toContain("HLP → DPS");
  });

  it("id: '3' of two options is asked about (no such option, or 3 passengers?), the party kept", async () => {
    const a = priv(m);
    await a.say("cari jkt-dps bsk 2 dws");
    const again = (await a.say("3"))?.text ?? "";
    expect(again).toContain("Tidak ada pilihan nomor 3 di sini: pilih 1–2. Kalau maksudnya 3 penumpang, ketik 3 org.");
    expect(again).toContain("Berangkat dari bandara mana?");
    expect(again).not.toContain("Penumpang dicatat");
    await a.tap("Jakarta (CGK)");
    expect(a.last()?.text).toContain("· 2 penumpang");
  });

  it("en: 'search jkt-dps tomorrow 2 adults', '1' → CGK, searched for 2; '5' asked about", async () => {
    const a = priv(m, "en");
    await a.say("search jkt-dps tomorrow 2 adults");
    expect(a.last()?.text).toContain("Jakarta has more than one airport");
    const again = (await a.say("5"))?.text ?? "";
    expect(again).toContain("There is no option 5 here: choose 1–2. If you meant 5 passengers, type 5 pax.");
    await a.say("1");
    expect(a.last()?.text).toContain("CGK → DPS");
    expect(a.last()?.text).toContain("· 2 pax");
  });

  it("group on tiket.com: '@bot cari jkt-dps bsk 2 dws pagi', reply '1' → the first airport, 2 penumpang", async () => {
    const a = grp(t);
    await a.say(`@${t.emulator.botInfo.username} cari jkt-dps bsk 2 dws pagi`);
    const n = since(a);
    await a.reply("1");
    expect(a.botTexts(n).join("\n")).not.toContain("Penumpang dicatat");
    expect(a.lastForMe()?.text).toContain("· 2 penumpang");
  });
});

describe("a bare number at a place question when the party is already typed", () => {
  it("id: '/cari 2 dws', then '3' at the origin question → asked about, the 2 kept; '3 org' changes it", async () => {
    const a = priv(m);
    await a.say("/cari 2 dws");
    const again = (await a.say("3"))?.text ?? "";
    expect(again).toContain("👥 Penumpang sudah dicatat: 2 dws. Kalau mau diganti jadi 3, ketik 3 org.");
    expect(again).not.toContain("Penumpang dicatat");
    expect((await a.say("3 org"))?.text).toContain("👥 Penumpang dicatat: 3 org.");
  });

  it("en: '/search 2 adults', then '4' at the origin question → asked about, the 2 kept", async () => {
    const a = priv(m, "en");
    await a.say("/search 2 adults");
    const again = (await a.say("4"))?.text ?? "";
    expect(again).toContain("👥 Passengers already noted: 2 adults. To change it to 4, type 4 pax.");
  });
});
