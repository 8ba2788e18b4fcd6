import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

// In the demo (the built-in sandbox) the bot's own sandbox login is the operator's account too: resetting
// it through a chat would lock every demo user out, so it is refused like a live operator's.
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { CREDENTIALS_KEY: randomBytes(32).toString("base64") } });
}, 60_000);
afterAll(async () => { await h?.close(); });

describe("the sandbox's own login", () => {
  it("is never reset through a chat (en)", async () => {
    const ann = new Agent(h, { id: 71_101, first_name: "Ann", language_code: "en" }, { id: 71_101, type: "private" });
    await ann.say("/resetpassword");
    expect((await ann.say(h.sandbox.credentials.username))?.text).toContain("the bot operator's own MMBC account");
    expect(h.sandbox.controls.callCount("resetpassword")).toBe(0);
  });

  it("is never linked with /login (id)", async () => {
    const ani = new Agent(h, { id: 71_102, first_name: "Ani", language_code: "id" }, { id: 71_102, type: "private" });
    expect((await ani.say(`/login ${h.sandbox.credentials.username} ${h.sandbox.credentials.password}`))?.text).toContain("akun MMBC milik operator bot");
    expect(h.sandbox.controls.callCount("ceksaldo")).toBe(0);
  });
});
