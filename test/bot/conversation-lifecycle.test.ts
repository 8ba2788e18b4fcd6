import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator, type TelegramEmulator } from "../support/telegram/index.js";
import { bookOne, pickFirstFlight } from "./journey-steps.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const agentFor = (harness: Harness, id: number, lang = "id") => new Agent(harness, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });

describe("conversation lifecycle", () => {
  it("/batal leaves at any step; the next message is not taken as an answer", async () => {
    const agent = agentFor(h, 9301);
    await agent.say("/cari CGK SUB");
    expect((await agent.say("/batal"))?.text).toBe("Dibatalkan.");
    expect((await agent.say("besok"))?.text).toContain("Ketik /cari");
    expect((await agent.say("/batal"))?.text).toBe("Tidak ada yang perlu dibatalkan.");
  });

  it("/status, /help and /saldo answer mid-conversation and the conversation carries on", async () => {
    const agent = agentFor(h, 9302);
    const code = await bookOne(agent, `/cari CGK SUB ${futureDate(25).wire} 1`);
    await agent.say(`/cari CGK DPS ${futureDate(26).wire} 1`);
    expect(agent.last()?.text).toContain("CGK → DPS");
    const status = await agent.say(`/status ${code.toLowerCase()}`);
    expect(status?.text).toContain(code);
    expect(status?.text).toContain("menunggu pembayaran");
    expect(status?.text).toContain("Mr Budi Santoso");
    expect((await agent.say("/saldo"))?.text).toContain("Saldo deposit");
    expect((await agent.say("/help"))?.text).toContain("/cari");
    await pickFirstFlight(agent);
    expect(agent.last()?.text).toContain("Sisa kursi");
  });

  it("a new /cari or /search at any step starts the new search instead of being read as an answer", async () => {
    const agent = agentFor(h, 9306);
    expect((await agent.say("/cari"))?.text).toContain("Berangkat dari mana");
    await agent.say(`/cari CGK DPS ${futureDate(29).wire} 1`);
    expect(agent.last()?.text).toContain("CGK → DPS");
    await pickFirstFlight(agent);
    await agent.tap("Lanjut");
    expect(agent.last()?.text).toContain("Penumpang 1");
    // A booking under way is dropped for the new search, and that is said.
    await agent.say(`/search@${h.emulator.botInfo.username} CGK KNO ${futureDate(30).wire} 1`);
    expect(agent.last()?.text).toContain("CGK → KNO");
    const texts = agent.botTexts().join("\n");
    expect(texts).toContain("Booking yang sedang diisi ditinggalkan");
    expect(texts).not.toContain("tidak mengenal");
    expect(texts).not.toContain("Awali dengan titel");
  });

  it("the plain words batal / cancel end a search at any step, in both languages", async () => {
    const id = agentFor(h, 9307);
    expect((await id.say("/cari CGK"))?.text).toBeDefined();
    expect((await id.say("Batal"))?.text).toContain("Dibatalkan");
    expect((await id.say("SUB"))?.text).not.toContain("SUB →");
    const en = agentFor(h, 9308, "en");
    await en.say(`/search CGK DPS ${futureDate(31).wire} 1`);
    await pickFirstFlight(en);
    expect((await en.say("cancel"))?.text).toContain("Cancelled");
    expect(await h.app.redis.keys(`${h.app.keys.conversationPrefix}*9308*`)).toEqual([]);
  });

  it.each(["BATAL 🙏", "btl", "gak jadi", "Ga jadi?", "nggak jadi!", "Cancel!!"])("typed in a hurry, %s ends the flow too", async (word) => {
    const agent = agentFor(h, 9320 + word.length, "id");
    await agent.say("/cari CGK");
    expect((await agent.say(word))?.text).toContain("Dibatalkan");
    expect(await h.app.redis.keys(`${h.app.keys.conversationPrefix}*${agent.user.id}*`)).toEqual([]);
  });

  it("a cancel word inside a longer answer is that answer, not a cancel", async () => {
    const agent = agentFor(h, 9340, "id");
    await agent.say("/cari CGK");
    expect((await agent.say("batal ke sub"))?.text).not.toContain("Dibatalkan");
  });

  it("paging, sorting and filters edit the results in place", async () => {
    const agent = agentFor(h, 9303, "en");
    await agent.say(`/search CGK SUB ${futureDate(27).wire} 1`);
    const results = agent.last()!;
    const prices = () => agent.h.emulator.chatMessages(agent.chat.id).find((m) => m.message_id === results.message_id)!.reply_markup!.inline_keyboard.flat().filter((b) => "callback_data" in b && b.callback_data.includes(":o:")).map((b) => b.text);
    const cheapest = prices();
    const amounts = cheapest.map((t) => Number(t.split("Rp ")[1]!.replace(/\./g, "")));
    expect([...amounts].sort((a, b) => a - b)).toEqual(amounts);
    await agent.tap("↕ Earliest");
    const early = prices().map((t) => t.split(" ")[1]!.slice(0, 5));
    expect([...early].sort()).toEqual(early);
    await agent.tap("🏷 Airline");
    const airlineButton = agent.h.emulator.chatMessages(agent.chat.id).find((m) => m.message_id === results.message_id)!.reply_markup!.inline_keyboard.flat()[1]!;
    await agent.tap({ data: (airlineButton as { callback_data: string }).callback_data });
    const codes = new Set(prices().map((t) => t.slice(0, 2)));
    expect(codes.size).toBe(1);
    expect(agent.h.emulator.chatMessages(agent.chat.id).filter((m) => m.fromBot).length).toBeLessThanOrEqual(2);
    expect(h.emulator.errors).toEqual([]);
  });

  it("slow airlines answering after the results never overwrite them", async () => {
    const agent = agentFor(h, 9305);
    h.sandbox.controls.setLatency("getflightLion", 1_200);
    h.sandbox.controls.setLatency("getflightCitilink", 1_500);
    try {
      await agent.say(`/cari CGK SUB ${futureDate(29).wire} 1`);
      const results = agent.last()!;
      await sleep(1_800);
      const now = h.emulator.chatMessages(agent.chat.id).find((m) => m.message_id === results.message_id)!;
      expect(now.text).toContain("CGK → SUB");
      expect(now.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.includes(":o:"))).toBe(true);
    } finally {
      h.sandbox.controls.setLatency("*", 0);
    }
  });

  it("a step left unanswered past the timeout ends politely", async () => {
    const quick = await startHarness({ env: { CONVERSATION_TIMEOUT_MINUTES: "0.01" }, sandbox: h.sandbox });
    try {
      const agent = agentFor(quick, 9304);
      await agent.say("/cari");
      await sleep(800);
      await agent.say("CGK");
      expect(agent.botTexts().join("\n")).toContain("menit tidak ada jawaban");
      expect(agent.last()?.text).not.toContain("Dari CGK");
    } finally {
      await quick.close();
    }
  });
});

describe("restarts and webhooks", () => {
  let sandbox: MmbcSandbox;
  let emulator: TelegramEmulator;
  beforeAll(async () => {
    sandbox = await startMmbcSandbox();
    emulator = await startTelegramEmulator();
  });
  afterAll(async () => {
    await sandbox.close();
    await emulator.close();
  });

  it("a bot restarted mid-conversation resumes where it was", async () => {
    const first = await startHarness({ sandbox, emulator, namespace: "restart1" });
    const user = { id: 9401, first_name: "Agen", language_code: "id" };
    await new Agent(first, user, { id: user.id, type: "private" }).say(`/cari CGK SUB ${futureDate(28).wire} 1`);
    await first.close();
    const second = await startHarness({ sandbox, emulator, namespace: "restart1" });
    try {
      const agent = new Agent(second, user, { id: user.id, type: "private" });
      await pickFirstFlight(agent);
      expect(agent.last()?.text).toContain("Sisa kursi");
      await agent.tap("Lanjut");
      expect(agent.last()?.text).toContain("Penumpang 1 dari 1");
    } finally {
      await second.close();
    }
    // Restarted again in the middle of the booking conversation: the passenger's name is still the answer.
    const third = await startHarness({ sandbox, emulator, namespace: "restart1" });
    try {
      const agent = new Agent(third, user, { id: user.id, type: "private" });
      const next = await agent.say("Mr Budi Santoso");
      expect(next?.text).toMatch(/Tanggal lahir|E-mail kontak|kontak terakhir/);
    } finally {
      await third.close();
    }
  });
});
