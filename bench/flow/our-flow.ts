import type { Redis } from "ioredis";
import type { StoredMessage } from "../../test/support/telegram/index.js";
import type { FlowAgent } from "./agent.js";
import { keySize, type KeySize } from "./redis-size.js";

/** Step names; the summary step is where "an active booking conversation" is measured. */
export const SUMMARY_STEP = "phone → summary";
/** Steps handled outside the search conversation (it ends once the booking is made). */
export const ISSUE_STEP = "issue: confirm";
export const AFTER_CONVERSATION = new Set(["issue: ask", ISSUE_STEP]);

function textOf(m: StoredMessage | undefined): string {
  return m?.text ?? m?.caption ?? "";
}

function expect(ok: boolean, agent: FlowAgent, what: string): void {
  if (!ok) throw new Error(`agent ${agent.user.id}: ${what}; last bot message: ${JSON.stringify(textOf(agent.last()).slice(0, 200))}`);
}

function travelDate(daysAhead: number): string {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date(Date.now() + daysAhead * 86_400_000)).split("-");
  return `${d}-${m}-${y}`;
}

/**
 * The whole journey, as in test/bot/booking-journey.test.ts: search → price → passenger → contact →
 * book → issue. Each agent flies on its own date so 50 bookings never compete for the seats
 * of one sandbox flight (which would turn the run into a "sold out" test).
 */
export interface OurJourney {
  size: KeySize;
  /** The e-ticket the worker will send, and when the issue update was answered. */
  ticket: { fileName: string; issuedAt: number };
}

export async function runOurAgent(agent: FlowAgent, redis: Redis, convKey: string, daysAhead: number): Promise<OurJourney> {
  await agent.say("/cari", "/cari");
  await agent.say("origin text", "jakarta");
  await agent.tap("origin: tap CGK", (d) => d === "c:ap:CGK");
  await agent.say("destination", "surabaya");
  if (agent.findButton((d) => d === "c:ap:SUB")) await agent.tap("destination: tap SUB", (d) => d === "c:ap:SUB");
  await agent.say("date", travelDate(daysAhead));
  await agent.say("pax → search + results", "1");
  expect(!!agent.findButton((d) => /^r:[\w-]+:o:\d+$/.test(d)), agent, "no flight buttons after the search");
  await agent.tap("pick flight → live price", (d) => /^r:[\w-]+:o:\d+$/.test(d));
  await agent.tap("continue", (d) => d === "c:q:go");
  let msg = await agent.say("passenger name", "Mr Budi Santoso");
  for (let i = 0; i < 3 && !textOf(msg).includes("E-mail"); i++) {
    if (textOf(msg).includes("Tanggal lahir")) msg = await agent.say("birth date", "17-08-1990");
    else if (textOf(msg).includes("Paspor")) msg = await agent.say("passport", "A1234567 31-12-2035");
    else break;
  }
  expect(textOf(msg).includes("E-mail"), agent, "the e-mail question did not come");
  await agent.say("email", "budi@example.com");
  msg = await agent.say(SUMMARY_STEP, "0812 3456 7890");
  expect(textOf(msg).includes("Periksa sebelum booking"), agent, "no summary");
  // Mid-conversation: everything the flow has collected so far sits in this one key.
  const size = await keySize(redis, convKey);
  msg = await agent.tap("book", (d) => d === "c:sum:book");
  if (!/Kode: /.test(textOf(msg)) && agent.findButton((d) => d === "c:rp:ok")) msg = await agent.tap("book (new price)", (d) => d === "c:rp:ok");
  const code = /Kode: ([A-Z0-9]{4,10})/.exec(textOf(msg))?.[1];
  expect(!!code, agent, "no booking code");
  await agent.tap("issue: ask", (d) => d.startsWith("b:i:") && d.endsWith(`:${code}`));
  // The handler issues and queues the e-ticket; the PDF itself comes later from the job worker.
  msg = await agent.tap(ISSUE_STEP, (d) => d.startsWith("ic:"));
  expect(textOf(msg).includes(`${code} berhasil issued`), agent, "not issued");
  return { size, ticket: { fileName: `etiket-${code}.pdf`, issuedAt: Date.now() } };
}
