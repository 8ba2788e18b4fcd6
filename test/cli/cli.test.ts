import { afterAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FlightOffer } from "../../src/domain/flight.js";
import { startMmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { dateAhead, isoAhead } from "../sandbox/sandbox-helpers.js";
import { bookAndIssue } from "./book-and-issue.js";

// Each run is a real process: node starts, tsx hooks in and compiles the CLI's whole import graph
// (the provider, the built-in sandbox, pdf-lib, pino…), about 2–5 s of CPU per run. What is cheap to check
// in-process is in run-cli.test.ts; here are only the things a process adds: exit codes, stdout vs
// stderr, the environment and the working directory.
//
// The runs go one after another, not concurrently: on a 2-core machine seven tsx start-ups at once
// took 8–14 s each and a test doing two in a row hit the 30 s limit. Each test is given a generous
// timeout of its own, as a process start-up is at the mercy of whatever else the machine is doing.
const PROCESS_TEST_TIMEOUT_MS = 120_000;

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

describe("diagnostic CLI against a sandbox over HTTP", { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it("balance --json prints the deposit", async () => {
    const run = await cli(["balance", "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ balance: sandbox.controls.getBalance() });
    expect(run.stderr).not.toContain("sandbox at");
    expectNoPassword(run);
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

  it("status of an unknown code exits 2 with the typed error", async () => {
    const run = await cli(["status", "UNKNOWN"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^error: booking_not_found: /m);
    expect(run.stderr).toContain("Invalid Kode Booking UNKNOWN!");
    expectNoPassword(run);
  });

  it("ticket of a real booking saves the PDF in the working directory", async () => {
    // `status --json` of the same booking is checked in-process (run-cli.test.ts): one start-up here.
    const code = await bookAndIssue(booked);
    const ticket = await cli(["ticket", code, "--out", "my-ticket.pdf"], envFor(booked));
    expect(ticket.code).toBe(0);
    expect(ticket.stdout).toContain("my-ticket.pdf");
    const pdf = await readFile(join(workDir, "my-ticket.pdf"));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("wrong credentials exit 2 and the password is never printed", async () => {
    const run = await cli(["balance"], { ...envFor(sandbox), MMBC_PASSWORD: "wrong-secret-pw" });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: invalid_credentials: /m);
    expect(run.stdout + run.stderr).not.toContain("wrong-secret-pw");
  });

  it("bad usage exits 64 with the usage text", async () => {
    const run = await cli(["search", "CGK", "SUB"]);
    expect(run.code).toBe(64);
    expect(run.stderr).toMatch(/^error: search takes 3 arguments, got 2/);
    expect(run.stderr).toContain("usage: npm run cli");
    expect(run.stdout).toBe("");
  });

  it("without MMBC_BASE_URL it starts the built-in sandbox and says so on stderr", async () => {
    const run = await cli(["balance", "--json"], {});
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("MMBC_BASE_URL is not set: using the built-in MMBC sandbox");
    expect(JSON.parse(run.stdout)).toEqual({ balance: 50_000_000 });
  });
});
