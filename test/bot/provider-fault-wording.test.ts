import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * A provider's own failure text (MMBC's English "system failed login", tiket.com's Indonesian "Gagal
 * mendapatkan respon dari maskapai") is neither in the agent's language nor something they can act on:
 * they are told, in their language, whose system failed — the provider's for the deposit, the airline's
 * only when the provider says the airline didn't answer.
 */
let mmbc: Harness;
let tiket: Harness;
beforeAll(async () => {
  mmbc = await startHarness();
  tiket = await startHarness({ use: "tiket" });
});
afterAll(async () => {
  await mmbc?.close();
  await tiket?.close();
});

describe("a provider's failure, said in the agent's language", () => {
  it("/saldo while MMBC fails to log in (id): MMBC's system, not the airline's, and no English wire text", async () => {
    const agent = new Agent(mmbc, { id: 63_301, first_name: "Sari", language_code: "id" }, { id: 63_301, type: "private" });
    mmbc.sandbox.controls.setFault("ceksaldo", { kind: "login" });
    try {
      const text = (await agent.say("/saldo"))?.text ?? "";
      expect(text).toBe("⚠️ Login di sistem MMBC gagal (gangguan di pihak mereka, bukan akun Anda). Coba lagi sebentar lagi.");
    } finally {
      mmbc.sandbox.controls.setFault("ceksaldo", null);
    }
  });

  it("/balance while tiket.com answers its deposit with a 500 (en): tiket.com's system, no Indonesian text", async () => {
    const agent = new Agent(tiket, { id: 63_302, first_name: "Tom", language_code: "en" }, { id: 63_302, type: "private" });
    tiket.tiket!.controls.setFault("partner/transactionApi/get_saldo", { kind: "status500" });
    try {
      const text = (await agent.say("/balance"))?.text ?? "";
      expect(text).toBe("⚠️ A fault in tiket.com's system: it couldn't answer this. Try again in a moment.");
    } finally {
      tiket.tiket!.controls.setFault("partner/transactionApi/get_saldo", null);
    }
  });

  for (const [lang, search, said] of [
    ["id", "/cari", "⚠️ Maskapai tidak menjawab provider. Coba lagi sebentar lagi."],
    ["en", "/search", "⚠️ The airline didn't answer the provider. Try again in a moment."],
  ] as const) {
    it(`a search tiket.com answers "no response from the airline" (${lang}): the airline's, in the agent's language`, async () => {
      const id = lang === "id" ? 63_303 : 63_304;
      const agent = new Agent(tiket, { id, first_name: "Budi", language_code: lang }, { id, type: "private" });
      tiket.tiket!.controls.setFault("search/flight", { kind: "status500" });
      try {
        const from = tiket.emulator.chatMessages(agent.chat.id).length;
        await agent.say(`${search} CGK DPS ${futureDate(lang === "id" ? 44 : 45).wire} 1`);
        const text = agent.botTexts(from).join("\n");
        expect(text).toContain(said);
        expect(text).not.toMatch(/Gagal mendapatkan respon|Failed to get a response/);
      } finally {
        tiket.tiket!.controls.setFault("search/flight", null);
      }
    });
  }
});
