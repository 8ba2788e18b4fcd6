import { digestSettingsText } from "../../src/bot/features/settings/digest-settings.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createI18n } from "../../src/bot/i18n.js";
import type { BookingStatus } from "../../src/domain/booking.js";
import { digestSchedulerId } from "../../src/jobs/digest-schedule.js";
import { digestMessage, visibleLength } from "../../src/presenters/digest-message.js";
import type { AccessPolicy } from "../../src/services/access-policy.js";
import { dailyDigest, digestActor, type DigestDeps } from "../../src/services/daily-digest.js";
import type { BookingRecord, BookingStore } from "../../src/store/booking-store.js";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { Agent, futureDate, startHarness, type Harness, type HarnessOptions } from "../support/bot-harness.js";
import { fire, settled } from "../support/jobs.js";
import { startTelegramEmulator, type TelegramEmulator } from "../support/telegram/index.js";
import { givePrivately, pickFirstFlight } from "../bot/journey-steps.js";

/**
 * The digest is about "yesterday" and "today" in the bot's zone. So that a booking made now (with an
 * hour to pay) is due "today" whatever time the suite runs, the bot and sandbox run in a zone where it
 * is around noon; bookings "made yesterday" are made with the bot's clock a day back (their records
 * say so), against a sandbox on real time. The scheduled job is made due with `fire`, never waited for.
 */
function noonZone(): string {
  const k = 12 - new Date().getUTCHours();
  return k === 0 ? "Etc/GMT" : `Etc/GMT${k > 0 ? "-" : "+"}${Math.abs(k)}`;
}
const zone = noonZone();
const DAY = 86_400_000;
let shift = 0;
const now = () => new Date(Date.now() + shift);

let sandbox: MmbcSandbox;
let emulator: TelegramEmulator;
beforeAll(async () => {
  sandbox = await startMmbcSandbox({ timeZone: zone, timelimitSeconds: 3600 });
  emulator = await startTelegramEmulator();
});
afterAll(async () => {
  await sandbox.close();
  await emulator.close();
});

const harness = (namespace: string, extra: HarnessOptions = {}) => startHarness({ sandbox, emulator, namespace, now, env: { TIMEZONE: zone }, ...extra });
const digests = (chatId: number) => emulator.chatMessages(chatId).filter((m) => m.fromBot && /Ringkasan harian ·|Daily digest ·/.test(m.text ?? ""));

/** A booking by a member in a privacy-mode group (answers are replies; personal data through a DM when asked). */
async function bookInGroup(agent: Agent, route: string, name: string): Promise<string> {
  await agent.say(`/cari ${route} ${futureDate(40).wire} 1`);
  await pickFirstFlight(agent);
  await agent.tap("Lanjut");
  let msg = await agent.reply(name);
  if (msg?.text?.includes("data pribadi")) msg = await givePrivately(agent);
  if (msg?.text?.includes("kontak terakhir")) await agent.tap("✅ Pakai");
  else {
    await agent.reply("agen@example.com");
    await agent.reply("081234567890");
  }
  await agent.tap("✅ Booking");
  const code = /(?:Kode|Code): ([A-Z0-9]{6})/.exec(agent.lastForMe()?.text ?? "")?.[1];
  if (!code) throw new Error(agent.transcript(6));
  return code;
}

/** Turns the digest on from /settings → 📰 and returns the id of the job the chat's scheduler has waiting. */
async function turnOn(h: Harness, admin: Agent): Promise<void> {
  await admin.say("/settings");
  await admin.tap({ data: "dg:menu" });
  expect(admin.last()?.text).toMatch(/08:00/);
  await admin.tap({ data: "dg:on" });
  const scheduler = await h.app.jobs.queue.getJobScheduler(digestSchedulerId(admin.chat.id));
  expect(scheduler).toMatchObject({ tz: zone, pattern: "0 0 8 * * *" });
}

async function nextDigestJob(h: Harness, chatId: number): Promise<string> {
  const scheduler = await h.app.jobs.queue.getJobScheduler(digestSchedulerId(chatId));
  expect(scheduler?.next).toBeDefined();
  return `repeat:${digestSchedulerId(chatId)}:${scheduler!.next}`;
}

describe("daily digest for an agency group", () => {
  const group = { id: -100_141_001, type: "group" as const, title: "Agen Harian" };
  const boss = { id: 14_101, first_name: "Bos", language_code: "id" };
  const staff = { id: 14_102, first_name: "Staf", language_code: "id" };

  it("is sent once a day with two workers and a restart, in Indonesian; its Issue button goes through the usual confirmation", async () => {
    emulator.setChatAdministrators(group.id, [boss.id]);
    let a = await harness("dig1");
    let b: Harness | undefined = await harness("dig1");
    let restarted: Harness | undefined;
    try {
      const bos = new Agent(a, boss, group);
      const staf = new Agent(a, staff, group);
      await turnOn(a, bos);

      // Yesterday (the bot's clock): one booked and issued. Today: one booked, not paid, due in an hour.
      shift = -DAY;
      const done = await bookInGroup(staf, "CGK SUB", "Mr Staf Setia");
      await bos.say(`/issued ${done}`);
      await bos.tap("✅ Issued");
      expect(sandbox.controls.getBooking(done)?.status).toBe("issued");
      shift = 0;
      const due = await bookInGroup(staf, "CGK DPS", "Mrs Sri Wahyuni");
      const issuedYesterday = (await a.app.deps.bookings.get("mmbc", done))!;
      const dueToday = (await a.app.deps.bookings.get("mmbc", due))!;

      // Two workers share the queue: the job runs once, one digest.
      const first = await nextDigestJob(a, group.id);
      await fire(a, first);
      await emulator.waitFor(() => digests(group.id).length === 1);
      // Run to its end ("skipped" too if a worker was slow enough to have it taken over: the marker held).
      const ended = await settled(a, [first]);
      expect(ended[first], JSON.stringify(ended)).toMatchObject({ state: "completed", returnvalue: expect.stringMatching(/^(sent|skipped)$/) });
      expect(digests(group.id)).toHaveLength(1);
      const digest = digests(group.id)[0]!;
      const text = digest.text!;
      expect(text).toContain("Booking kemarin: 1");
      expect(text).toContain(`Issued kemarin: 1 · total Rp ${issuedYesterday.booking.fares.total.toLocaleString("id-ID")}`);
      expect(text).toContain(`komisi Rp ${issuedYesterday.booking.fares.commission!.toLocaleString("id-ID")}`);
      expect(text).toContain(done);
      expect(text).toMatch(new RegExp(`${due} CGK → DPS · bayar sebelum \\d\\d:\\d\\d`));
      expect(text).toContain("Belum issued, batas bayar dalam 24 jam ke depan (1)");
      expect(text).toMatch(/Deposit MMBC: Rp [\d.]+ \(sandbox\)/);
      expect(digest.reply_markup!.inline_keyboard.flat()).toEqual([{ text: `💳 Issued ${due}`, callback_data: `b:i:mmbc:${due}` }]);
      expect(dueToday.booking.status).toBe("waiting");

      // A restart: both processes go, a new one comes; the scheduler lives in Redis. Its next run the same
      // day (a duplicate, a changed time) finds today's digest already sent.
      await a.close();
      await b.close();
      b = undefined;
      restarted = await harness("dig1");
      a = restarted;
      const again = await nextDigestJob(restarted, group.id);
      expect(again).not.toBe(first);
      await fire(restarted, again);
      const endedAgain = await settled(restarted, [again]);
      expect(endedAgain, JSON.stringify(endedAgain)).toEqual({ [again]: { state: "completed", returnvalue: "skipped" } });
      expect(digests(group.id)).toHaveLength(1);

      // The Issue button is the booking card's: a member who may not spend is refused, the admin is asked to confirm.
      const staf2 = new Agent(restarted, staff, group);
      const bos2 = new Agent(restarted, boss, group);
      // The refusal names her, replying to the digest, with 🙋 to ask those who may (issue-ask.ts); no digest is posted.
      const before = emulator.calls.length;
      const posted = digests(group.id).length;
      await staf2.tap({ data: `b:i:mmbc:${due}` });
      const refusals = emulator.calls.slice(before).filter((c) => c.method === "sendMessage");
      expect(refusals.map((c) => c.payload.text)).toEqual([expect.stringContaining("tidak berhak issued")]);
      expect(JSON.stringify(refusals[0]!.payload.reply_markup)).toContain(`b:r:mmbc:${due}`);
      expect(digests(group.id)).toHaveLength(posted);
      await bos2.tap({ data: `b:i:mmbc:${due}` });
      expect(bos2.last()?.text).toContain(`Issued ${due}?`);
      await bos2.tap("✅ Issued");
      expect(sandbox.controls.getBooking(due)?.status).toBe("issued");

      // /ringkasan always answers, whoever asks.
      await staf2.say("/ringkasan");
      expect(digests(group.id)).toHaveLength(2);
      expect(emulator.errors.filter((e) => !e.injected)).toEqual([]);
    } finally {
      shift = 0;
      await b?.close();
      await a.close();
    }
  });

  it("in an English group: nothing to report sends nothing, /digest still answers, and a due booking is reported", async () => {
    const en = { id: -100_141_002, type: "group" as const, title: "Agency Daily" };
    const owner = { id: 14_201, first_name: "Owner", language_code: "en" };
    emulator.setChatAdministrators(en.id, [owner.id]);
    const h = await harness("dig2");
    try {
      const admin = new Agent(h, owner, en);
      await admin.say("/settings");
      await admin.tap({ data: "st:lang:en" });
      await turnOn(h, admin);
      // The zone as agents read it (WIB, WITA, GMT+x), never an IANA name.
      expect(admin.last()?.text).toMatch(/On, every day at 08:00 \([^/)]+\)/);

      const quiet = await nextDigestJob(h, en.id);
      await fire(h, quiet);
      const endedQuiet = await settled(h, [quiet]);
      expect(endedQuiet, JSON.stringify(endedQuiet)).toEqual({ [quiet]: { state: "completed", returnvalue: "skipped" } });
      expect(digests(en.id)).toHaveLength(0);

      await admin.say("/digest");
      expect(digests(en.id)).toHaveLength(1);
      expect(digests(en.id)[0]!.text).toContain("No bookings yesterday.");
      expect(digests(en.id)[0]!.text).toContain("No bookings due in the next 24 hours.");

      const member = new Agent(h, { id: 14_202, first_name: "Sari", language_code: "id" }, en);
      const due = await bookInGroupEnglish(member);
      // Paid elsewhere (the provider says issued): not due any more, whatever the bot last stored.
      const paidElsewhere = await bookInGroupEnglish(member);
      sandbox.controls.issueExternally(paidElsewhere);
      const next = await nextDigestJob(h, en.id);
      await fire(h, next);
      await emulator.waitFor(() => digests(en.id).length === 2);
      const text = digests(en.id)[1]!.text!;
      expect(text).toContain("Daily digest");
      expect(text).toContain("Unpaid, due in the next 24 hours (1)");
      expect(text).toMatch(new RegExp(`${due} CGK → SUB · pay before \\d\\d:\\d\\d`));
      expect(text).not.toContain(paidElsewhere);
      expect(digests(en.id)[1]!.reply_markup!.inline_keyboard.flat().map((b) => b.text)).toEqual([`💳 Issue ${due}`]);

      // Turned off: the scheduler is gone.
      await admin.say("/settings");
      await admin.tap({ data: "dg:menu" });
      await admin.tap({ data: "dg:off" });
      expect(await h.app.jobs.queue.getJobScheduler(digestSchedulerId(en.id))).toBeUndefined();
      expect(emulator.errors.filter((e) => !e.injected)).toEqual([]);
    } finally {
      await h.close();
    }
  });
});

describe("the digest follows the chat", () => {
  it("a group upgraded to a supergroup keeps its digest at its time; turned off, none is scheduled", async () => {
    const old = { id: -100_141_003, type: "group" as const, title: "Agen Pindah" };
    const boss = { id: 14_301, first_name: "Bos", language_code: "id" };
    emulator.setChatAdministrators(old.id, [boss.id]);
    const h = await harness("dig3");
    try {
      const admin = new Agent(h, boss, old);
      await admin.say("/pengaturan");
      await admin.tap({ data: "dg:menu" });
      await admin.tap({ data: "dg:t:0700" });
      expect(admin.last()?.text).toContain("Nonaktif");
      expect(await h.app.jobs.queue.getJobScheduler(digestSchedulerId(old.id))).toBeUndefined();
      await admin.tap({ data: "dg:on" });
      expect(admin.last()?.text).toContain("Aktif, setiap hari pukul 07:00");
      const superId = -1_000_141_003;
      emulator.migrateGroup(old, superId);
      for (const update of emulator.takeUpdates()) await h.app.bot.handleUpdate(update);
      expect(await h.app.jobs.queue.getJobScheduler(digestSchedulerId(old.id))).toBeUndefined();
      expect(await h.app.jobs.queue.getJobScheduler(digestSchedulerId(superId))).toMatchObject({ pattern: "0 0 7 * * *", tz: zone });
    } finally {
      await h.close();
    }
  });

  it("a group upgraded while the bot missed it: its digest, refused at the old id, goes to the supergroup once, and moves there", async () => {
    const old = { id: -100_141_005, type: "group" as const, title: "Agen Senyap" };
    const boss = { id: 14_401, first_name: "Bos", language_code: "id" };
    emulator.setChatAdministrators(old.id, [boss.id]);
    const h = await harness("dig4");
    try {
      const admin = new Agent(h, boss, old);
      await turnOn(h, admin);
      const due = await bookInGroup(admin, "CGK DPS", "Mrs Sri Wahyuni");
      const superId = -1_000_141_005;
      emulator.migrateGroup(old, superId);
      emulator.takeUpdates(); // both service messages lost
      const callsFrom = emulator.calls.length;

      const job = await nextDigestJob(h, old.id);
      await fire(h, job);
      expect(await settled(h, [job])).toEqual({ [job]: { state: "completed", returnvalue: "sent" } });
      const sends = emulator.calls.slice(callsFrom).filter((c) => c.method === "sendMessage").map((c) => ({ chat: c.payload.chat_id, ok: c.ok }));
      expect(sends).toEqual([{ chat: old.id, ok: false }, { chat: superId, ok: true }]);
      expect(digests(superId)).toHaveLength(1);
      expect(digests(superId)[0]!.text).toMatch(new RegExp(`${due} CGK → DPS · bayar sebelum \\d\\d:\\d\\d`));
      // The next days' digests are the supergroup's, at the same time.
      expect(await h.app.jobs.queue.getJobScheduler(digestSchedulerId(old.id))).toBeUndefined();
      expect(await h.app.jobs.queue.getJobScheduler(digestSchedulerId(superId))).toMatchObject({ pattern: "0 0 8 * * *", tz: zone });
    } finally {
      await h.close();
    }
  });
});

/** The same booking steps in a group whose language is English. */
async function bookInGroupEnglish(agent: Agent): Promise<string> {
  await agent.say(`/search CGK SUB ${futureDate(41).wire} 1`);
  await pickFirstFlight(agent);
  await agent.tap("Continue");
  let msg = await agent.reply("Mrs Sari Dewi");
  if (msg?.text?.includes("personal")) {
    msg = await givePrivately(agent);
    // The member's private chat was Indonesian; the group heard back in English.
    expect(agent.h.emulator.chatMessages(agent.chat.id).some((m) => m.fromBot && m.text?.includes("Data pribadi diterima"))).toBe(false);
  }
  if (/last contact/.test(msg?.text ?? "")) await agent.tap("✅");
  else {
    await agent.reply("sari@example.com");
    await agent.reply("081234567890");
  }
  await agent.tap("✅ Book");
  const code = /Code: ([A-Z0-9]{6})/.exec(agent.lastForMe()?.text ?? "")?.[1];
  if (!code) throw new Error(agent.transcript(6));
  return code;
}

/** A stored booking, as the digest reads it (nothing here talks to a provider). */
function stored(code: string, o: { timelimit?: string; createdAt?: string; issuedAt?: string; status?: BookingStatus; name?: string; departsAt?: string } = {}): BookingRecord {
  return {
    booking: {
      provider: "mmbc", code, airlineName: "Lion Air", flightCode: "JT-690", from: "CGK", to: "DPS", departsAt: o.departsAt ?? "2027-01-05T07:50:00.000Z", stops: 0,
      passengers: [{ title: "Mr", fullName: "Budi Santoso", type: "adult" }],
      fares: { publish: 400_000, tax: 95_100, total: 495_100, nta: 489_160, commission: 5_940 },
      timelimit: o.timelimit ?? "2026-12-04T05:00:00.000Z", status: o.status ?? "waiting",
    },
    chatId: 1, bookedBy: { id: 1, name: o.name ?? "Agen" }, createdAt: o.createdAt ?? "2026-12-02T03:00:00.000Z",
    ...(o.issuedAt && { issuedAt: o.issuedAt }),
  };
}

const i18n = createI18n("id");
const tr = (locale: string) => (key: string, vars?: Record<string, string | number>) => i18n.t(locale, key, vars);
const code = (prefix: string, i: number) => `${prefix}${String(i).padStart(4, "0")}`;
const WIB = "Asia/Jakarta";

describe("how much a digest lists: nothing due is left out without saying so", () => {
  const facts = (o: { made?: number; issued?: number; due?: number; name?: string }) => {
    const made = Array.from({ length: o.made ?? 0 }, (_, i) => stored(code("MD", i), { name: o.name }));
    const issued = Array.from({ length: o.issued ?? 0 }, (_, i) => stored(code("IS", i), { name: o.name, status: "issued", issuedAt: "2026-12-02T04:00:00.000Z" }));
    // Due from 09:00 WIB on, a minute apart, soonest first.
    const expiring = Array.from({ length: o.due ?? 0 }, (_, i) => stored(code("DU", i), { timelimit: new Date(Date.UTC(2026, 11, 3, 2, i)).toISOString() }));
    return { day: "2026-12-03", made, issued, expiring, madeTotal: 1, issuedTotal: 1, commission: 1, balances: [{ provider: "mmbc", balance: 50_000_000, sandbox: true }] };
  };
  const dueLines = (text: string) => text.split("\n").filter((l) => /DU\d{4}/.test(l));

  it("11 due and 12 made yesterday (id): every due booking with its Issue button, two to a row; the 2 bookings not listed are counted, with where to see them", () => {
    const { text, keyboard } = digestMessage(tr("id"), "id", WIB, facts({ made: 12, due: 11 }));
    expect(text).toContain("Belum issued, batas bayar dalam 24 jam ke depan (11):");
    expect(dueLines(text)).toHaveLength(11);
    expect(text).not.toMatch(/lebih akhir/);
    expect(keyboard!.inline_keyboard.flat().map((b) => b.text)).toEqual(Array.from({ length: 11 }, (_, i) => `💳 Issued ${code("DU", i)}`));
    expect(keyboard!.inline_keyboard.map((row) => row.length)).toEqual([2, 2, 2, 2, 2, 1]);
    expect(text).toContain("🆕 Booking kemarin: 12");
    expect(text.split("\n").filter((l) => /MD\d{4}/.test(l))).toHaveLength(10);
    expect(text).toContain("…dan 2 lainnya — semuanya ada di /pesanan");
  });

  it("25 due (en): the 20 soonest with buttons, and '…and 5 more, due later' pointing to /bookings", () => {
    const { text, keyboard } = digestMessage(tr("en"), "en", WIB, facts({ due: 25, issued: 11 }));
    expect(text).toContain("Unpaid, due in the next 24 hours (25):");
    expect(dueLines(text).map((l) => /DU\d{4}/.exec(l)![0])).toEqual(Array.from({ length: 20 }, (_, i) => code("DU", i)));
    expect(text).toContain("…and 5 more, due later — all of them in /bookings");
    expect(text).toContain("…and 1 more — all of them in /bookings");
    expect(keyboard!.inline_keyboard.flat()).toHaveLength(20);
    expect(keyboard!.inline_keyboard).toHaveLength(10);
    expect(keyboard!.inline_keyboard.flat()[19]).toEqual({ text: `💳 Issue ${code("DU", 19)}`, callback_data: `b:i:mmbc:${code("DU", 19)}` });
  });

  it("stays under Telegram's 4096 characters with long names: yesterday's lists give way before the due one, and each says how many it left out", () => {
    const name = `${"Bintang & Samudra ".repeat(7)}`.slice(0, 129);
    for (const locale of ["id", "en"] as const) {
      const { text, keyboard } = digestMessage(tr(locale), locale, WIB, facts({ made: 30, issued: 30, due: 40, name }));
      expect(visibleLength(text)).toBeLessThanOrEqual(4096);
      const listed = (p: string) => text.split("\n").filter((l) => new RegExp(`${p}\\d{4}`).test(l)).length;
      const more = [...text.matchAll(/(?:…dan|…and) (\d+)/g)].map((m) => Number(m[1]));
      expect(more).toEqual([30 - listed("MD"), 30 - listed("IS"), 40 - listed("DU")]);
      expect(listed("DU")).toBe(20);
      expect(listed("MD")).toBeLessThan(10);
      expect(keyboard!.inline_keyboard.flat()).toHaveLength(20);
    }
  });
});

describe("what is due: every unpaid booking whose deadline falls in the next 24 hours", () => {
  /** The digest's reads without Redis or a provider: the chat may use no account, so each booking keeps its stored status. */
  const digestOf = async (...args: Parameters<typeof dailyDigest>) => (await dailyDigest(...args))!;
  function depsWith(records: BookingRecord[]): DigestDeps {
    const bookings = {
      listForChat: async () => ({ records, total: records.length }),
      get: async (_p: string, c: string) => records.find((r) => r.booking.code === c),
      find: async (c: string) => records.find((r) => r.booking.code === c),
    } as unknown as BookingStore;
    // The chat may read its bookings; the provider can't be asked (no account to ask with): stored statuses stand.
    const access = { outsider: async () => false, mayRead: async () => true, access: async () => ({ ok: false, reason: "not-approved" }) } as unknown as AccessPolicy;
    return { bookings, access, accounts: { forBooking: async () => undefined } as unknown as DigestDeps["accounts"] };
  }
  const at = (iso: string) => new Date(iso).toISOString();
  // 22:30 WIB on Thursday 3 December 2026.
  const evening = new Date("2026-12-03T15:30:00.000Z");
  const records = [
    stored("LATE01", { timelimit: at("2026-12-03T18:30:00.000Z"), createdAt: at("2026-12-03T15:30:00.000Z") }), // 01:30 WIB tomorrow
    stored("GONE01", { timelimit: at("2026-12-03T15:00:00.000Z") }), // 22:00 today: lapsed already
    stored("EDGE01", { timelimit: at("2026-12-04T15:29:00.000Z") }), // 22:29 tomorrow: 23 h 59 min away
    stored("FAR001", { timelimit: at("2026-12-04T15:31:00.000Z") }), // 22:31 tomorrow: past the window
    stored("PAID01", { timelimit: at("2026-12-03T20:00:00.000Z"), status: "issued" }),
  ];

  it("at 22:30 a booking due at 01:30 is listed (with 'tomorrow'), one due in 23 h 59 min too, the lapsed, far and paid ones not", async () => {
    const d = await digestOf(depsWith(records), digestActor(1, undefined), evening, WIB);
    expect(d.expiring.map((r) => r.booking.code)).toEqual(["LATE01", "EDGE01"]);
    expect(d.empty).toBe(false);
    const id = digestMessage(tr("id"), "id", WIB, d).text;
    expect(id).toContain("⏳ Belum issued, batas bayar dalam 24 jam ke depan (2):");
    expect(id).toContain("LATE01</code> CGK → DPS · bayar sebelum besok 01:30");
    expect(id).toContain("EDGE01</code> CGK → DPS · bayar sebelum besok 22:29");
    const en = digestMessage(tr("en"), "en", WIB, d).text;
    expect(en).toContain("⏳ Unpaid, due in the next 24 hours (2):");
    expect(en).toContain("LATE01</code> CGK → DPS · pay before tomorrow 01:30");
  });

  it("a booking whose flight leaves within the issue cut-off is not due any more (its Issue would be refused)", async () => {
    const boarding = stored("BOARD1", { timelimit: at("2026-12-03T18:30:00.000Z"), departsAt: "2026-12-03T22:50:00.000+07:00" }); // leaves 22:50 WIB, 20 min away
    const d = await digestOf(depsWith([...records, boarding]), digestActor(1, undefined), evening, WIB);
    expect(d.expiring.map((r) => r.booking.code)).toEqual(["LATE01", "EDGE01"]);
  });

  it("the next morning it is still listed until it lapses, as today's", async () => {
    const d = await digestOf(depsWith(records), digestActor(1, undefined), new Date("2026-12-03T17:10:00.000Z"), WIB);
    expect(d.expiring.map((r) => r.booking.code)).toEqual(["LATE01", "EDGE01", "FAR001"]);
    expect(digestMessage(tr("id"), "id", WIB, d).text).toContain("LATE01</code> CGK → DPS · bayar sebelum 01:30 ·");
  });
});

describe("late in the evening, the scheduled digest and /ringkasan agree", () => {
  /** A zone where it is 22:xx now: a booking made now with two hours to pay is due after midnight. */
  function eveningZone(): string {
    let k = 22 - new Date().getUTCHours();
    if (k > 14) k -= 24;
    return k === 0 ? "Etc/GMT" : `Etc/GMT${k > 0 ? "-" : "+"}${Math.abs(k)}`;
  }
  const late = eveningZone();
  let lateSandbox: MmbcSandbox;
  beforeAll(async () => {
    lateSandbox = await startMmbcSandbox({ timeZone: late, timelimitSeconds: 7200 });
  });
  afterAll(async () => {
    await lateSandbox.close();
  });

  it("a booking made at 22:xx, due at 00:xx, is in both (it used to be in neither: nothing was sent)", async () => {
    const group = { id: -100_141_004, type: "group" as const, title: "Agen Malam" };
    const boss = { id: 14_401, first_name: "Bos", language_code: "id" };
    emulator.setChatAdministrators(group.id, [boss.id]);
    const h = await startHarness({ sandbox: lateSandbox, emulator, namespace: "dig4", env: { TIMEZONE: late } });
    // The emulator is the file's: only what goes wrong from here on is this test's.
    const earlier = emulator.errors.length;
    try {
      const bos = new Agent(h, boss, group);
      await bos.say("/settings");
      await bos.tap({ data: "dg:menu" });
      await bos.tap({ data: "dg:on" });
      const due = await bookInGroup(bos, "CGK DPS", "Mr Budi Malam");
      const deadline = (await h.app.deps.bookings.get("mmbc", due))!.booking.timelimit;
      expect(Date.parse(deadline) - Date.now()).toBeLessThan(2 * 3_600_000 + 60_000);

      const job = await nextDigestJob(h, group.id);
      await fire(h, job);
      const ended = await settled(h, [job]);
      expect(ended, JSON.stringify(ended)).toEqual({ [job]: { state: "completed", returnvalue: "sent" } });
      await bos.say("/ringkasan");
      const [scheduled, onDemand] = digests(group.id);
      for (const m of [scheduled!, onDemand!]) {
        expect(m.text).toContain("⏳ Belum issued, batas bayar dalam 24 jam ke depan (1):");
        expect(m.text).toMatch(new RegExp(`${due} CGK → DPS · bayar sebelum besok 0[01]:\\d\\d`));
        expect(m.reply_markup!.inline_keyboard.flat()).toEqual([{ text: `💳 Issued ${due}`, callback_data: `b:i:mmbc:${due}` }]);
      }
      expect(emulator.errors.slice(earlier).filter((e) => !e.injected)).toEqual([]);
    } finally {
      await h.close();
    }
  });
});

describe("the digest panel names its zone as agents know it", () => {
  it.each([["Asia/Jakarta", "WIB"], ["Asia/Makassar", "WITA"], ["Asia/Jayapura", "WIT"]])("%s → %s", (timeZone, name) => {
    const text = digestSettingsText(tr("id"), { issuerIds: [], digest: { enabled: true, time: "08:00" } }, timeZone);
    expect(text).toContain(`(${name})`);
    expect(text).not.toContain(timeZone);
  });
});

describe("a forum group's digest", () => {
  it("set up in a topic is sent to that topic, not to General", async () => {
    const group = { id: -100_141_009, type: "supergroup" as const, title: "Agen Forum" };
    const boss = { id: 14_901, first_name: "Bos", language_code: "id" };
    emulator.setChatAdministrators(group.id, [boss.id]);
    const h = await harness("dig9");
    // Every update of this group comes from its topic 55 (our emulator has no topics: marked here).
    const handle = h.app.bot.handleUpdate.bind(h.app.bot);
    h.app.bot.handleUpdate = (update, ...rest) => {
      const m = (update.message ?? update.callback_query?.message) as unknown as Record<string, unknown> | undefined;
      if (m && (m.chat as { id: number }).id === group.id) Object.assign(m, { is_topic_message: true, message_thread_id: 55 });
      return handle(update, ...rest);
    };
    try {
      const bos = new Agent(h, boss, group);
      await turnOn(h, bos);
      await bookInGroup(bos, "CGK DPS", "Mr Budi Forum");
      const job = await nextDigestJob(h, group.id);
      const from = emulator.calls.length;
      await fire(h, job);
      expect(await settled(h, [job])).toEqual({ [job]: { state: "completed", returnvalue: "sent" } });
      const sent = emulator.calls.slice(from).find((c) => c.method === "sendMessage" && String(c.payload.chat_id) === String(group.id));
      expect(String(sent?.payload.text)).toContain("Ringkasan harian");
      expect(sent?.payload.message_thread_id).toBe(55);
    } finally {
      h.app.bot.handleUpdate = handle;
      await h.close();
    }
  });
});
