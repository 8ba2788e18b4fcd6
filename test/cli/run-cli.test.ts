import { afterAll, describe, expect, it } from "vitest";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FlightOffer, Quote } from "../../src/domain/flight.js";
import { parseCliArgs, UsageError } from "../../src/cli/args.js";
import { runCli } from "../../src/cli/run-cli.js";
import { renderTable } from "../../src/cli/table.js";
import { startMmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { dateAhead, isoAhead } from "../sandbox/sandbox-helpers.js";
import { bookAndIssue } from "./book-and-issue.js";

// The same entry point as main.ts, in-process: the cases that don't need a real process stay fast.
const sandbox = await startMmbcSandbox();
const dir = await mkdtemp(join(tmpdir(), "run-cli-test-"));
afterAll(async () => {
  await sandbox.close();
  await rm(dir, { recursive: true, force: true });
});
const env = { MMBC_BASE_URL: sandbox.baseUrl, ...prefixed(sandbox.credentials), LOG_LEVEL: "silent" };
const date = dateAhead(21);

function prefixed(c: { username: string; password: string }) {
  return { MMBC_USERNAME: c.username, MMBC_PASSWORD: c.password };
}

async function run(args: string[], withEnv: Record<string, string | undefined> = env) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, withEnv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

describe("CLI arguments", () => {
  it("reads commands, options anywhere, and defaults", () => {
    expect(parseCliArgs(["--json", "search", "cgk", "sub", "30-12-2026"])).toEqual({
      name: "search", json: true, from: "CGK", to: "SUB", date: "2026-12-30", pax: { adult: 1, child: 0, infant: 0 }, airline: undefined,
    });
    expect(parseCliArgs(["price", "CGK", "SUB", "2026-12-30", "jt690", "--pax", "2,1,1"])).toMatchObject({
      name: "price", flight: "JT690", date: "2026-12-30", pax: { adult: 2, child: 1, infant: 1 },
    });
    expect(parseCliArgs(["ticket", "abc123", "-o", "t.pdf"])).toEqual({ name: "ticket", json: false, code: "ABC123", out: "t.pdf" });
    expect(parseCliArgs(["status", "--help"])).toEqual({ name: "help" });
  });

  it.each([
    [[]],
    [["frobnicate"]],
    [["balance", "extra"]],
    [["search", "CGK", "SUB"]],
    [["search", "CGK", "CGK", "30-12-2026"]],
    [["search", "JAKARTA", "SUB", "30-12-2026"]],
    [["search", "CGK", "SUB", "31-02-2026"]],
    [["search", "CGK", "SUB", "tomorrow"]],
    [["search", "CGK", "SUB", "30-12-2026", "--pax", "0,1"]],
    [["search", "CGK", "SUB", "30-12-2026", "--pax", "1,0,2"]],
    [["search", "CGK", "SUB", "30-12-2026", "--airline", "nope"]],
    [["search", "CGK", "SUB", "30-12-2026", "--pax"]],
    [["price", "CGK", "SUB", "30-12-2026", "not a flight"]],
    [["status", "ABC-123"]],
    [["status", "ABC123", "--out", "x.pdf"]],
    [["balance", "--bogus"]],
  ])("rejects %j", (args) => {
    expect(() => parseCliArgs(args)).toThrow(UsageError);
  });

  it("bad usage exits 64 and prints the usage on stderr", async () => {
    const r = await run(["search", "CGK", "SUB", "30-12-2026", "--airline", "nope"]);
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/^error: --airline "nope": use one of airasia, /);
    expect(r.stderr).toContain("usage: npm run cli");
    expect(r.stdout).toBe("");
  });

  it("--help prints the usage on stdout and exits 0", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("usage: npm run cli");
  });
});

describe("CLI output", () => {
  it("aligns table columns, right-aligning money", () => {
    const text = renderTable([{ header: "Code" }, { header: "Price", align: "right" }], [["JT-1", "Rp 1.000"], ["GA-100", "Rp 12.000.000"]]);
    expect(text.split("\n")).toEqual([
      "Code            Price",
      "------  -------------",
      "JT-1         Rp 1.000",
      "GA-100  Rp 12.000.000",
    ]);
  });

  it("balance as text is in rupiah", async () => {
    const r = await run(["balance"]);
    expect(r).toMatchObject({ code: 0, stdout: "balance:  Rp 50.000.000" });
  });

  it("search prints a table with local times and rupiah, one row per offer", async () => {
    const json = JSON.parse((await run(["search", "CGK", "DPS", date, "--json"])).stdout) as FlightOffer[];
    const r = await run(["search", "CGK", "DPS", date]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(`CGK → DPS on ${date}: ${json.length} flights (price per adult, tax included)`);
    expect(lines[1]).toMatch(/^Flight\s+Airline\s+Departs\s+Arrives\s+Stops\s+Price\s+Fare\s+Baggage$/);
    const rows = lines.slice(3);
    expect(rows).toHaveLength(json.length);
    json.forEach((o, i) => {
      const row = rows[i]!;
      expect(row.startsWith(o.flightCode)).toBe(true);
      expect(row).toContain(` ${o.departsAt.slice(11, 16)} `);
      expect(row).toContain(new Intl.NumberFormat("id-ID").format(o.price));
    });
    // A next-day arrival is marked, so 22:10 → 01:05 doesn't read as a time machine.
    const late = json.find((o) => o.arrivesAt.slice(0, 10) > o.departsAt.slice(0, 10));
    if (late) expect(rows.find((row) => row.startsWith(late.flightCode))).toContain(`${late.arrivesAt.slice(11, 16)}+1`);
  });

  it("search --airline asks only that airline's endpoint", async () => {
    const before = sandbox.controls.callCount("getflightLion");
    const r = await run(["search", "CGK", "SUB", date, "--airline", "lion", "--json"]);
    expect(r.code).toBe(0);
    const offers = JSON.parse(r.stdout) as FlightOffer[];
    for (const o of offers) expect(["JT", "ID", "IW"]).toContain(o.airlineCode);
    expect(sandbox.controls.callCount("getflightLion")).toBe(before + 1);
  });

  it("price quotes a searched flight and shows when the live price moved", async () => {
    const [offer] = JSON.parse((await run(["search", "CGK", "UPG", date, "--json"])).stdout) as FlightOffer[];
    const same = await run(["price", "CGK", "UPG", date, offer!.flightCode, "--pax", "2,0,0", "--json"]);
    const quote = JSON.parse(same.stdout) as Quote;
    expect(quote).toMatchObject({ total: offer!.price * 2, pax: { adult: 2, child: 0, infant: 0 }, offer: { flightCode: offer!.flightCode, date: isoAhead(21) } });
    sandbox.controls.setPriceChange(offer!.flightCode, 25_000);
    try {
      const moved = await run(["price", "CGK", "UPG", date, offer!.flightCode.replace("-", "")]);
      expect(moved.code).toBe(0);
      expect(moved.stdout).toMatch(/^seats left:\s+\d+$/m);
      expect(moved.stdout).toContain(`price change:  +Rp 25.000 vs the search`);
    } finally {
      sandbox.controls.setPriceChange(offer!.flightCode, 0);
    }
  });

  it("status as text and as JSON (any case), and ticket --json says where the PDF went", async () => {
    const code = await bookAndIssue(sandbox);
    expect(await run(["status", code])).toMatchObject({ code: 0, stdout: `code:    ${code}\nstatus:  issued` });
    const json = await run(["status", code.toLowerCase(), "--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ code, status: "issued" });
    const out = join(dir, "t.pdf");
    const r = await run(["ticket", code, "--out", out, "--json"]);
    expect(r.code).toBe(0);
    const pdf = await readFile(out);
    expect(JSON.parse(r.stdout)).toEqual({
      kind: "link", code, url: `${sandbox.origin}/getbook/etiket/etiket-${code}.pdf`, fileName: `etiket-${code}.pdf`, savedTo: out, bytes: pdf.length,
    });
  });

  it("ticket of an unknown code is a provider error (exit 2)", async () => {
    const r = await run(["ticket", "NOSUCH"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: booking_not_found: /);
  });

  it("a flight the search doesn't list is a provider error (exit 2)", async () => {
    const r = await run(["price", "CGK", "SUB", date, "XX-9999"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: no_flights: flight XX-9999 is not among/);
  });

  it("a provider failure prints the code, the provider's words and the endpoint", async () => {
    sandbox.controls.setFault("ceksaldo", { kind: "html" });
    try {
      const r = await run(["balance", "--json"]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^error: unavailable: provider sent an HTML page\n {2}provider said: HTML page \(\d+ chars\): /);
      expect(r.stderr).toContain("endpoint: ceksaldo");
      expect(r.stderr).not.toContain(sandbox.credentials.password);
    } finally {
      sandbox.controls.setFault("ceksaldo", null);
    }
  });

  it("an airline failure prints the provider's own words", async () => {
    sandbox.controls.setFault("ceksaldo", { kind: "upstream" });
    try {
      const r = await run(["balance"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error: upstream: /);
      expect(r.stderr).toContain("failed to receive data");
    } finally {
      sandbox.controls.setFault("ceksaldo", null);
    }
  });
});

describe("CLI configuration", () => {
  it("a config error exits 78, names the key and never shows the values", async () => {
    const r = await run(["balance"], { MMBC_BASE_URL: "http://127.0.0.1:1/json/", MMBC_PASSWORD: "x-secret-x" });
    expect(r.code).toBe(78);
    expect(r.stderr).toContain("MMBC_USERNAME and MMBC_PASSWORD are required");
    expect(r.stderr).not.toContain("x-secret-x");
  });

  it.each([
    [{ MMBC_BASE_URL: "klikmbc" }, "MMBC_BASE_URL"],
    [{ TIMEZONE: "Mars/Olympus" }, "TIMEZONE"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
  ])("rejects %j", async (bad, key) => {
    const r = await run(["balance"], { ...env, ...bad });
    expect(r.code).toBe(78);
    expect(r.stderr).toContain(key);
  });

  it("empty values count as unset (a copied .env.example works)", async () => {
    const r = await run(["balance", "--json"], { MMBC_BASE_URL: "", MMBC_USERNAME: "", MMBC_PASSWORD: "", TIMEZONE: "", LOG_LEVEL: "silent" });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("using the built-in MMBC sandbox");
  });
});
