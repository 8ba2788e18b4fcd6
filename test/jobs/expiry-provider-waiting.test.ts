import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobIds } from "../../src/jobs/job-data.js";
import { Agent, futureDate, type Harness } from "../support/bot-harness.js";
import type { MmbcAnswerProxy } from "../support/mmbc-answer-proxy.js";
import { startProxiedHarness } from "../support/proxied-harness.js";
import { fire } from "../support/jobs.js";
import { until } from "../support/telegram/wait-for.js";
import { bookOne } from "../bot/journey-steps.js";

// The booking's deadline is past by the bot's clock (the seed's own "24 Jan 2017 23:59"), but MMBC still says
// waiting: the expiry check said "expired, search again to rebook" while /status offered Issue and issuing
// worked, an invitation to a second booking. Only the provider says expired; the bot asks it again a few
// times, then says the time passed by its clock but MMBC still shows it waiting.
let proxy: MmbcAnswerProxy;
let h: Harness;
let close = async () => {};
beforeAll(async () => void ({ h, proxy, close } = await startProxiedHarness()), 60_000);
afterAll(() => close());

let nextId = 61_700;
const RECHECKS = 4;

describe.each([
  ["en", { expired: "expired: it was not issued", waiting: "the pay-before time has passed by our clock, but MMBC still shows it waiting", rebook: "Search again" }],
  ["id", { expired: "kedaluwarsa: tidak issued", waiting: "batas bayar sudah lewat menurut jam kami, tetapi MMBC masih menunjukkan waiting", rebook: "Cari lagi" }],
] as const)("the deadline past by our clock, MMBC still waiting (%s)", (lang, words) => {
  it("is never announced expired: rechecked, then told to check /status", async () => {
    const id = nextId++;
    const a = new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
    proxy.rewrites["postbooking-json"] = (answer) => ({ ...(answer as object), flight_timelimit: "24 Jan 2017 23:59" });
    const code = await bookOne(a, `/cari CGK SUB ${futureDate(lang === "en" ? 40 : 41).wire} 1`);
    delete proxy.rewrites["postbooking-json"];
    const expiry = jobIds.expiry("mmbc", code);
    const botTexts = () => h.emulator.chatMessages(a.chat.id).filter((m) => m.fromBot).map((m) => m.text ?? "");
    for (let k = 1; k <= RECHECKS; k++) {
      // Each run finds MMBC waiting and puts the check back for later, saying nothing.
      await until(async () => {
        const job = await h.app.jobs.queue.getJob(expiry);
        return job && (await job.getState()) === "delayed" && (job.data as { rechecks?: number }).rechecks === k ? true : undefined;
      });
      expect(botTexts().some((t) => t.includes(words.expired) || t.includes(words.waiting))).toBe(false);
      await fire(h, expiry);
    }
    await until(() => (botTexts().some((t) => t.includes(words.waiting)) ? true : undefined));
    const told = botTexts().find((t) => t.includes(words.waiting))!;
    expect(told).toContain(`/status ${code}`);
    expect(told).not.toContain(words.rebook);
    expect(botTexts().some((t) => t.includes(words.expired))).toBe(false);
    expect(proxy.sandbox.controls.getBooking(code)?.status).toBe("waiting");
  }, 60_000);
});
