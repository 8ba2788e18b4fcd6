import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMmbcSandbox, type MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { toSummary } from "./journey-steps.js";

// MMBC's booking answer repeats the flight, route and departure it booked (seed §8). When it names another
// flight and day than the agent booked, the hold is real (a code, kept and listed), but the agent is told
// both flights and the bot never issues it: no one-tap "Issued sekarang", and /issued refuses with guidance.
let rewrite: ((answer: Record<string, unknown>) => Record<string, unknown>) | undefined;
let sandbox: MmbcSandbox;
let proxy: Server;
let h: Harness;

/** The sandbox behind a proxy that rewrites the booking answer's echo, as a server booking another flight would send it. */
async function startProxy(target: MmbcSandbox): Promise<{ server: Server; sandbox: MmbcSandbox }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        const body = chunks.length ? Buffer.concat(chunks) : undefined;
        const upstream = await fetch(`${target.origin}${req.url}`, { method: req.method, headers: { "content-type": req.headers["content-type"] ?? "application/x-www-form-urlencoded" }, body });
        let text = await upstream.text();
        if (rewrite && req.url?.endsWith("postbooking-json")) {
          const answer = JSON.parse(text) as Record<string, unknown>;
          if (answer.result === "ok") text = JSON.stringify(rewrite(answer));
        }
        res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json" });
        res.end(text);
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fronted = Object.create(target, { origin: { value: origin }, baseUrl: { value: `${origin}/json/` } }) as MmbcSandbox;
  return { server, sandbox: fronted };
}

beforeAll(async () => {
  sandbox = await startMmbcSandbox({ timeZone: "Asia/Jakarta" });
  const p = await startProxy(sandbox);
  proxy = p.server;
  h = await startHarness({ sandbox: p.sandbox });
}, 60_000);
afterAll(async () => {
  await h?.close();
  await new Promise((resolve) => proxy?.close(resolve));
  await sandbox?.close();
});

let nextId = 58_400;
function agent(lang: "id" | "en"): Agent {
  const id = nextId++;
  return new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
}

describe.each([
  ["id", { title: "MMBC membooking penerbangan yang berbeda", asked: "Yang diminta", issue: "💳 Issued sekarang", refusal: "tidak di-issued lewat bot", advice: "Cek dulu ke MMBC" }],
  ["en", { title: "MMBC booked a different flight", asked: "You asked for", issue: "💳 Issue now", refusal: "is not issued from the bot", advice: "Check it with MMBC" }],
] as const)("MMBC books another flight and day than asked (%s)", (lang, words) => {
  it("names both flights, keeps the code, offers no one-tap issue, and /issued pays nothing", async () => {
    const asked = futureDate(30);
    const other = futureDate(25);
    rewrite = (answer) => ({ ...answer, flight_code: "JT-692", flight_departure: `${other.iso} 08:15` });
    const a = agent(lang);
    const flight = await toSummary(a, `/cari CGK SUB ${asked.wire} 1`);
    await a.tap(a.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
    rewrite = undefined;
    const card = a.botTexts().find((t) => t.includes(words.title)) ?? "";
    const code = /(?:Kode|Code): ([A-Z0-9]{6})/.exec(card)?.[1];
    expect(code, a.transcript(6)).toMatch(/^[A-Z0-9]{6}$/);
    expect(card).toContain(words.asked);
    expect(card).toContain(`${flight} CGK → SUB`);
    expect(card).toContain("JT-692 CGK → SUB");
    expect(card).not.toMatch(/Booking berhasil|Booked!/);
    expect(a.botTexts().join("\n")).toContain(words.advice);
    const buttons = h.emulator.chatMessages(a.chat.id).filter((m) => m.fromBot).flatMap((m) => m.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? []);
    expect(buttons).not.toContain(words.issue);

    const issuedBefore = sandbox.controls.callCount("getissued-json");
    const balance = sandbox.controls.getBalance();
    const refusal = await a.say(`/issued ${code}`);
    expect(refusal?.text).toContain(words.refusal);
    expect(refusal?.text).toContain("JT-692");
    expect(refusal?.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? []).toEqual([]);
    expect(sandbox.controls.callCount("getissued-json")).toBe(issuedBefore);
    expect(sandbox.controls.getBalance()).toBe(balance);
    // Recorded like any booking: listed, its status read, its reminders and time limit kept.
    expect((await a.say("/pesanan"))?.text).toContain(code);
  });
});

it("a booking whose answer names the flight asked is issued as before", async () => {
  rewrite = undefined;
  const a = agent("id");
  await toSummary(a, `/cari CGK SUB ${futureDate(31).wire} 1`);
  await a.tap(a.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
  expect(a.last()?.text).toContain("Booking berhasil");
  expect(a.last()?.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toContain("💳 Issued sekarang");
});
