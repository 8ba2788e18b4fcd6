import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, type Harness } from "../support/bot-harness.js";
import type { MmbcAnswerProxy } from "../support/mmbc-answer-proxy.js";
import { startProxiedHarness } from "../support/proxied-harness.js";
import { toSummary } from "./journey-steps.js";

// Airline codes are 6 characters and a shared account can get one again: MMBC answering a booking with a
// code another chat's booking already has must never replace that booking (its owner would see the other
// chat's passengers and lose its own booking); the second chat is told, without a word of the first.
let proxy: MmbcAnswerProxy;
let h: Harness;
let close = async () => {};

beforeAll(async () => void ({ h, proxy, close } = await startProxiedHarness()), 60_000);
afterAll(() => close());

let nextId = 58_700;
function agent(lang: "id" | "en", name: string): Agent {
  const id = nextId++;
  return new Agent(h, { id, first_name: name, language_code: lang }, { id, type: "private" });
}

const book = async (a: Agent, day: number, passenger: string) => {
  await toSummary(a, `/cari CGK SUB ${futureDate(day).wire} 1`, [passenger]);
  await a.tap(a.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
};

describe.each([
  ["id", "en", "DUPL01", { taken: "already used by another booking", advice: "Check it with MMBC", again: "may exist" }, { list: "Pesanan chat ini", unknown: "tidak dikenal" }],
  ["en", "id", "DUPL02", { taken: "sudah dipakai booking lain", advice: "Cek ke MMBC", again: "mungkin sudah ada" }, { list: "Bookings of this chat", unknown: "know booking code" }],
] as const)("a booking code the provider gives a second time (first chat %s)", (firstLang, secondLang, code, second, first) => {
  it("keeps the first chat's booking and tells the second chat, naming nothing of the first", async () => {
    proxy.rewrites["postbooking-json"] = (answer) => ({ ...(answer as object), kodebooking: code });
    proxy.rewrites["getstatusbooking-json"] = (answer, form) => (form.get("kodebooking") === code ? { result: "ok", kodebooking: code, status: "waiting" } : answer);
    const a = agent(firstLang, "Joko");
    const b = agent(secondLang, "Rina");
    await book(a, 19, "Mr Hendra Gunawan");
    expect(a.last()?.text).toContain(code);
    const booked = proxy.sandbox.controls.callCount("postbooking-json");
    await book(b, 23, "Mrs Siti Aminah");
    delete proxy.rewrites["postbooking-json"];
    expect(proxy.sandbox.controls.callCount("postbooking-json")).toBe(booked + 1);

    const told = b.botTexts().slice(-3).join("\n");
    expect(told).toContain(code);
    expect(told).toContain(second.taken);
    expect(told).toContain(second.advice);
    const bSaw = h.emulator.chatMessages(b.chat.id).filter((m) => m.fromBot).map((m) => m.text ?? "").join("\n");
    expect(bSaw).not.toContain("Hendra");
    expect(bSaw).not.toContain("Joko");
    // The second chat lists nothing under that code; its next Book of that flight asks first, booking nothing.
    expect((await b.say("/bookings"))?.text ?? "").not.toContain(code);
    await book(b, 23, "Mrs Siti Aminah");
    expect(b.last()?.text).toContain(second.again);
    expect(proxy.sandbox.controls.callCount("postbooking-json")).toBe(booked + 1);

    // The first chat keeps its booking: its list, its status, with its own passenger and booker only.
    const list = (await a.say("/bookings"))?.text ?? "";
    expect(list).toContain(first.list);
    expect(list).toContain(code);
    expect(list).not.toContain("Rina");
    const status = (await a.say(`/status ${code}`))?.text ?? "";
    expect(status).not.toContain(first.unknown);
    expect(status).toContain("Hendra Gunawan");
    const aSaw = h.emulator.chatMessages(a.chat.id).filter((m) => m.fromBot).map((m) => m.text ?? "").join("\n");
    expect(aSaw).not.toContain("Siti");
    expect(aSaw).not.toContain("Rina");
    delete proxy.rewrites["getstatusbooking-json"];
  });
});
