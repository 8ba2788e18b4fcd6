import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startLocalSentinel, type LocalSentinel } from "../support/redis-topologies.js";
import { bookOne, fillPassengers, pickFirstFlight } from "../bot/journey-steps.js";
import { jobIds } from "../../src/jobs/job-data.js";

// A primary, a replica and a sentinel on free ports; the bot (and its worker) connect through Sentinel.
let s: LocalSentinel;
let h: Harness;
beforeAll(async () => {
  s = await startLocalSentinel();
  h = await startHarness({ env: { REDIS_SENTINELS: s.spec, REDIS_SENTINEL_NAME: s.name } });
}, 60_000);
afterAll(async () => {
  await h?.close();
  await s?.stop();
});

const agent = (id: number) => new Agent(h, { id, first_name: `A${id}`, language_code: "id" }, { id, type: "private" });

describe("Sentinel failover in the middle of bookings", () => {
  it("loses no acknowledged booking, issue lock, confirmation or reminder; the bot answers again seconds after promotion", async () => {
    expect(await s.currentPrimaryPort()).toBe(s.primary.port);
    const [booked1, booked2, issued, confirming, midway, prober] = [7201, 7202, 7203, 7204, 7205, 7206].map(agent) as [Agent, Agent, Agent, Agent, Agent, Agent];
    const search = (days: number) => `/cari CGK SUB ${futureDate(days).wire} 1`;
    // Acknowledged to the agents just before the crash: two bookings, one issued booking, one issue
    // confirmation on screen, one search mid-way (results shown).
    const codes = [await bookOne(booked1, search(21)), await bookOne(booked2, search(22))];
    const issuedCode = await bookOne(issued, search(23));
    await issued.tap("Issued sekarang");
    await issued.tap("✅ Issued");
    await issued.document(`etiket-${issuedCode}.pdf`);
    const confirmCode = await bookOne(confirming, search(24));
    await confirming.tap("Issued sekarang");
    expect(confirming.last()?.text).toContain(`Issued ${confirmCode}?`);
    await midway.say(search(25));
    const reminderIds = [...codes, confirmCode].flatMap((c) => [jobIds.reminder("mmbc", c, 3_600_000), jobIds.reminder("mmbc", c, 900_000), jobIds.expiry("mmbc", c)]);

    // Every write the agents were told about waited for the replica (WAIT) and got its acknowledgement.
    expect(h.logLines.filter((l) => l.includes("not confirmed by a replica"))).toEqual([]);
    const killedAt = Date.now();
    await s.primary.kill();
    await h.emulator.waitFor(async () => (await s.currentPrimaryPort()) === s.replica.port || undefined, 30_000);
    const promotedAt = Date.now();
    // While the primary is gone an update fails at once (answered "try again" by bot.catch, which
    // handleUpdate leaves to its caller); after the promotion it is handled normally again.
    await h.emulator.waitFor(async () => {
      const before = h.emulator.chatMessages(prober.chat.id).length;
      const reply = await prober.say("/bantuan").catch(() => undefined);
      return (reply && h.emulator.chatMessages(prober.chat.id).length > before) || undefined;
    }, 30_000);
    const answeredAt = Date.now();
    console.log(`failover: promoted ${promotedAt - killedAt} ms after the primary was killed; the bot answered again ${answeredAt - killedAt} ms after (${answeredAt - promotedAt} ms after promotion)`);

    // Nothing acknowledged is lost: read on the promoted replica itself.
    const promoted = new Redis({ port: s.replica.port, host: "127.0.0.1" });
    try {
      expect(String(await promoted.info("replication"))).toContain("role:master");
      for (const code of [...codes, issuedCode, confirmCode]) expect(await h.app.deps.bookings.get("mmbc", code)).toBeDefined();
      expect((await h.app.deps.ledger.get("mmbc", issuedCode))?.state).toBe("done");
      for (const id of reminderIds) expect(await h.app.jobs.queue.getJobState(id)).toBe("delayed");
    } finally {
      promoted.disconnect();
    }
    // The confirmation on screen still works, and pays once.
    await confirming.tap("✅ Issued");
    await confirming.document(`etiket-${confirmCode}.pdf`);
    // The issued booking is not paid again.
    const issueCalls = (code: string) => h.sandbox.controls.calls("getissued-json").filter((c) => Object.values(c.params).includes(code)).length;
    expect(issueCalls(issuedCode)).toBe(1);
    expect(issueCalls(confirmCode)).toBe(1);
    // The search interrupted by the crash goes on where it was.
    await pickFirstFlight(midway);
    await midway.tap(/Lanjut/.test(midway.last()?.reply_markup?.inline_keyboard.flat()[0]?.text ?? "") ? midway.last()!.reply_markup!.inline_keyboard.flat()[0]!.text : "✅");
    await fillPassengers(midway, ["Mr Budi Santoso"]);
    await midway.tap(midway.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
    expect(midway.last()?.text).toMatch(/Kode: [A-Z0-9]{6}/);
  }, 90_000);
});
