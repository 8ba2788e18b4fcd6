import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "./journey-steps.js";
import { money } from "../security/helpers.js";

// A clock that moves on between two readings, as a real one does under load (1 ms per reading): the
// issue lock must not depend on reading the same time twice.
let tick = 0;
let h: Harness;
beforeAll(async () => { h = await startHarness({ now: () => new Date(Date.now() + tick++) }); });
afterAll(async () => { await h?.close(); });

async function issueVia(a: Agent, code: string): Promise<string> {
  await a.say(`/issued ${code}`);
  await a.tap("✅ Issued");
  return a.last()?.text ?? "";
}

describe("an issue that certainly did not pay leaves no lock behind", () => {
  it.each(["upstream", "http500", "html"] as const)("after a %s failure the agent's retry pays, once", async (kind) => {
    const id = 9_200_000 + tick;
    const a = new Agent(h, { id, first_name: "Agen", language_code: "id" }, { id, type: "private" });
    const code = await bookOne(a, `/cari CGK SUB ${futureDate(30).wire} 1`);
    const before = money(h).balance;
    h.sandbox.controls.setFault("getissued-json", { kind }, 1);
    await issueVia(a, code);
    expect(h.sandbox.controls.getBooking(code)!.status).toBe("waiting");
    expect(money(h).balance).toBe(before);

    const retry = await issueVia(a, code);
    expect(retry).not.toContain("sedang diproses");
    expect(h.sandbox.controls.getBooking(code)!.status).toBe("issued");
    expect(before - money(h).balance).toBe(h.sandbox.controls.getBooking(code)!.nta);
  });
});

describe("an airline failure at issue is checked with the provider before anyone may pay again", () => {
  it("the airline ticketed and then the provider said \"failed to receive data\": the booking reads as issued, and a retry pays nothing", async () => {
    const id = 9_300_000 + tick;
    const a = new Agent(h, { id, first_name: "Agen", language_code: "id" }, { id, type: "private" });
    const code = await bookOne(a, `/cari CGK SUB ${futureDate(31).wire} 1`);
    const before = money(h);
    h.sandbox.controls.setFault("getissued-json", { kind: "upstream", commit: true }, 1);
    const said = await issueVia(a, code);
    expect(h.sandbox.controls.getBooking(code)!.status).toBe("issued");
    expect(said).toContain(`${code} berhasil issued`);
    await a.say(`/issued ${code}`);
    expect((a.last()?.reply_markup?.inline_keyboard.flat() ?? []).some((b) => b.text.includes("✅"))).toBe(false);
    expect(a.botTexts().at(-1)).toContain(`${code} sudah issued`);
    expect(money(h).issues).toBe(before.issues + 1);
    expect(before.balance - money(h).balance).toBe(h.sandbox.controls.getBooking(code)!.nta);
  });
});
