import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobIds } from "../../src/jobs/job-data.js";
import { Agent, futureDate, type Harness } from "../support/bot-harness.js";
import type { MmbcAnswerProxy } from "../support/mmbc-answer-proxy.js";
import { startProxiedHarness } from "../support/proxied-harness.js";
import { bookOne } from "./journey-steps.js";

// MMBC answered a booking "ok" with no readable deadline ("") and no commission (null): the booking was made,
// then left unrecorded and called "booked outside this chat". It is this chat's booking, its deadline unknown.
let proxy: MmbcAnswerProxy;
let h: Harness;
let close = async () => {};
beforeAll(async () => void ({ h, proxy, close } = await startProxiedHarness()), 60_000);
afterAll(() => close());

let nextId = 61_800;

describe.each([
  ["en", { unknown: "Pay before: unknown", commission: "Commission unknown", list: "/bookings", outside: "outside" }],
  ["id", { unknown: "Bayar sebelum: tidak diketahui", commission: "Komisi tidak diketahui", list: "/pesanan", outside: "di luar" }],
] as const)("a booking answer without a deadline or commission (%s)", (lang, words) => {
  it("is recorded as this chat's booking, its deadline unknown, no reminder set", async () => {
    const id = nextId++;
    const a = new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
    proxy.rewrites["postbooking-json"] = (answer) => ({ ...(answer as object), flight_timelimit: "", flight_bonus_agen: null });
    const code = await bookOne(a, `/cari CGK SUB ${futureDate(lang === "en" ? 44 : 45).wire} 1`);
    delete proxy.rewrites["postbooking-json"];
    const card = a.last()!.text ?? "";
    expect(card).toContain(words.unknown);
    expect(card).toContain(words.commission);
    const record = await h.app.deps.bookings.get("mmbc", code);
    expect(record?.booking).toMatchObject({ code, timelimitUnknown: true });
    expect(record?.booking.fares.commission).toBeUndefined();
    // Only the status check at departure: no "pay before" reminder made up.
    const queued = (await h.app.jobs.queue.getJobs(["delayed", "waiting", "active", "completed"])).filter((j) => j?.id?.includes(code)).map((j) => j.id);
    expect(queued).toEqual([jobIds.expiry("mmbc", code)]);
    await a.say(words.list);
    expect(a.last()!.text).toContain(code);
    await a.say(`/status ${code}`);
    expect(a.last()!.text).toContain(words.unknown);
    expect(a.last()!.text).not.toContain(words.outside);
  }, 60_000);
});
