import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, type Harness } from "../support/bot-harness.js";
import type { MmbcAnswerProxy } from "../support/mmbc-answer-proxy.js";
import { startProxiedHarness } from "../support/proxied-harness.js";
import { toSummary } from "./journey-steps.js";

// MMBC answers a booking "ok" with a kodebooking that is no booking code ("YDZ-AD/1", "ÄÖÜ€€€", 56 characters):
// the booking may exist under it. Never booked again by the bot; the agent is told the code it answered
// (escaped, cut short) to check with MMBC, not only that there was no clear answer.
let proxy: MmbcAnswerProxy;
let h: Harness;
let close = async () => {};

beforeAll(async () => void ({ h, proxy, close } = await startProxiedHarness()), 60_000);
afterAll(() => close());

let nextId = 58_900;
const long = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRST";

describe.each([
  ["id", { said: "kode booking yang tidak bisa dipakai bot", advice: "cek dulu kode ini ke MMBC" }],
  ["en", { said: "a booking code the bot can't use", advice: "check this code with MMBC" }],
] as const)("a booking answered with a code the bot can't use (%s)", (lang, words) => {
  it.each([
    ["YDZ-AD/1", "YDZ-AD/1"],
    ["ÄÖÜ€€€", "ÄÖÜ€€€"],
    ["<b>X</b>&Y", "<b>X</b>&Y"],
    [long, `${long.slice(0, 23)}…`],
  ].map(([answered, quoted], i) => [answered!, quoted!, i + (lang === "id" ? 0 : 4)] as const))("%s", async (answered, quoted, day) => {
    const id = nextId++;
    const a = new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
    proxy.rewrites["postbooking-json"] = (answer) => ({ ...(answer as object), kodebooking: answered });
    await toSummary(a, `/cari CGK SUB ${futureDate(14 + day).wire} 1`);
    const before = proxy.sandbox.controls.callCount("postbooking-json");
    await a.tap(a.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
    delete proxy.rewrites["postbooking-json"];
    expect(proxy.sandbox.controls.callCount("postbooking-json")).toBe(before + 1);
    const told = a.last()?.text ?? "";
    expect(told).toContain(words.said);
    expect(told).toContain(quoted);
    expect(told).toContain(words.advice);
    if (answered === long) expect(told).not.toContain(long);
    expect(h.emulator.errors.filter((e) => !e.injected)).toEqual([]);
  });
});
