import type { StoredMessage, TelegramEmulator } from "../test/support/telegram/index.js";
import type { DemoAgent } from "./agent.js";
import type { Transcript } from "./transcript.js";

export class DemoStepError extends Error {
  constructor(readonly step: string, cause: unknown) {
    super(`step "${step}" failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export interface DemoResult {
  code: string;
  ticket: { fileName: string; bytes: Buffer };
}

async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw new DemoStepError(name, err);
  }
}

function textOf(m: StoredMessage | undefined): string {
  return m?.text ?? m?.caption ?? "";
}

function expectText(m: StoredMessage | undefined, needle: string | RegExp): string {
  const text = textOf(m);
  const ok = typeof needle === "string" ? text.includes(needle) : needle.test(text);
  if (!ok) throw new Error(`expected the bot's last message to contain ${String(needle)}, got: ${JSON.stringify(text.slice(0, 300))}`);
  return text;
}

const byData = (describe: string, test: (data: string) => boolean) => ({ describe, test: (b: { callback_data: string }) => test(b.callback_data) });

/** A departure 20 days ahead on the Jakarta calendar (the bot's zone), as an agent would type it. */
export function travelDate(days: number): string {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date(Date.now() + days * 86_400_000)).split("-");
  return `${d}-${m}-${y}`;
}

/**
 * The scripted agent: Budi books and issues Jakarta → Surabaya in Indonesian, then switches to English
 * and looks the booking up. Buttons are matched by callback data where wording may change, and the
 * optional questions (airport choice, birth date, passport, a price change) are answered only if asked.
 */
export async function runScript(agent: DemoAgent, emulator: TelegramEmulator, transcript: Transcript): Promise<DemoResult> {
  transcript.section("Bahasa Indonesia: cari, booking, issued");
  await step("/start", async () => expectText(await agent.say("/start"), "Sandbox"));
  await step("/cari", async () => expectText(await agent.say("/cari"), "Berangkat dari mana"));

  await step("origin: jakarta → CGK", async () => {
    await agent.say("jakarta");
    await agent.tap(byData("Jakarta (CGK)", (d) => d === "c:ap:CGK"));
  });
  await step("destination: surabaya", async () => {
    await agent.say("surabaya");
    // One match is taken at once; several are offered as buttons.
    if (agent.findButton(byData("SUB", (d) => d === "c:ap:SUB"))) await agent.tap(byData("SUB", (d) => d === "c:ap:SUB"));
    expectText(agent.last(), "Tanggal berangkat");
  });
  await step("departure date", () => agent.say(travelDate(20)));

  await step("passengers: 1 adult → results", async () => {
    const results = await agent.say("1");
    expectText(results, "CGK → SUB");
  });
  await step("pick the first flight", async () => {
    const first = byData("the first flight", (d) => /^r:[\w-]+:o:\d+$/.test(d));
    expectText(await agent.tap(first), "Sisa kursi");
  });
  await step("continue with the live price", async () => expectText(await agent.tap(byData("Lanjut", (d) => d === "c:q:go")), "Penumpang 1 dari 1"));

  await step("passenger details", async () => {
    let msg = await agent.say("Mr Budi Santoso");
    for (let i = 0; i < 3 && !textOf(msg).includes("E-mail"); i++) {
      if (textOf(msg).includes("Tanggal lahir")) msg = await agent.say("17-08-1990");
      else if (textOf(msg).includes("Paspor")) msg = await agent.say("A1234567 31-12-2035");
      else break;
    }
    expectText(msg, "E-mail");
  });
  await step("contact", async () => {
    await agent.say("budi@example.com");
    expectText(await agent.say("0812 3456 7890"), "Periksa sebelum booking");
  });

  const code = await step("book", async () => {
    let msg = await agent.tap(byData("Booking", (d) => d === "c:sum:book"));
    const reprice = byData("accept the new price", (d) => d === "c:rp:ok");
    if (agent.findButton(reprice) && !/Kode: /.test(textOf(msg))) msg = await agent.tap(reprice);
    const match = /Kode: ([A-Z0-9]{4,10})/.exec(expectText(msg, /Booking berhasil! Kode: [A-Z0-9]{4,10}/));
    return match?.[1] ?? "";
  });
  await step("ask to issue", async () => expectText(await agent.tap(byData("Issued sekarang", (d) => d.startsWith(`b:i:`) && d.endsWith(`:${code}`))), `Issued ${code}?`));
  await step("confirm issue", async () => expectText(await agent.tap(byData("✅ Issued", (d) => d.startsWith("ic:"))), code));
  const ticket = await step("e-ticket arrives", async () => {
    // The PDF comes from the job worker after the tap has been answered, not from the tap's handler.
    const fileName = `etiket-${code}.pdf`;
    const doc = await emulator
      .waitFor(() => emulator.chatMessages(agent.chat.id).find((m) => m.document?.file_name === fileName), 10_000)
      .catch((err: unknown) => {
        throw new Error(`no ${fileName} within 10 s; last bot message: ${JSON.stringify(textOf(agent.last()).slice(0, 200))}`, { cause: err });
      });
    transcript.flush();
    const bytes = doc.document ? emulator.file(doc.document.file_id) : undefined;
    if (!bytes || bytes.subarray(0, 5).toString("latin1") !== "%PDF-") throw new Error("the e-ticket is not a PDF");
    return { fileName, bytes };
  });

  transcript.section("English: /language, /status, /bookings, /balance");
  await step("/language → English", async () => {
    await agent.say("/language");
    expectText(await agent.tap(byData("English", (d) => d === "lang:en")), "English");
  });
  await step(`/status ${code}`, async () => expectText(await agent.say(`/status ${code}`), code));
  await step("/bookings", async () => expectText(await agent.say("/bookings"), code));
  await step("/balance", async () => expectText(await agent.say("/balance"), "Rp"));
  return { code, ticket };
}
