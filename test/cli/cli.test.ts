import { afterAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FlightOffer } from "../../src/domain/flight.js";
import { MmbcProvider } from "../../src/providers/mmbc/mmbc-provider.js";
import { startMmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { captureLogger } from "../support/test-logger.js";
import { dateAhead, isoAhead } from "../sandbox/sandbox-helpers.js";

const MAIN = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));
const TSX = import.meta.resolve("tsx");

// Reads only; a second sandbox takes the bookings so balances here never move under a concurrent test.
const sandbox = await startMmbcSandbox();
const booked = await startMmbcSandbox();
// The CLI runs in an empty directory: a developer's .env cannot leak in, and `ticket` writes there.
const workDir = await mkdtemp(join(tmpdir(), "cli-test-"));
const date = dateAhead(20);

afterAll(async () => {
  await Promise.all([sandbox.close(), booked.close(), rm(workDir, { recursive: true, force: true })]);
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = envFor(sandbox)): Promise<Run> {
  // Nothing MMBC_* from the developer's shell: each test says exactly which provider the CLI sees.
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("MMBC_") && k !== "LOG_LEVEL"));
  const child = spawn(process.execPath, ["--import", TSX, MAIN, ...args], { cwd: workDir, env: { ...base, ...env } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function envFor(s: { baseUrl: string; credentials: { username: string; password: string } }): Record<string, string> {
  return { MMBC_BASE_URL: s.baseUrl, MMBC_USERNAME: s.credentials.username, MMBC_PASSWORD: s.credentials.password };
}

function expectNoPassword(run: Run): void {
  expect(run.stdout + run.stderr).not.toContain(sandbox.credentials.password);
}

describe.concurrent("diagnostic CLI against a sandbox over HTTP", () => {
  it("balance --json prints the deposit", async () => {
    const run = await cli(["balance", "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ balance: sandbox.controls.getBalance() });
    expect(run.stderr).not.toContain("sandbox at");
    expectNoPassword(run);
  });

  it("balance as text uses rupiah formatting", async () => {
    const run = await cli(["balance"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/balance:\s+Rp 50\.000\.000/);
  });

  it("search --json prints the normalized offers", async () => {
    const run = await cli(["search", "CGK", "SUB", date, "--json"]);
    expect(run.code).toBe(0);
    const offers = JSON.parse(run.stdout) as FlightOffer[];
    expect(offers.length).toBeGreaterThan(0);
    for (const o of offers) {
      expect(o).toMatchObject({ provider: "mmbc", from: "CGK", to: "SUB", date: isoAhead(20) });
      expect(o.price).toBeGreaterThan(0);
      expect(o.departsAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    }
    expectNoPassword(run);
  });

  it("search prints an aligned table with local times and rupiah", async () => {
    const run = await cli(["search", "CGK", "SUB", date]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^CGK → SUB on \d{2}-\d{2}-\d{4}: \d+ flights/);
    expect(lines[1]).toMatch(/^Flight\s+Airline\s+Departs\s+Arrives\s+Stops\s+Price\s+Fare\s+Baggage$/);
    const rows = lines.slice(3);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^[A-Z0-9]{2}-\d+\s.*\s\d{2}:\d{2}\s+\d{2}:\d{2}(\+1)?\s.*Rp [\d.]+/);
    // Right-aligned prices end in the same column.
    const priceEnds = rows.map((r) => r.search(/Rp [\d.]+\s+(Rp [\d.]+|-)/) + (/Rp [\d.]+/.exec(r.slice(r.search(/Rp /)))?.[0].length ?? 0));
    expect(new Set(priceEnds).size).toBe(1);
  });

  it("search --airline uses the airline's own endpoint", async () => {
    const run = await cli(["search", "CGK", "SUB", date, "--airline", "lion", "--pax", "2,1,0", "--json"]);
    expect(run.code).toBe(0);
    const offers = JSON.parse(run.stdout) as FlightOffer[];
    for (const o of offers) expect(["JT", "ID", "IW"]).toContain(o.airlineCode);
    expect(sandbox.controls.callCount("getflightLion")).toBeGreaterThan(0);
  });

  it("price quotes a flight from the search and compares with the search price", async () => {
    const search = JSON.parse((await cli(["search", "CGK", "DPS", date, "--json"])).stdout) as FlightOffer[];
    const offer = search[0]!;
    const run = await cli(["price", "CGK", "DPS", date, offer.flightCode, "--pax", "2,0,0", "--json"]);
    expect(run.code).toBe(0);
    const quote = JSON.parse(run.stdout) as { total: number; seatsLeft: number; offer: FlightOffer };
    expect(quote.offer.flightCode).toBe(offer.flightCode);
    expect(quote.total).toBe(offer.price * 2);
    const text = await cli(["price", "CGK", "DPS", date, offer.flightCode.replace("-", ""), "--pax", "2"]);
    expect(text.stdout).toContain("same as the search");
    expect(text.stdout).toMatch(/total:\s+Rp [\d.]+/);
  });

  it("price of a flight the search does not list exits 2", async () => {
    const run = await cli(["price", "CGK", "DPS", date, "XX-9999"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: no_flights: /m);
  });

  it("status of an unknown code exits 2 with the typed error", async () => {
    const run = await cli(["status", "UNKNOWN"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^error: booking_not_found: /m);
    expect(run.stderr).toContain("Invalid Kode Booking UNKNOWN!");
    expectNoPassword(run);
  });

  it("status and ticket of a real booking; the PDF is saved", async () => {
    const code = await bookAndIssue();
    const status = await cli(["status", code.toLowerCase(), "--json"], envFor(booked));
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toEqual({ code, status: "issued" });
    const ticket = await cli(["ticket", code, "--out", "my-ticket.pdf"], envFor(booked));
    expect(ticket.code).toBe(0);
    expect(ticket.stdout).toContain("my-ticket.pdf");
    const pdf = await readFile(join(workDir, "my-ticket.pdf"));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const json = await cli(["ticket", code, "--json"], envFor(booked));
    expect(JSON.parse(json.stdout)).toMatchObject({ kind: "link", code, savedTo: join(workDir, `etiket-${code}.pdf`), bytes: pdf.length });
  });

  it("wrong credentials exit 2 and the password is never printed", async () => {
    const run = await cli(["balance"], { ...envFor(sandbox), MMBC_PASSWORD: "wrong-secret-pw" });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: invalid_credentials: /m);
    expect(run.stdout + run.stderr).not.toContain("wrong-secret-pw");
  });

  it.each([
    [[]],
    [["frobnicate"]],
    [["search", "CGK", "SUB"]],
    [["search", "CGK", "SUB", "31-02-2026"]],
    [["search", "CGK", "SUB", "30-12-2026", "--pax", "0,1"]],
    [["search", "CGK", "SUB", "30-12-2026", "--airline", "nope"]],
    [["status", "ABC123", "--out", "x.pdf"]],
    [["balance", "--bogus"]],
  ])("bad usage %j exits 64 with the usage text", async (args) => {
    const run = await cli(args);
    expect(run.code).toBe(64);
    expect(run.stderr).toMatch(/^error: /);
    expect(run.stderr).toContain("usage: npm run cli");
    expect(run.stdout).toBe("");
  });

  it("a config error exits 78 without hiding which key is wrong", async () => {
    const run = await cli(["balance"], { MMBC_BASE_URL: "http://127.0.0.1:1/json/", MMBC_PASSWORD: "x-secret-x" });
    expect(run.code).toBe(78);
    expect(run.stderr).toContain("MMBC_USERNAME");
    expect(run.stderr).not.toContain("x-secret-x");
  });

  it("without MMBC_BASE_URL it starts the built-in sandbox and says so on stderr", async () => {
    const run = await cli(["balance", "--json"], {});
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("MMBC_BASE_URL is not set: using the built-in MMBC sandbox");
    expect(JSON.parse(run.stdout)).toEqual({ balance: 50_000_000 });
  });
});

/** Books and issues one passenger on a flight that needs only a name (Lion group or Garuda). */
async function bookAndIssue(): Promise<string> {
  const provider = new MmbcProvider({
    baseUrl: booked.baseUrl, credentials: booked.credentials, timeZone: "Asia/Jakarta", sandbox: true, logger: captureLogger().logger,
  });
  try {
    const pax = { adult: 1, child: 0, infant: 0 };
    const offers = await provider.search({ from: "CGK", to: "SUB", date: isoAhead(25), pax });
    const offer = offers.find((o) => ["JT", "ID", "GA", "SJ"].includes(o.airlineCode)) ?? offers[0]!;
    const quote = await provider.quote(offer, pax);
    const booking = await provider.book({
      provider: "mmbc", offerRef: offer.ref, flightCode: offer.flightCode, from: offer.from, to: offer.to, date: offer.date, pax,
      passengers: [{ type: "adult", title: "Mr", fullName: "Budi Santoso", ...(quote.needs.birthDate ? { birthDate: "1987-09-02" } : {}) }],
      contact: { email: "budi@example.co.id", phone: "081234567890" },
    });
    await provider.issue(booking.code);
    return booking.code;
  } finally {
    await provider.close();
  }
}
