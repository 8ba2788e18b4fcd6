import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

let h: Harness;
beforeAll(async () => { h = await startHarness({ use: "tiket" }); });
afterAll(async () => { await h?.close(); });

/** The sandbox's order ids, as its state lists them. */
async function orderIds(): Promise<string[]> {
  return ((await (await fetch(`${h.tiket!.origin}/__sandbox/state`)).json()) as { orders: string[] }).orders;
}

/** Searches, opens a flight without a captcha (not Lion's JT or Citilink's QG) and answers up to the summary. */
async function toPlainSummary(agent: Agent, route: string, name: string): Promise<void> {
  let pick: { text: string; callback_data: string } | undefined;
  for (let d = 40; d < 60 && !pick; d += 2) {
    await agent.say(`/cari ${route} ${futureDate(d).wire} 1`);
    const buttons = (agent.last()?.reply_markup?.inline_keyboard.flat() ?? []).filter((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
    pick = buttons.find((b) => !/^(JT|QG)/.test(b.text));
  }
  await agent.tap({ data: pick!.callback_data });
  await agent.tap("Lanjut");
  let msg = await agent.say(name);
  for (let i = 0; i < 8 && !/Periksa sebelum booking/.test(msg?.text ?? ""); i++) {
    const q = msg?.text ?? "";
    if (/Tanggal lahir/.test(q)) msg = await agent.say("17-08-1990");
    else if (/KTP|NIK/.test(q) && !/Paspor/.test(q)) msg = await agent.say("3174092302900001");
    else if (/Paspor/.test(q)) msg = await agent.say("A1234567 31-12-2031");
    else if (/Kewarganegaraan/.test(q)) msg = await agent.say("Indonesia");
    else if (/Tanggal terbit/i.test(q)) msg = await agent.say("15-01-2022");
    else if (/E-mail kontak/i.test(q)) msg = await agent.say("fajar@example.com");
    else if (/Nomor HP/i.test(q)) msg = await agent.say("081234567890");
    else if (/kontak terakhir/i.test(q)) msg = await agent.tap("✅ Pakai");
    else throw new Error(`unexpected question: ${q}`);
  }
}

describe("a tiket.com booking whose outcome is unknown after the order id was read", () => {
  it("checkout_customer answered with an error page: the bot books once, and /cek of the order that exists reads its status, not 'unknown code'", async () => {
    const agent = new Agent(h, { id: 14_201, first_name: "Fajar", language_code: "id" }, { id: 14_201, type: "private" });
    await toPlainSummary(agent, "CGK PDG", "Mr Fajar Nugroho");
    const before = await orderIds();
    const adds = h.tiket!.controls.callCount("order/add/flight");
    h.tiket!.controls.setFault("checkout/checkout_customer", { kind: "html" }, 1);
    await agent.tap("✅ Booking");
    expect(agent.last()?.text, agent.transcript(4)).toContain("belum terkonfirmasi");
    expect(h.tiket!.controls.callCount("order/add/flight") - adds).toBe(1);
    const made = (await orderIds()).filter((id) => !before.includes(id));
    expect(made).toHaveLength(1);
    // The order id is known: the message names it, with the command to check it.
    expect(agent.last()?.text).toContain(`/cek ${made[0]}`);
    const status = await agent.say(`/cek ${made[0]}`);
    expect(status?.text).not.toContain("tidak dikenal");
    expect(status?.text).toContain(made[0]);
    expect(status?.text).toContain("menunggu pembayaran");
  }, 90_000);
});
