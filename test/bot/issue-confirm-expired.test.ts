import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { bookOne } from "./journey-steps.js";

/**
 * ✅ tapped after the booking's own pay-before time, the provider saying expired: refused before any
 * "Issuing…" toast, as any refusal known before paying is; nothing is paid.
 */
let h: Harness;
let sandbox: MmbcSandbox;
/** Bot and provider share a clock that the test moves past the booking's deadline. */
let shift = 0;
const now = () => Date.now() + shift;
beforeAll(async () => {
  sandbox = await startMmbcSandbox({ timeZone: "Asia/Jakarta", now });
  h = await startHarness({ sandbox, now: () => new Date(now()) });
});
afterAll(async () => {
  await h?.close();
  await sandbox?.close();
});

describe.each([
  { lang: "id", search: "/cari", issue: "Issued sekarang", confirm: "✅ Issued", working: "Sedang issued…", refused: "tidak bisa issued: ⌛ kedaluwarsa." },
  { lang: "en", search: "/search", issue: "Issue now", confirm: "✅ Issue", working: "Issuing…", refused: "cannot be issued: ⌛ expired." },
] as const)("confirming after the deadline ($lang)", ({ lang, search, issue, confirm, working, refused }) => {
  it("is refused without the 'Issuing…' toast, and nothing is paid", async () => {
    shift = 0;
    const id = lang === "id" ? 953_1001 : 953_1002;
    const a = new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
    const code = await bookOne(a, `${search} cgk sub ${futureDate(lang === "id" ? 28 : 29).wire} 1`);
    await a.tap(issue);
    expect(a.last()?.reply_markup).toBeDefined();
    shift = 4 * 3600_000;
    try {
      const calls = h.emulator.calls.length;
      const issues = sandbox.controls.callCount("getissued-json");
      await a.tap(confirm);
      const toasts = h.emulator.calls.slice(calls).filter((c) => c.method === "answerCallbackQuery").map((c) => c.payload.text);
      expect(toasts).not.toContain(working);
      expect(a.last()?.text).toBe(`⛔ ${code} ${refused}`);
      expect(sandbox.controls.callCount("getissued-json")).toBe(issues);
    } finally {
      shift = 0;
    }
  });
});
