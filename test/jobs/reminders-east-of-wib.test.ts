import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseOffsets } from "../../src/jobs/reminder-offsets.js";
import { deadline } from "../../src/presenters/format.js";
import { isoInZone } from "../../src/domain/zoned-time.js";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookingJobIds } from "../support/jobs.js";
import { startTelegramEmulator, type TelegramEmulator } from "../support/telegram/index.js";
import { bookOne } from "../bot/journey-steps.js";

// MMBC prints `flight_timelimit` on its own clock, WIB (spec), whatever zone the bot shows times in or the
// machine runs in. A bot shown in WITA or WIT, on a machine in WIT, must remind and say "expired" at the
// deadline MMBC enforces (not one or two hours before it), and still show that deadline in its own zone.
const machineZone = process.env.TZ;
process.env.TZ = "Asia/Jayapura";

const OFFSETS = "30m,10m";
const offsetsMs = parseOffsets(OFFSETS)!;
let sandbox: MmbcSandbox;
let emulator: TelegramEmulator;
beforeAll(async () => {
  sandbox = await startMmbcSandbox({ timeZone: "Asia/Jakarta", timelimitSeconds: 3 * 3600 });
  emulator = await startTelegramEmulator();
});
afterAll(async () => {
  await sandbox.close();
  await emulator.close();
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

describe.each([
  ["Asia/Makassar", "WITA", 10_301],
  ["Asia/Jayapura", "WIT", 10_302],
])("a bot showing times in %s (%s)", (zone, zoneName, id) => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness({ sandbox, emulator, env: { TIMEZONE: zone, REMINDER_OFFSETS: OFFSETS } }); });
  afterAll(async () => { await h.close(); });

  it("reminds and expires at MMBC's deadline (WIB on the wire), and shows it in its own zone", async () => {
    const agent = new Agent(h, { id, first_name: "Agen", language_code: "id" }, { id, type: "private" });
    const code = await bookOne(agent, `/cari CGK SUB ${futureDate(30).wire} 1`);
    const enforced = sandbox.controls.getBooking(code)!.timelimitAt;

    const stored = (await h.app.deps.bookings.get("mmbc", code))!.booking.timelimit;
    expect(Date.parse(stored)).toBe(enforced);
    const shown = deadline(isoInZone(enforced, zone), "id", zone);
    expect(shown).toContain(zoneName);
    expect(agent.last()!.text).toContain(shown);

    const ids = bookingJobIds(code, offsetsMs);
    const due = [...ids.reminders.map((j, i) => [j, enforced - offsetsMs[i]!] as const), [ids.expiry, enforced] as const];
    for (const [job, dueAt] of due) {
      expect(((await h.app.jobs.queue.getJob(job))!.data as { dueAt: number }).dueAt).toBe(dueAt);
    }
  });
});
