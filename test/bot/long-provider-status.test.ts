import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, type Harness } from "../support/bot-harness.js";
import type { MmbcAnswerProxy } from "../support/mmbc-answer-proxy.js";
import { startProxiedHarness } from "../support/proxied-harness.js";
import { bookOne } from "./journey-steps.js";

// A status MMBC doesn't document is kept as its text, but a text of any length ("Dalam proses <&> " × 400,
// 6800 characters) made /status too long for Telegram ("⚠️ Terjadi kesalahan…"), and, saved with the
// booking, broke /bookings for the whole chat. It is cut where the adapter reads it, and again where shown.
let proxy: MmbcAnswerProxy;
let h: Harness;
let close = async () => {};

beforeAll(async () => void ({ h, proxy, close } = await startProxiedHarness()), 60_000);
afterAll(() => close());

let nextId = 58_800;

describe.each([
  ["id", { error: "Terjadi kesalahan", list: "Pesanan chat ini" }],
  ["en", { error: "Something went wrong", list: "Bookings of this chat" }],
] as const)("a provider status text of any length (%s)", (lang, words) => {
  it("shows /status and /bookings with the status cut short", async () => {
    const id = nextId++;
    const a = new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
    const code = await bookOne(a, `/cari CGK SUB ${futureDate(12).wire} 1`);
    proxy.rewrites["getstatusbooking-json"] = () => ({ result: "ok", kodebooking: code, status: "Dalam proses <&> ".repeat(400) });
    const status = (await a.say(`/status ${code}`))?.text ?? "";
    delete proxy.rewrites["getstatusbooking-json"];
    expect(status).not.toContain(words.error);
    expect(status).toContain(code);
    expect(status).toContain("Dalam proses <&> Dalam proses");
    expect(status).not.toContain("Dalam proses <&> ".repeat(5));
    const list = (await a.say("/bookings"))?.text ?? "";
    expect(list).toContain(words.list);
    expect(list).toContain(code);
    expect(list).not.toContain("Dalam proses <&> ".repeat(5));
    expect(h.emulator.errors.filter((e) => !e.injected)).toEqual([]);
  });
});
