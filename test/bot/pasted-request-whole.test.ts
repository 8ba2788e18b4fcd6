import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { CredentialCipher } from "../../src/store/accounts/credential-cipher.js";
import { randomBytes } from "node:crypto";

/**
 * A customer's WhatsApp request pasted whole as the first message: the trip on its first lines, the
 * passengers and contact under it. The trip is searched; the passengers and contact fill the booking of
 * the flight picked from that list, as if pasted at its first name question, and only for that member.
 */
const KEY = randomBytes(32).toString("base64");
let h: Harness;
beforeAll(async () => { h = await startHarness({ env: { CREDENTIALS_KEY: KEY } }); });
afterAll(async () => { await h?.close(); });

const words = {
  id: { kept: "📋 Penumpang dan kontak di bawah permintaan Anda saya simpan", cont: "Lanjut", nameQ: "Penumpang 1 dari", taken: "✅ Diterima dari pesan Anda: Mr Budi Santoso, Mrs Ani Lestari.", contact: "📇", summary: "📋 Periksa sebelum booking" },
  en: { kept: "📋 The passengers and contact under your request are kept", cont: "Continue", nameQ: "Passenger 1 of", taken: "✅ Taken from your message: Mr Budi Santoso, Mrs Ani Lestari.", contact: "📇", summary: "📋 Check before booking" },
} as const;

let nextId = 0;
const dm = (lang: "id" | "en") => {
  nextId += 1;
  const id = 61_300 + nextId;
  return new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
};

/** Everything the bot sent after `from`, one text. */
const since = (a: Agent, from: number) => h.emulator.chatMessages(a.chat.id).slice(from).filter((m) => m.fromBot && m.from?.id === h.emulator.botInfo.id).map((m) => m.text ?? "").join("\n");

/** The first flight of the list on screen, picked, and its price card's Continue. */
async function pickFirst(a: Agent, lang: "id" | "en"): Promise<number> {
  const list = a.last()!;
  await a.say(list.reply_markup!.inline_keyboard[0]![0]!.text.split(" ")[0]!);
  const from = h.emulator.chatMessages(a.chat.id).length;
  await a.tap(words[lang].cont);
  return from;
}

describe("a request pasted whole", () => {
  for (const lang of ["id", "en"] as const) {
    it(`${lang}: the trip is searched and its passengers and contact fill the booking`, async () => {
      const a = dm(lang);
      const day = futureDate(20);
      await a.say(`cgk dps ${day.wire} 2\n1. Tn Budi Santoso 12-03-1985\n2. Ny Ani Lestari ${lang === "id" ? "5/6/1990" : "5 Jun 1990"}\nhp 081234567890\nemail budi@gmail.com`);
      const shown = h.emulator.chatMessages(a.chat.id).filter((m) => m.fromBot).map((m) => m.text ?? "");
      expect(shown.some((t) => t.startsWith(words[lang].kept))).toBe(true);
      expect(a.last()?.text).toContain("CGK → DPS");
      const from = await pickFirst(a, lang);
      const said = since(a, from);
      expect(said).toContain(words[lang].taken);
      expect(said).toContain("budi@gmail.com · 081234567890");
      expect(said).not.toContain(words[lang].nameQ);
      expect(a.last()?.text).toContain(words[lang].summary);
      expect(a.last()?.text).toContain("Mrs Ani Lestari");
      // Read once: nothing of it is left in Redis, and it was sealed while kept.
      expect(await h.app.redis.exists(h.app.keys.pastedDetails(a.chat.id, a.user.id))).toBe(0);
    });
  }

  it("kept sealed, for that member's own list only", async () => {
    const a = dm("id");
    const day = futureDate(21);
    await a.say(`/cari cgk dps ${day.wire} 2\nTn Budi Santoso\nNy Ani Lestari\n081234567890`);
    const key = h.app.keys.pastedDetails(a.chat.id, a.user.id);
    const raw = await h.app.redis.get(key);
    expect(raw).not.toContain("Budi");
    expect(await h.app.redis.ttl(key)).toBeGreaterThan(0);
    expect(new CredentialCipher(Buffer.from(KEY, "base64")).open(JSON.parse(raw!), key)).toMatchObject({ details: "Tn Budi Santoso\nNy Ani Lestari\n081234567890" });
    // Another search of hers without passengers: its list's booking asks the names as usual.
    await a.say(`/cari cgk sub ${day.wire} 2`);
    await pickFirst(a, "id");
    expect(a.last()?.text).toContain(words.id.nameQ);
  });
});
