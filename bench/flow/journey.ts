import type { StoredMessage } from "../../test/support/telegram/index.js";
import type { FlowAgent } from "./agent.js";

/** The step at which "a paused conversation" is measured: everything for the booking is collected. */
export const SUMMARY_STEP = "phone → summary";

function textOf(m: StoredMessage | undefined): string {
  return m?.text ?? m?.caption ?? "";
}

function expect(ok: boolean, agent: FlowAgent, what: string): void {
  if (!ok) throw new Error(`agent ${agent.user.id}: ${what}; last bot message: ${JSON.stringify(textOf(agent.last()).slice(0, 200))}`);
}

export function travelDate(daysAhead: number): string {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date(Date.now() + daysAhead * 86_400_000)).split("-");
  return `${d}-${m}-${y}`;
}

/**
 * One agent's flow from /cari to the booking code (~12 updates), the same for the bot and the naive peer:
 * both answer with the same buttons (c:ap:…, r:…:o:n, c:q:go, c:sum:book) and the same key words.
 * `atSummary` runs while the conversation waits for the "book" tap (the paused conversation is measured there).
 */
export async function runBookingJourney(agent: FlowAgent, daysAhead: number, atSummary: () => Promise<void>): Promise<string> {
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
  const asked = (m: StoredMessage | undefined) => /E-mail|Tanggal lahir|Paspor/.test(textOf(m));
  await agent.say("passenger name", "Mr Budi Santoso");
  let msg = await agent.lastWhen(asked);
  for (let i = 0; i < 3 && !textOf(msg).includes("E-mail"); i++) {
    if (textOf(msg).includes("Tanggal lahir")) await agent.say("birth date", "17-08-1990");
    else if (textOf(msg).includes("Paspor")) await agent.say("passport", "A1234567 31-12-2035");
    else break;
    msg = await agent.lastWhen(asked);
  }
  expect(textOf(msg).includes("E-mail"), agent, "the e-mail question did not come");
  await agent.say("email", "budi@example.com");
  await agent.say(SUMMARY_STEP, "0812 3456 7890");
  msg = await agent.lastWhen((m) => textOf(m).includes("Periksa sebelum booking"));
  expect(textOf(msg).includes("Periksa sebelum booking"), agent, "no summary");
  await atSummary();
  await agent.tap("book", (d) => d === "c:sum:book");
  msg = await agent.lastWhen((m) => /Kode: /.test(textOf(m)) || !!agent.findButton((d) => d === "c:rp:ok"));
  if (!/Kode: /.test(textOf(msg)) && agent.findButton((d) => d === "c:rp:ok")) {
    await agent.tap("book (new price)", (d) => d === "c:rp:ok");
    msg = await agent.lastWhen((m) => /Kode: /.test(textOf(m)));
  }
  const code = /Kode: ([A-Z0-9]{4,10})/.exec(textOf(msg))?.[1];
  expect(!!code, agent, "no booking code");
  return code!;
}
