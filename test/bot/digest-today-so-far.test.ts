import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { longDate } from "../../src/presenters/format.js";
import { digestSchedulerId } from "../../src/jobs/digest-schedule.js";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { fire } from "../support/jobs.js";
import { bookOne } from "./journey-steps.js";

/**
 * /ringkasan asked late in the day, after a booking and an issue that day, used to say "Tidak ada booking
 * kemarin" under a title with today's date: read as if today had nothing. On demand it covers today so far,
 * titled with the time it runs to, then yesterday under yesterday's date; the morning digest keeps reporting
 * yesterday alone.
 *
 * The bot runs in a zone where it is 23:xx now, its clock set to 23:56 there (the sandbox keeps real time:
 * the bookings' deadlines are hours away either way).
 */
const start = Date.now();
const hourUtc = new Date(start).getUTCHours();
let k = 23 - hourUtc;
if (k > 14) k -= 24;
const zone = k === 0 ? "Etc/GMT" : `Etc/GMT${k > 0 ? "-" : "+"}${Math.abs(k)}`;
// Set to 23:56 there as each test starts (not once for the file: on a busy machine the file may take
// minutes to reach its second test, and a clock that passed midnight made today's booking yesterday's).
const hourStart = Math.floor(start / 3_600_000) * 3_600_000;
let shift = hourStart + 56 * 60_000 - start;
beforeEach(() => {
  shift = hourStart + 56 * 60_000 - Date.now();
});
const now = () => new Date(Date.now() + shift);
const localDay = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(d);

let sandbox: MmbcSandbox;
let h: Harness;
beforeAll(async () => {
  sandbox = await startMmbcSandbox({ timeZone: zone });
  h = await startHarness({ sandbox, now, env: { TIMEZONE: zone } });
});
afterAll(async () => {
  await h?.close();
  await sandbox?.close();
});

describe("/ringkasan at 23:56", () => {
  it("covers today so far, says so in its title, and names yesterday with its date; in English too", async () => {
    const id = 939_1001;
    const a = new Agent(h, { id, first_name: "Wati", language_code: "id" }, { id, type: "private" });
    const code = await bookOne(a, `/cari cgk sub ${futureDate(15).wire} 1`, ["Ny Wati Susanti"]);
    await a.say(`/issued ${code}`);
    await a.tap("✅ Issued");
    await a.document(`etiket-${code}.pdf`);
    const record = (await h.app.deps.bookings.get("mmbc", code))!;
    const total = `Rp ${record.booking.fares.total.toLocaleString("id-ID")}`;
    const today = localDay(now());
    const yesterday = localDay(new Date(now().getTime() - 86_400_000));

    await a.say("/ringkasan");
    const lines = (a.last()?.text ?? a.transcript(4)).split("\n");
    expect(lines[0]).toMatch(new RegExp(`^📰 Ringkasan harian · ${longDate(today, "id")}, s\\.d\\. 23:5\\d \\S+$`));
    expect(lines.slice(1, 4)).toEqual(["", "Hari ini", `🆕 Booking hari ini: 1 · total ${total}`]);
    expect(lines).toContain(`✅ Issued hari ini: 1 · total ${total} · komisi Rp ${record.booking.fares.commission!.toLocaleString("id-ID")}`);
    const y = lines.indexOf(`Kemarin · ${longDate(yesterday, "id")}`);
    expect(y).toBeGreaterThan(3);
    expect(lines.slice(y + 1, y + 3)).toEqual(["🆕 Tidak ada booking kemarin.", "✅ Tidak ada yang issued kemarin."]);
    expect(lines.filter((l) => l.includes(code)).length).toBe(2); // booked today, issued today

    await a.say("/language");
    await a.tap("English");
    await a.say("/digest");
    const en = a.last()?.text ?? a.transcript(4);
    expect(en).toMatch(new RegExp(`^📰 Daily digest · ${longDate(today, "en")}, until 23:5\\d \\S+\\n\\nToday\\n🆕 Booked today: 1 · total ${total}\\n`));
    expect(en).toContain(`\n\nYesterday · ${longDate(yesterday, "en")}\n🆕 No bookings yesterday.\n✅ Nothing issued yesterday.\n`);
  });

  it("the scheduled digest keeps reporting yesterday alone", async () => {
    const id = 939_1002;
    const a = new Agent(h, { id, first_name: "Wati", language_code: "id" }, { id, type: "private" });
    await bookOne(a, `/cari cgk dps ${futureDate(16).wire} 1`, ["Ny Wati Susanti"]);
    await a.say("/pengaturan");
    await a.tap({ data: "dg:menu" });
    await a.tap({ data: "dg:on" });
    const scheduler = await h.app.jobs.queue.getJobScheduler(digestSchedulerId(id));
    const n = h.emulator.chatMessages(id).length;
    await fire(h, `repeat:${digestSchedulerId(id)}:${scheduler!.next}`);
    const digest = await h.emulator.waitFor(() => h.emulator.chatMessages(id).slice(n).find((m) => m.fromBot && m.text?.includes("📰")));
    expect(digest.text).toMatch(/^📰 Ringkasan harian · [^\n]+\n\n🆕 Tidak ada booking kemarin\.\n/);
    expect(digest.text).not.toContain("Hari ini");
  });
});
