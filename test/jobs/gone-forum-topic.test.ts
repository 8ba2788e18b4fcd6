import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digestSchedulerId } from "../../src/jobs/digest-schedule.js";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookingJobIds, fire, settled } from "../support/jobs.js";
import { startTelegramEmulator, type RecordedCall, type TelegramEmulator } from "../support/telegram/index.js";
import { bookInOpenGroup as bookInGroup, internationalDay } from "../bot/journey-steps.js";

// An agency's forum supergroup tidies up: a booking's topic is closed or deleted while its reminders, its
// e-ticket or the group's digest are still to come. Telegram then refuses a post to that topic (deleted:
// "message thread not found"; closed: TOPIC_CLOSED, the bot being no admin); the post goes to General
// instead, once, and later ones go there directly. The emulator models the topics (createForumTopic).

let sandbox: MmbcSandbox;
let emulator: TelegramEmulator;
beforeAll(async () => {
  sandbox = await startMmbcSandbox();
  emulator = await startTelegramEmulator({ privacyMode: false });
});
afterAll(async () => {
  await sandbox?.close();
  await emulator?.close();
});

type Gone = "deleted" | "closed";
const refusal: Record<Gone, string> = { deleted: "Bad Request: message thread not found", closed: "Bad Request: TOPIC_CLOSED" };
function remove(chatId: number, topic: number, how: Gone): void {
  if (how === "deleted") emulator.deleteForumTopic(chatId, topic);
  else emulator.closeForumTopic(chatId, topic);
}

const posts = (from: number, chatId: number, method = "sendMessage"): RecordedCall[] =>
  emulator.calls.slice(from).filter((c) => c.method === method && String(c.payload.chat_id) === String(chatId));

describe("a booking whose forum topic is gone", () => {
  const cases = [["deleted", 958_101], ["closed", 958_102]] as const;
  for (const [how, id] of cases) {
    it(`gets its pay-before reminders in General when the topic was ${how}, each once`, async () => {
      const h = await startHarness({ sandbox, emulator, env: { REMINDER_OFFSETS: "30m,20m" } });
      try {
        const chat = { id: -100_958_100 - id, type: "supergroup" as const, title: "Agen Forum" };
        const topic = emulator.createForumTopic(chat, "Booking");
        const agent = new Agent(h, { id, first_name: "Tia", language_code: "id" }, chat, topic);
        const code = await bookInGroup(agent, `/cari CGK SUB ${futureDate(31).wire} 1`);
        expect((await h.app.deps.bookings.get("mmbc", code))?.threadId).toBe(topic);
        remove(chat.id, topic, how);

        const ids = bookingJobIds(code, [30 * 60_000, 20 * 60_000]);
        let from = emulator.calls.length;
        await fire(h, ids.reminders[0]!);
        expect(await settled(h, [ids.reminders[0]!])).toEqual({ [ids.reminders[0]!]: { state: "completed", returnvalue: "sent" } });
        const first = posts(from, chat.id);
        // Refused in the topic, then the same reminder in General: one of it arrived.
        expect(first.map((c) => [c.ok, c.payload.message_thread_id, (c.response as { description?: string }).description])).toEqual([
          [false, topic, refusal[how]], [true, undefined, undefined],
        ]);
        expect(first[1]!.payload.text).toBe(first[0]!.payload.text);
        expect(String(first[1]!.payload.text)).toContain(code);
        expect((await h.app.deps.bookings.get("mmbc", code))?.threadId).toBeUndefined();

        // The next one goes to General directly.
        from = emulator.calls.length;
        await fire(h, ids.reminders[1]!);
        expect(await settled(h, [ids.reminders[1]!])).toEqual({ [ids.reminders[1]!]: { state: "completed", returnvalue: "sent" } });
        expect(posts(from, chat.id).map((c) => [c.ok, c.payload.message_thread_id])).toEqual([[true, undefined]]);
      } finally {
        await h.close();
      }
    }, 90_000);
  }

  it("any other refusal is not sent again elsewhere", async () => {
    const h = await startHarness({ sandbox, emulator, env: { REMINDER_OFFSETS: "30m" } });
    try {
      const chat = { id: -100_958_201, type: "supergroup" as const, title: "Agen Forum" };
      const topic = emulator.createForumTopic(chat, "Booking");
      const agent = new Agent(h, { id: 958_201, first_name: "Tia", language_code: "id" }, chat, topic);
      const code = await bookInGroup(agent, `/cari CGK SUB ${futureDate(32).wire} 1`);
      const ids = bookingJobIds(code, [30 * 60_000]);
      emulator.failNext("sendMessage", { error_code: 400, description: "Bad Request: can't parse entities" });
      const from = emulator.calls.length;
      await fire(h, ids.reminders[0]!);
      expect((await settled(h, [ids.reminders[0]!]))[ids.reminders[0]!]?.state).toBe("failed");
      expect(posts(from, chat.id)).toHaveLength(1);
      expect((await h.app.deps.bookings.get("mmbc", code))?.threadId).toBe(topic);
    } finally {
      await h.close();
    }
  }, 90_000);

  it("gets its e-ticket PDF in General when the topic was deleted before the worker sent it", async () => {
    const chat = { id: -100_958_301, type: "supergroup" as const, title: "Agen Forum" };
    const boss = { id: 958_301, first_name: "Bos", language_code: "id" };
    emulator.setChatAdministrators(chat.id, [boss.id]);
    const topic = emulator.createForumTopic(chat, "Booking");
    // The worker runs in a second process started after the topic is gone: the ticket job waits till then.
    const bot = await startHarness({ sandbox, emulator, worker: false, namespace: "topic-gone-tkt" });
    let worker: Harness | undefined;
    try {
      const agent = new Agent(bot, boss, chat, topic);
      const code = await bookInGroup(agent, `/cari CGK SUB ${futureDate(33).wire} 1`);
      await agent.say(`/issued ${code}`);
      await agent.tap("✅ Issued");
      expect(sandbox.controls.getBooking(code)?.status).toBe("issued");
      emulator.deleteForumTopic(chat.id, topic);
      const from = emulator.calls.length;
      worker = await startHarness({ sandbox, emulator, namespace: "topic-gone-tkt" });
      const end = await settled(worker, [`tkt-mmbc-${code}`]);
      expect(end[`tkt-mmbc-${code}`]).toEqual({ state: "completed", returnvalue: "sent" });
      const docs = posts(from, chat.id, "sendDocument");
      expect(docs.map((c) => [c.ok, c.payload.message_thread_id])).toEqual([[false, topic], [true, undefined]]);
      expect(docs.filter((c) => c.ok)).toHaveLength(1);
    } finally {
      await worker?.close();
      await bot.close();
    }
  }, 90_000);
});

describe("the personal-details notice in a forum", () => {
  const day = internationalDay();

  /** In the topic: /cari CGK SIN → the flight that asks birth dates and passports → a name: the private-chat link. */
  async function toPrivatePrompt(agent: Agent): Promise<string> {
    await agent.say(`/cari CGK SIN ${day.wire} 1`);
    await agent.say(day.code);
    await agent.tap("Lanjut");
    await agent.say("Mr Budi Santoso");
    expect(agent.last()?.text).toMatch(/chat pribadi/);
    const link = agent.last()!.reply_markup!.inline_keyboard.flat().find((b) => "url" in b) as { url: string };
    return link.url.split("start=")[1]!;
  }

  /** The member opens the link and answers every question in the private chat. */
  async function answerPrivately(agent: Agent, payload: string): Promise<void> {
    const dm = new Agent(agent.h, agent.user, { id: agent.user.id, type: "private" });
    let q = await dm.say(`/start ${payload}`);
    for (let i = 0; i < 6 && !/Kembali ke grup/.test(q?.text ?? ""); i++) {
      if (q?.text?.includes("Tanggal lahir")) q = await dm.say("17-08-1990");
      else if (q?.text?.includes("Paspor")) q = await dm.say("A1234567 31-12-2031");
      else if (q?.text?.includes("Kewarganegaraan")) q = await dm.say("ID");
      else break;
    }
    expect(dm.last()?.text).toMatch(/Kembali ke grup/);
  }

  it("lands in the member's topic even when their message it answers was deleted", async () => {
    const h = await startHarness({ sandbox, emulator });
    try {
      const chat = { id: -100_958_401, type: "supergroup" as const, title: "Agen Forum" };
      const topic = emulator.createForumTopic(chat, "Booking");
      const agent = new Agent(h, { id: 958_401, first_name: "Tia", language_code: "id" }, chat, topic);
      const payload = await toPrivatePrompt(agent);
      // The member tidies up: the message the notice would answer is gone (the topic stays).
      const anchor = emulator.chatMessages(chat.id).filter((m) => !m.fromBot && m.from.id === agent.user.id).at(-1)!;
      await h.app.bot.api.deleteMessage(chat.id, anchor.message_id);
      const from = emulator.calls.length;
      await answerPrivately(agent, payload);
      const notice = posts(from, chat.id).find((c) => /Data pribadi diterima/.test(String(c.payload.text)));
      expect(notice).toMatchObject({ ok: true, payload: { message_thread_id: topic } });
    } finally {
      await h.close();
    }
  }, 90_000);

  for (const how of ["deleted", "closed"] as const) {
    it(`goes to General when the topic was ${how} meanwhile`, async () => {
      const h = await startHarness({ sandbox, emulator });
      try {
        const chat = { id: -100_958_500 - how.length, type: "supergroup" as const, title: "Agen Forum" };
        const topic = emulator.createForumTopic(chat, "Booking");
        const agent = new Agent(h, { id: 958_500 + how.length, first_name: "Tia", language_code: "id" }, chat, topic);
        const payload = await toPrivatePrompt(agent);
        remove(chat.id, topic, how);
        const from = emulator.calls.length;
        // Told the group has the details, not that the group could not be reached.
        await answerPrivately(agent, payload);
        const notices = posts(from, chat.id).filter((c) => /Data pribadi diterima/.test(String(c.payload.text)));
        expect(notices.map((c) => [c.ok, c.payload.message_thread_id, c.payload.reply_parameters])).toEqual([
          [false, topic, expect.anything()], [true, undefined, undefined],
        ]);
      } finally {
        await h.close();
      }
    }, 90_000);
  }
});

describe("a forum group's digest whose topic was closed", () => {
  // Around noon in the bot's zone, so a booking made now with an hour to pay is due "today" (daily-digest.test.ts).
  const k = 12 - new Date().getUTCHours();
  const zone = k === 0 ? "Etc/GMT" : `Etc/GMT${k > 0 ? "-" : "+"}${Math.abs(k)}`;

  it("goes to General, and the next days' there directly", async () => {
    const noon = await startMmbcSandbox({ timeZone: zone, timelimitSeconds: 3600 });
    const h = await startHarness({ sandbox: noon, emulator, env: { TIMEZONE: zone } });
    try {
      const chat = { id: -100_958_601, type: "supergroup" as const, title: "Agen Forum" };
      const boss = { id: 958_601, first_name: "Bos", language_code: "id" };
      emulator.setChatAdministrators(chat.id, [boss.id]);
      const topic = emulator.createForumTopic(chat, "Laporan");
      const bos = new Agent(h, boss, chat, topic);
      await bos.say("/settings");
      await bos.tap({ data: "dg:menu" });
      await bos.tap({ data: "dg:on" });
      expect((await h.app.deps.chatSettings.get(chat.id)).digest?.threadId).toBe(topic);
      await bookInGroup(bos, `/cari CGK DPS ${futureDate(40).wire} 1`);
      emulator.closeForumTopic(chat.id, topic);

      const scheduler = await h.app.jobs.queue.getJobScheduler(digestSchedulerId(chat.id));
      const job = `repeat:${digestSchedulerId(chat.id)}:${scheduler!.next}`;
      const from = emulator.calls.length;
      await fire(h, job);
      expect(await settled(h, [job])).toEqual({ [job]: { state: "completed", returnvalue: "sent" } });
      const sent = posts(from, chat.id);
      expect(sent.map((c) => [c.ok, c.payload.message_thread_id])).toEqual([[false, topic], [true, undefined]]);
      expect(String(sent[1]!.payload.text)).toContain("Ringkasan harian");
      // The next days' digests go to General directly.
      const digest = (await h.app.deps.chatSettings.get(chat.id)).digest;
      expect(digest?.enabled).toBe(true);
      expect(digest?.threadId).toBeUndefined();
    } finally {
      await h.close();
      await noon.close();
    }
  }, 90_000);
});
