import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { adult, one, plain, requestFor } from "../providers/tiket/sandbox-fixture.js";
import { money as rupiah } from "../../src/presenters/format.js";
import { money } from "../security/helpers.js";

/**
 * A code booked outside the bot (the provider knows it, this chat's records don't) is paid only after the
 * agent saw and confirmed the total the provider says issuing it takes, as for the bot's own bookings. A
 * provider whose answer gives no total (MMBC's status) gets no confirmation at all: nothing is paid.
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

const callbacks = (a: Agent) => (a.last()?.reply_markup?.inline_keyboard.flat() ?? []).map((b) => ("callback_data" in b ? b.callback_data : ""));

const cases = [
  {
    lang: "id", base: 964_100, issue: "/issued", confirm: "✅ Issued",
    noTotal: (code: string) => `⛔ ${code} dibooking di luar bot ini, dan MMBC tidak menyebut berapa yang akan terpotong dari deposit untuk issued-nya, jadi tidak saya issued di sini: tidak ada yang dibayar. Issued lewat portal MMBC yang menampilkan totalnya, atau ketik /cek ${code}.`,
    spends: (amount: string) => `Deposit tiket.com akan terpakai ${amount}.`,
  },
  {
    lang: "en", base: 964_200, issue: "/issue", confirm: "✅ Issue",
    noTotal: (code: string) => `⛔ ${code} was booked outside this bot, and MMBC doesn't say how much issuing it would take from the deposit, so I won't issue it here: nothing was paid. Issue it on the MMBC portal, where the total is shown, or check /status ${code}.`,
    spends: (amount: string) => `This spends ${amount} from the tiket.com deposit.`,
  },
] as const;

describe.each(cases)("issuing a code booked outside the bot ($lang)", ({ lang, base, issue, confirm, noTotal, spends }) => {
  it("MMBC, whose status gives no total: refused with the reason, no confirmation, nothing paid", async () => {
    const code = lang === "id" ? "OUTID1" : "OUTEN1";
    mmbc.sandbox.controls.seedBookings([{ code, timelimitAt: Date.now() + 3 * 3_600_000 }]);
    const a = new Agent(mmbc, { id: base + 1, first_name: "Rina", language_code: lang }, { id: base + 1, type: "private" });
    const before = money(mmbc);
    const answer = await a.say(`${issue} ${code}`);
    expect(answer?.text, a.transcript(2)).toBe(noTotal(code));
    expect(callbacks(a).some((d) => d.startsWith("ic:"))).toBe(false);
    expect(money(mmbc)).toEqual(before);
  });

  it("tiket.com, whose order names its total: the total is shown and confirmed, and exactly it is taken", async () => {
    const provider = tiket.app.deps.accounts.operator.byId.tiket!;
    const offer = (await provider.search({ from: "CGK", to: "DPS", date: futureDate(lang === "id" ? 57 : 58).iso, pax: one })).find(plain)!;
    await provider.quote(offer, one);
    const order = (await provider.book(requestFor(offer, [adult]))).code;
    const a = new Agent(tiket, { id: base + 2, first_name: "Rina", language_code: lang }, { id: base + 2, type: "private" });
    const deposit = tiket.tiket!.controls.getDeposit();
    const payments = tiket.tiket!.controls.callCount("checkout/checkout_payment");

    const ask = await a.say(`${issue} ${order}`);
    const shown = /(Rp \d{1,3}(?:\.\d{3})*)/.exec(ask?.text ?? "")?.[1];
    expect(shown, a.transcript(2)).toBeDefined();
    expect(ask?.text).toContain(spends(shown!));
    const button = ask!.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.startsWith("ic:"));
    expect(button?.text).toBe(`${confirm} ${shown}`);
    expect(tiket.tiket!.controls.callCount("checkout/checkout_payment")).toBe(payments);

    await a.tap(confirm);
    expect(tiket.tiket!.controls.callCount("checkout/checkout_payment"), a.transcript(3)).toBe(payments + 1);
    expect(rupiah(deposit - tiket.tiket!.controls.getDeposit())).toBe(shown);
  });

  it("tiket.com, the payment would take more than the total confirmed (a deposit fee): nothing is paid, and both amounts are said", async () => {
    const provider = tiket.app.deps.accounts.operator.byId.tiket!;
    const offer = (await provider.search({ from: "CGK", to: "SUB", date: futureDate(lang === "id" ? 59 : 60).iso, pax: one })).find(plain)!;
    await provider.quote(offer, one);
    const order = (await provider.book(requestFor(offer, [adult]))).code;
    const a = new Agent(tiket, { id: base + 3, first_name: "Rina", language_code: lang }, { id: base + 3, type: "private" });
    const ask = await a.say(`${issue} ${order}`);
    const shown = /(Rp \d{1,3}(?:\.\d{3})*)/.exec(ask?.text ?? "")?.[1];
    expect(shown, a.transcript(2)).toBeDefined();
    const deposit = tiket.tiket!.controls.getDeposit();
    tiket.tiket!.controls.setDepositCharge(5_000);
    try {
      await a.tap(confirm);
    } finally {
      tiket.tiket!.controls.setDepositCharge(0);
    }
    expect(tiket.tiket!.controls.getDeposit()).toBe(deposit);
    expect(tiket.tiket!.controls.getOrder(order)?.paymentStatus).not.toBe("paid");
    expect(a.botTexts().join("\n")).toContain(shown!);
    expect(a.last()?.text, a.transcript(3)).toMatch(/^⛔/);
  });
});
