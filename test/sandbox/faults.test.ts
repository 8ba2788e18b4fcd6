import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { MmbcSandbox } from "../../src/sandbox/mmbc/index.js";
import { sleep } from "../support/telegram/timers.js";
import { until } from "../support/telegram/wait-for.js";
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
    // The caller gives up only once the sandbox has booked (not after a fixed time, which a busy
    // machine could reach before the request even arrived).
    const bookings = async () => ((await (await fetch(`${sandbox.origin}/__sandbox/state`)).json()) as { bookings: string[] }).bookings;
    await unanswered((signal) => c.post("postbooking-json", params, { signal }), async () => (await bookings()).length > 0);
    const state = await bookings();
    expect(state).toHaveLength(1);
    const code = state[0] ?? "";
    expect(sandbox.controls.getBooking(code)?.status).toBe("waiting");

    sandbox.controls.setFault("getissued-json", { kind: "timeout" }, 1);
    await unanswered((signal) => c.post("getissued-json", { kodebooking: code }, { signal }), () => sandbox.controls.callCount("getissued-json") === 1);
    expect(sandbox.controls.getBooking(code)?.status).toBe("waiting");
  });

  it("close() does not hang on a pending timeout request", async () => {
    sandbox.controls.setFault("ceksaldo", { kind: "timeout" });
    const pending = c.post("ceksaldo").then(
      () => "answered",
      () => "failed",
    );
    await until(() => sandbox.controls.callCount("ceksaldo") === 1);
    // A close() that waited for the hanging request would never return: the test timeout catches that.
    await sandbox.close();
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
    await until(() => sandbox.controls.callCount("ceksaldo") === 2);
    await sandbox.close();
    expect(await pending).toBe("failed");
  });

  it("hold keeps an endpoint's calls waiting until released (also over HTTP); others answer meanwhile", async () => {
    sandbox.controls.hold("ceksaldo");
    let answered = false;
    const held = c.postJson("ceksaldo").then((r) => ((answered = true), r));
    await until(() => sandbox.controls.callCount("ceksaldo") === 1);
    expect((await c.post("getcodearea-json")).status).toBe(200);
    expect(answered).toBe(false);
    sandbox.controls.release("ceksaldo");
    expect((await held).result).toBe("ok");

    const hold = (held: boolean) => fetch(`${sandbox.origin}/__sandbox/hold`, { method: "POST", body: JSON.stringify({ endpoint: "ceksaldo", held }), headers: { "content-type": "application/json" } });
    expect((await hold(true)).status).toBe(200);
    answered = false;
    const again = c.postJson("ceksaldo").then((r) => ((answered = true), r));
    await until(() => sandbox.controls.callCount("ceksaldo") === 2);
    expect(answered).toBe(false);
    expect((await hold(false)).status).toBe(200);
    expect((await again).result).toBe("ok");
  });
});

/**
 * Sends a call the sandbox should never answer, and gives up on it once `arrived` holds (what the
 * sandbox did with the call can be seen) plus a short grace in which a wrong answer would show.
 */
async function unanswered(send: (signal: AbortSignal) => Promise<unknown>, arrived: () => boolean | Promise<boolean>): Promise<void> {
  const caller = new AbortController();
  const outcome = send(caller.signal).then(() => "answered", () => "failed");
  await until(arrived);
  await sleep(100);
  caller.abort();
  expect(await outcome).toBe("failed");
}
