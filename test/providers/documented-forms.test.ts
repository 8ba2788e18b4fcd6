import { afterAll, describe, expect, it } from "vitest";
import { MmbcProvider } from "../../src/providers/mmbc/mmbc-provider.js";
import { parseProviderJson } from "../../src/providers/provider-text.js";
import { json, startCannedServer } from "../support/canned-http.js";
import { captureLogger } from "../support/test-logger.js";

/** MMBC's status answer exactly as its document prints it (spec §10): keys without quotes. */
const AS_DOCUMENTED = `{
result: "ok",
kodebooking: "XXXXX",
status: "waiting"
}`;

let body = AS_DOCUMENTED;
const server = await startCannedServer((_req, res) => json(res, body));
const provider = new MmbcProvider({
  baseUrl: `${server.origin}/json/`, credentials: { username: "agent007", password: "s3cret-pass" }, timeZone: "Asia/Jakarta",
  sandbox: false, logger: captureLogger().logger, retryDelaysMs: [],
});
afterAll(async () => {
  await provider.close();
  await server.close();
});

describe("answers in the form the providers' documents print them", () => {
  it("MMBC's booking status with unquoted keys is read, so issuing can check it", async () => {
    expect(await provider.status("XXXXX")).toEqual({ code: "XXXXX", status: "waiting" });
  });

  it("strict JSON is unchanged, and text that is neither JSON nor an object literal is still refused", async () => {
    expect(parseProviderJson('{"a":"1"}')).toEqual({ a: "1" });
    expect(() => parseProviderJson('{"result":"ok","status":"wai')).toThrow(SyntaxError);
    body = '{"result":"ok","kodebooking":"XXXXX","status":"wai';
    expect(await provider.status("XXXXX").catch((e: { code: string }) => e.code)).toBe("unavailable");
  });
});
