import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { bookingParams, client, findFlightOf, withSandbox, type Client } from "./sandbox-helpers.js";

let sandbox: MmbcSandbox;
let c: Client;
beforeEach(async () => {
  sandbox = await withSandbox();
  c = client(sandbox);
});
afterEach(() => sandbox.close());

describe("faults", () => {
  it("http500 answers an HTML 500 page", async () => {
    sandbox.controls.setFault("ceksaldo", { kind: "http500" });
    const res = await c.post("ceksaldo");
    expect(res.status).toBe(500);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(await res.text()).toContain("Internal Server Error");
  });

  it("html answers 200 with a PHP warning page", async () => {
    sandbox.controls.setFault("getflights-json", { kind: "html" });
    const res = await c.post("getflights-json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(await res.text()).toMatch(/<b>Warning<\/b>/);
  });

  it("malformed answers truncated JSON, empty an empty body", async () => {
    sandbox.controls.setFault("getprice-json", { kind: "malformed" });
    const bad = await c.post("getprice-json");
    expect(bad.headers.get("content-type")).toContain("application/json");
    const text = await bad.text();
    expect(text.startsWith("{")).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
    sandbox.controls.setFault("getprice-json", { kind: "empty" });
    const empty = await c.post("getprice-json");
    expect(empty.status).toBe(200);
    expect(await empty.text()).toBe("");
  });

  it("login and upstream answer the documented reasons", async () => {
    sandbox.controls.setFault("ceksaldo", { kind: "login" });
    expect(await c.postJson("ceksaldo")).toEqual({ result: "no", reason: "system failed login" });
    sandbox.controls.setFault("ceksaldo", { kind: "upstream" });
    expect(await c.postJson("ceksaldo")).toEqual({ result: "no", reason: "failed to receive data" });
  });

  it("applies `times` calls then clears; '*' matches every endpoint; null clears", async () => {
    sandbox.controls.setFault("ceksaldo", { kind: "upstream" }, 2);
    expect((await c.postJson("ceksaldo")).result).toBe("no");
    expect((await c.postJson("ceksaldo")).result).toBe("no");
    expect((await c.postJson("ceksaldo")).result).toBe("ok");
    sandbox.controls.setFault("*", { kind: "login" });
    expect((await c.postJson("getstatusbooking-json", { kodebooking: "X" })).reason).toBe("system failed login");
    sandbox.controls.setFault("*", null);
    expect((await c.postJson("ceksaldo")).result).toBe("ok");
  });

  it("timeout never answers; with commit the booking is still made", async () => {
    const { flight, date } = await findFlightOf(c, "JT", "CGK", "SUB");
    sandbox.controls.setFault("postbooking-json", { kind: "timeout", commit: true }, 1);
    const params = bookingParams({ flight, date, from: "CGK", to: "SUB" });
    await expect(c.post("postbooking-json", params, { signal: AbortSignal.timeout(300) })).rejects.toThrow();
    const state = (await (await fetch(`${sandbox.origin}/__sandbox/state`)).json()) as { bookings: string[] };
    expect(state.bookings).toHaveLength(1);
    expect(sandbox.controls.getBooking(state.bookings[0] ?? "")?.status).toBe("waiting");

    sandbox.controls.setFault("getissued-json", { kind: "timeout" }, 1);
    const code = state.bookings[0] ?? "";
    await expect(c.post("getissued-json", { kodebooking: code }, { signal: AbortSignal.timeout(200) })).rejects.toThrow();
    expect(sandbox.controls.getBooking(code)?.status).toBe("waiting");
  });

  it("close() does not hang on a pending timeout request", async () => {
    sandbox.controls.setFault("ceksaldo", { kind: "timeout" });
    const pending = c.post("ceksaldo").then(
      () => "answered",
      () => "failed",
    );
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    await sandbox.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await pending).toBe("failed");
  });

  it("latency delays the answer", async () => {
    sandbox.controls.setLatency("ceksaldo", 250);
    const started = Date.now();
    expect((await c.postJson("ceksaldo")).result).toBe("ok");
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    sandbox.controls.setLatency("ceksaldo", 0);
    sandbox.controls.setLatency("*", 5_000);
    const pending = c.post("ceksaldo").then(() => "answered", () => "failed");
    await new Promise((r) => setTimeout(r, 50));
    await sandbox.close();
    expect(await pending).toBe("failed");
  });
});
