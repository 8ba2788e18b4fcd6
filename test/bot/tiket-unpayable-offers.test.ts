import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Redis } from "ioredis";
import { deadline } from "../../src/presenters/format.js";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookingJobIds, fire, settled } from "../support/jobs.js";
import { toPlainSummary } from "../support/tiket-booked.js";

// A tiket.com booking the bot can't pay now, as tiket.com shows it when asked (its checkout never got through
// checkout_customer, its own session is gone, a payment confirmation the bot sent got no clear answer): the
// reminder offers Status and Stop reminders, never Issue. The morning digest offers what the reminder offers
// (Status, not Issue), and /status says only what applies: "can't be paid from here" for a checkout still
// unfinished (not also "issuing it asks tiket.com first"), the latter for one that went through after all.
// When whether the checkout went through can't be read now (tiket.com's order view fails), nothing offers the
// payment that would be refused, and the agent is told it couldn't be checked, not that it can't be paid.
let h: Harness;
let redis: Redis;
let shift = 0;
const ns = `unpayable${Date.now() % 100000}`;
beforeAll(async () => {
  h = await startHarness({ use: "tiket", namespace: ns, now: () => new Date(Date.now() + shift), env: { REMINDER_OFFSETS: "30m" } });
  redis = new Redis(inject("redisUrl"));
});
afterAll(async () => {
  redis?.disconnect();
  await h?.close();
});

type Lang = "id" | "en";
const words = {
  id: { search: "/cari", go: "Lanjut", book: "✅ Booking", check: "Periksa sebelum booking", status: "/cek", digest: "/ringkasan", issueNow: "Issued sekarang" },
  en: { search: "/search", go: "Continue", book: "✅ Book", check: "Check before booking", status: "/status", digest: "/digest", issueNow: "Issue now" },
} as const;

/** /status's and the reminder's words when the checkout never went through (as the agent reads them: tags gone). */
const refused = {
  id: (at: string) => "⚠️ Booking ini belum terkonfirmasi: langkah terakhirnya (data pemesan) tidak masuk di tiket.com, jadi tidak bisa dibayar dari sini. "
    + `Belum ada yang dibayar. Cek di dashboard partner tiket.com dan bayar di sana sebelum ${at}, atau biarkan kedaluwarsa lalu booking ulang.`,
  en: (at: string) => "⚠️ This booking was not confirmed: its last step (the customer details) did not go through at tiket.com, so it can't be paid from here. "
    + `Nothing was paid. Check it in the tiket.com partner dashboard and pay it there before ${at}, or let it lapse and book again.`,
} as const;
/** ... when whether it went through couldn't be read now. */
const unchecked = {
  id: (at: string) => "⚠️ Booking ini belum terkonfirmasi, dan saat ini belum bisa dicek apakah langkah terakhirnya (data pemesan) sudah masuk di tiket.com, jadi belum ditawarkan untuk di-issue. "
    + `Belum ada yang dibayar. Cek statusnya lagi sebentar lagi, atau cek di dashboard partner tiket.com dan bayar di sana sebelum ${at}.`,
  en: (at: string) => "⚠️ This booking was not confirmed, and whether its last step (the customer details) went through at tiket.com couldn't be checked just now, so it isn't offered for issuing. "
    + `Nothing was paid. Check its status again shortly, or check it in the tiket.com partner dashboard and pay it there before ${at}.`,
} as const;
/** The /status line of a booking whose checkout went through though its answer was lost. */
const issuable = {
  id: "⚠️ Booking belum terkonfirmasi: langkah terakhirnya di tiket.com tidak mendapat jawaban yang jelas. Saat di-issue, bot mengecek ke tiket.com dulu dan meminta konfirmasi jumlah yang disebut tiket.com.",
  en: "⚠️ Booking not confirmed: its last step at tiket.com got no clear answer. Issuing it asks tiket.com first, and confirms the amount tiket.com states.",
} as const;
const buttons = {
  id: { card: ["🔄 Status", "📤 Untuk pelanggan"], payable: ["💳 Issued sekarang", "🔄 Status", "📤 Untuk pelanggan"], reminder: ["🔄 Status", "🔕 Hentikan pengingat"], digestStatus: (c: string) => [`🔎 Cek ${c}`], digestIssue: (c: string) => [`💳 Issued ${c}`] },
  en: { card: ["🔄 Status", "📤 For customer"], payable: ["💳 Issue now", "🔄 Status", "📤 For customer"], reminder: ["🔄 Status", "🔕 Stop reminders"], digestStatus: (c: string) => [`🔎 Status ${c}`], digestIssue: (c: string) => [`💳 Issue ${c}`] },
} as const;

const labels = (m: { reply_markup?: { inline_keyboard: { text: string }[][] } } | undefined) => m?.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? [];


/** Books with `fault` on one checkout step (none: a plain booking): the order id, this chat's booking. */
async function book(agent: Agent, lang: Lang, from: number, endpoint?: string, fault?: object): Promise<string> {
  await toPlainSummary(agent, words[lang], lang, from);
  if (endpoint) h.tiket!.controls.setFault(endpoint as never, fault as never, 1);
  await agent.tap(words[lang].book);
  const code = /(\d{8})/.exec(agent.last()?.text ?? "")?.[1];
  expect(code, agent.transcript(3)).toBeDefined();
  expect((await h.app.deps.bookings.get("tiket", code!))?.booking.unconfirmed === true, agent.transcript(3)).toBe(endpoint !== undefined);
  return code!;
}

/** The deadline as the bot prints it, in the chat's language. */
async function deadlineOf(code: string, lang: Lang): Promise<string> {
  const record = await h.app.deps.bookings.get("tiket", code);
  return deadline(record!.booking.timelimit, lang, "Asia/Jakarta");
}

async function statusOf(agent: Agent, lang: Lang, code: string): Promise<{ text: string; buttons: string[] }> {
  const m = await agent.say(`${words[lang].status} ${code}`);
  return { text: m?.text ?? agent.transcript(2), buttons: labels(m) };
}

/** The digest's buttons (one per due booking: this chat has one). */
async function digestButtons(agent: Agent, lang: Lang): Promise<string[]> {
  const m = await agent.say(words[lang].digest);
  expect(m?.text, agent.transcript(1)).toBeDefined();
  return labels(m);
}

/** Makes the booking's reminder due and returns it as the chat got it: its text and its buttons. */
async function reminderOf(agent: Agent, code: string): Promise<{ text: string; buttons: string[] }> {
  const before = h.emulator.chatMessages(agent.chat.id).length;
  const job = bookingJobIds(code, [30 * 60_000], "tiket").reminders[0]!;
  await fire(h, job);
  expect(await settled(h, [job])).toEqual({ [job]: { state: "completed", returnvalue: "sent" } });
  const sent = h.emulator.chatMessages(agent.chat.id).slice(before).filter((m) => m.fromBot);
  expect(sent, agent.transcript(2)).toHaveLength(1);
  return { text: sent[0]!.text ?? "", buttons: labels(sent[0]) };
}

const reminderTitle = (lang: Lang, code: string) => (lang === "id" ? `⏰ Booking ${code} (CGK → PDG) belum issued.` : `⏰ Booking ${code} (CGK → PDG) is not issued yet.`);

describe("a tiket.com booking whose checkout broke off", () => {
  it.each([["id", 14_711], ["en", 14_712]] as const)("its customer details never reached tiket.com (%s): /status says only that it can't be paid from here; the digest offers Status, not Issue", async (lang, id) => {
    const agent = new Agent(h, { id, first_name: "Fajar", language_code: lang }, { id, type: "private" });
    const code = await book(agent, lang, 40 + (id % 10) * 3, "order/checkout", { kind: "html" });
    const deposit = h.tiket!.controls.getDeposit();
    const status = await statusOf(agent, lang, code);
    expect(status.text.endsWith(`\n\n${refused[lang](await deadlineOf(code, lang))}`), status.text).toBe(true);
    expect(status.text).not.toContain(issuable[lang]);
    expect(status.buttons).toEqual(buttons[lang].card);
    expect(await digestButtons(agent, lang)).toEqual(buttons[lang].digestStatus(code));
    expect(h.tiket!.controls.getDeposit()).toBe(deposit);
  }, 90_000);

  it.each([["en", 14_713], ["id", 14_714]] as const)("its customer details reached tiket.com though the answer was lost (%s): /status says issuing asks tiket.com first, offers Issue; so does the digest", async (lang, id) => {
    const agent = new Agent(h, { id, first_name: "Fajar", language_code: lang }, { id, type: "private" });
    const code = await book(agent, lang, 60 + (id % 10) * 3, "checkout/checkout_customer", { kind: "timeout", commit: true });
    const status = await statusOf(agent, lang, code);
    expect(status.text.split("\n")).toContain(issuable[lang]);
    expect(status.text).not.toContain(refused[lang](await deadlineOf(code, lang)).slice(0, 40));
    expect(status.buttons).toEqual(buttons[lang].payable);
    expect(await digestButtons(agent, lang)).toEqual(buttons[lang].digestIssue(code));
  }, 90_000);

  it.each([["en", 14_715, "order/checkout", { kind: "html" }, false], ["id", 14_716, "checkout/checkout_customer", { kind: "timeout", commit: true }, true]] as const)(
    "whether its customer details reached tiket.com can't be read now (%s): /status, the reminder and the digest offer no Issue and say it couldn't be checked; read again, what applies",
    async (lang, id, endpoint, fault, checkedOut) => {
      const agent = new Agent(h, { id, first_name: "Fajar", language_code: lang }, { id, type: "private" });
      const code = await book(agent, lang, 80 + (id % 10) * 3, endpoint, fault);
      const at = await deadlineOf(code, lang);
      const deposit = h.tiket!.controls.getDeposit();
      h.tiket!.controls.setFault("order", { kind: "http500" });
      try {
        const status = await statusOf(agent, lang, code);
        expect(status.text.endsWith(`\n\n${unchecked[lang](at)}`), status.text).toBe(true);
        expect(status.text).not.toContain(issuable[lang]);
        expect(status.buttons).toEqual(buttons[lang].card);
        const reminder = await reminderOf(agent, code);
        expect(reminder.text).toBe(`${reminderTitle(lang, code)}\n${unchecked[lang](at)}`);
        expect(reminder.buttons).toEqual(buttons[lang].reminder);
        expect(await digestButtons(agent, lang)).toEqual(buttons[lang].digestStatus(code));
      } finally {
        h.tiket!.controls.setFault("order", null);
      }
      const again = await statusOf(agent, lang, code);
      if (checkedOut) {
        expect(again.text.split("\n")).toContain(issuable[lang]);
        expect(again.buttons).toEqual(buttons[lang].payable);
      } else {
        expect(again.text.endsWith(`\n\n${refused[lang](at)}`), again.text).toBe(true);
        expect(again.buttons).toEqual(buttons[lang].card);
      }
      expect(h.tiket!.controls.getDeposit()).toBe(deposit);
    }, 90_000);
});

describe("the digest of a tiket.com booking the bot can't pay now offers Status, as its reminder does", () => {
  it.each([["id", 14_721], ["en", 14_722]] as const)("its own session gone (%s)", async (lang, id) => {
    const agent = new Agent(h, { id, first_name: "Fajar", language_code: lang }, { id, type: "private" });
    const code = await book(agent, lang, 100 + (id % 10) * 3);
    expect(await digestButtons(agent, lang)).toEqual(buttons[lang].digestIssue(code));
    await redis.del(`${ns}:tiket:order:${code}:token`);
    expect(await digestButtons(agent, lang)).toEqual(buttons[lang].digestStatus(code));
    const reminder = await reminderOf(agent, code);
    expect(reminder.buttons).toEqual(buttons[lang].reminder);
  }, 90_000);

  it.each([["en", 14_723], ["id", 14_724]] as const)("a payment confirmation it sent got no clear answer, past the issue's hold (%s)", async (lang, id) => {
    const agent = new Agent(h, { id, first_name: "Fajar", language_code: lang }, { id, type: "private" });
    const code = await book(agent, lang, 120 + (id % 10) * 3);
    const c = h.tiket!.controls;
    c.setFault("partner/transactionApi/confirmPayment", { kind: "http500" });
    try {
      await agent.tap(words[lang].issueNow);
      await agent.tap("✅");
    } finally {
      c.setFault("partner/transactionApi/confirmPayment", null);
    }
    expect(c.getOrder(code)?.paymentStatus, agent.transcript(3)).toBe("checkout");
    shift = 40 * 60_000; // past the hold
    try {
      expect(await digestButtons(agent, lang)).toEqual(buttons[lang].digestStatus(code));
      const reminder = await reminderOf(agent, code);
      expect(reminder.buttons).toEqual(buttons[lang].reminder);
    } finally {
      shift = 0;
    }
  }, 90_000);
});
