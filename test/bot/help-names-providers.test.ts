// /help says which live account the bot uses as agents know it (tiket.com, MMBC, or both), and offers
// /login only where members can link their own MMBC account.
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

let h: Harness | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

const help = async (language: "id" | "en") => {
  const user = { id: 89_001, first_name: "Rina", language_code: language };
  return (await new Agent(h!, user, { id: user.id, type: "private" }).say("/help"))?.text ?? "";
};

describe("/help", () => {
  it("a live tiket.com bot: 'Akun tiket.com aktif', no /login (it has no MMBC account to link)", async () => {
    h = await startHarness({ use: "tiket", live: true, env: { CREDENTIALS_KEY: randomBytes(32).toString("base64") } });
    const id = await help("id");
    expect(id).toContain("✅ Akun tiket.com aktif.");
    expect(id).not.toMatch(/\/login|MMBC/);
    expect(id).toMatch(/\/pengaturan — siapa boleh issued, bahasa, pengingat \(admin\)\n\/bahasa/);
    expect(await help("en")).toContain("✅ Live tiket.com account.");
  }, 60_000);

  it("a live MMBC bot where members may link their own login: /login offered on its own line", async () => {
    h = await startHarness({ live: true, env: { CREDENTIALS_KEY: randomBytes(32).toString("base64") } });
    const id = await help("id");
    expect(id).toContain("✅ Akun MMBC aktif.");
    expect(id).toMatch(/\(admin\)\n\/login, \/logout, \/akun — akun MMBC Anda sendiri\n\/bahasa/);
    expect(await help("en")).toMatch(/\(admins\)\n\/login, \/logout, \/account — your own MMBC account\n\/language/);
  }, 60_000);
});
