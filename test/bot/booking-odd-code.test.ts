import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startMmbcAnswerProxy, type MmbcAnswerProxy } from "../support/mmbc-answer-proxy.js";
import { toSummary } from "./journey-steps.js";

// MMBC answers a booking "ok" with a kodebooking that is no booking code ("YDZ-AD/1", "ÄÖÜ€€€", 56 characters):
// the booking may exist under it. Never booked again by the bot; the agent is told the code it answered
// (escaped, cut short) to check with MMBC, not only that there was no clear answer.
let sandbox: MmbcSandbox;
let proxy: MmbcAnswerProxy;
let h: Harness;

beforeAll(async () => {
  sandbox = await startMmbcSandbox({ timeZone: "Asia/Jakarta" });
  proxy = await startMmbcAnswerProxy(sandbox);
  h = await startHarness({ sandbox: proxy.sandbox });
}, 60_000);
afterAll(async () => {
  await h?.close();
  await proxy?.close();
  await sandbox?.close();
});

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
    const before = sandbox.controls.callCount("postbooking-json");
    await a.tap(a.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
    delete proxy.rewrites["postbooking-json"];
    expect(sandbox.controls.callCount("postbooking-json")).toBe(before + 1);
    const told = a.last()?.text ?? "";
    expect(told).toContain(words.said);
    expect(told).toContain(quoted);
    expect(told).toContain(words.advice);
    if (answered === long) expect(told).not.toContain(long);
    expect(h.emulator.errors.filter((e) => !e.injected)).toEqual([]);
  });
});
