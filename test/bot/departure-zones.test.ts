import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TZDate } from "@date-fns/tz";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { fillPassengers } from "./journey-steps.js";

// Flight times are local airport times: 14:05 from Jayapura is 14:05 WIT, two hours before 14:05 WIB.
// What may still be sold or paid for is decided on the departure airport's clock.
let shift = 0;
const clock = () => Date.now() + shift;
let sandbox: MmbcSandbox;
let h: Harness;
beforeAll(async () => {
  sandbox = await startMmbcSandbox({ timeZone: "Asia/Jakarta", now: clock });
  h = await startHarness({ sandbox, now: () => new Date(clock()) });
});
afterAll(async () => {
  await h?.close();
  await sandbox?.close();
});

const flights = (agent: Agent) =>
  agent.last()!.reply_markup!.inline_keyboard.flat().filter((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { text: string; callback_data: string }[];

/** The earliest flight on the list: its code, its printed clock, and when it really leaves (WIT). */
function earliest(agent: Agent, date: string) {
  const parsed = flights(agent).map((b) => {
    const [, code, hh, mm] = /^(\S+) (\d{2}):(\d{2})/.exec(b.text)!;
    return { code: code!, button: b, leaves: new TZDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), Number(hh), Number(mm), "Asia/Jayapura").getTime() };
  });
  return parsed.sort((a, b) => a.leaves - b.leaves)[0]!;
}

/** A member in a private chat who has looked at DJJ → CGK on a day: its earliest flight, the search closed. */
async function earliestOn(id: number, lang: "id" | "en", days: number) {
  const agent = new Agent(h, { id, first_name: "Agen", language_code: lang }, { id, type: "private" });
  const date = futureDate(days);
  await agent.say(`${lang === "id" ? "/cari" : "/search"} DJJ CGK ${date.wire} 1`);
  const flight = earliest(agent, date.iso);
  await agent.say(lang === "id" ? "/batal" : "/cancel");
  return { agent, date, flight };
}

async function bookAt(agent: Agent, date: { iso: string; wire: string }, flightCode: string): Promise<string> {
  await agent.say(`/cari DJJ CGK ${date.wire} 1`);
  await agent.tap({ data: flights(agent).find((b) => b.text.startsWith(flightCode))!.callback_data });
  await agent.tap("Lanjut");
  await fillPassengers(agent, ["Mr Budi Santoso"]);
  await agent.tap("✅ Booking");
  const code = /Kode: ([A-Z0-9]{6})/.exec(agent.last()?.text ?? "")?.[1];
  if (!code) throw new Error(agent.transcript(6));
  return code;
}

describe("departures read on the departure airport's clock (WIT)", () => {
  it("a booking is not issued once its flight leaves within 30 minutes on Jayapura's clock, asked or confirmed", async () => {
    const { agent, date, flight } = await earliestOn(91_001, "id", 25);
    // Booked three hours before it leaves (Jayapura's clock), asked to issue 40 minutes before.
    shift = flight.leaves - 3 * 3_600_000 - Date.now();
    const code = await bookAt(agent, date, flight.code);
    shift = flight.leaves - 40 * 60_000 - Date.now();
    expect((await agent.say(`/issued ${code}`))?.text).toContain(`Issued ${code}?`);
    // Confirmed 20 minutes later: it boards in 20 minutes (on a WIB reading, 2 h 20 min): nothing is paid.
    shift = flight.leaves - 20 * 60_000 - Date.now();
    const answer = await agent.tap("✅");
    expect(answer?.text).toContain(`${code} tidak bisa di-issued: penerbangan berangkat`);
    expect(answer?.text).toContain("Deposit tidak terpakai");
    expect((await agent.say(`/issued ${code}`))?.text).toContain("tidak bisa di-issued");
    // The status no longer invites a payment: no "pay before", no Issue button; the departure says its zone.
    const card = await agent.say(`/cek ${code}`);
    expect(card?.text).not.toMatch(/issued ✅|Nomor tiket|Bayar sebelum/);
    expect(card?.text).toContain("terlalu dekat dengan keberangkatan");
    expect(card?.text).toMatch(/\d{2}:\d{2} WIT\b/);
    expect(card?.reply_markup?.inline_keyboard.flat().map((b) => b.text).join(" ")).not.toContain("Issued");
    shift = 0;
  });

  it("a flight leaving within the hour on Jayapura's clock is not offered", async () => {
    const { agent, date, flight } = await earliestOn(91_002, "en", 26);
    // 50 minutes before it leaves in WIT; in WIB terms it would still be 2 h 50 min away.
    shift = flight.leaves - 50 * 60_000 - Date.now();
    await agent.say(`/search DJJ CGK ${date.wire} 1`);
    const shown = agent.last()?.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? [];
    expect(shown.some((t) => t.startsWith(flight.code))).toBe(false);
    shift = 0;
  });
});
