// The CLI names the operator's slip instead of "no_flights" or node's parseArgs wording: a past date,
// an airport the provider doesn't know, a --pax that isn't adults,children,infants.
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { startMmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { dateAhead } from "../sandbox/sandbox-helpers.js";

const sandbox = await startMmbcSandbox();
afterAll(() => sandbox.close());
const env = { MMBC_BASE_URL: sandbox.baseUrl, MMBC_USERNAME: sandbox.credentials.username, MMBC_PASSWORD: sandbox.credentials.password, LOG_LEVEL: "silent" };

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, env, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

describe("CLI input errors", () => {
  it("a past date says so, before any provider call (exit 64)", async () => {
    const before = sandbox.controls.callCount("getflights-json");
    const r = await run(["search", "CGK", "SUB", "01-01-2020"]);
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/^error: DATE 01-01-2020 is in the past \(today is \d\d-\d\d-\d{4} in Asia\/Jakarta\)$/);
    expect(r.stderr).not.toContain("no_flights");
    expect(sandbox.controls.callCount("getflights-json")).toBe(before);
    expect((await run(["price", "CGK", "SUB", "01-01-2020", "JT-690"])).stderr).toMatch(/is in the past/);
  });

  it("an airport the provider doesn't know is named as unknown (exit 64)", async () => {
    const r = await run(["search", "XXX", "YYY", dateAhead(20)]);
    expect(r.code).toBe(64);
    expect(r.stderr).toBe("error: unknown airport XXX and YYY: the provider has no such airport (`cities` lists them)");
    const one = await run(["search", "CGK", "QQQ", dateAhead(20)]);
    expect(one.stderr).toMatch(/^error: unknown airport QQQ:/);
  });

  it("a known route still searches", async () => {
    const r = await run(["search", "CGK", "SUB", dateAhead(20), "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).length).toBeGreaterThan(0);
  });

  it.each([["-1,0,0"], ["abc"], ["0,1,0"]])("--pax %s says what --pax expects", async (pax) => {
    const r = await run(["search", "CGK", "SUB", dateAhead(20), "--pax", pax]);
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(new RegExp(`^error: --pax expects adults,children,infants as whole numbers, e\\.g\\. 2,1,0 .*got "${pax}"`));
    expect(r.stderr).not.toMatch(/ambiguous|parseArgs/);
  });

  it("--pax without a value says what it expects", async () => {
    const r = await run(["search", "CGK", "SUB", dateAhead(20), "--pax"]);
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/^error: --pax expects adults,children,infants/);
  });
});
