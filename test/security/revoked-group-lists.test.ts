import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookInGroup } from "./helpers.js";

/**
 * The operator's /revoke stops the group's use of the operator's account, its bookings included: /bookings
 * and /digest refuse them as /cek refuses one of them, rather than listing codes, routes and totals that
 * /cek will no longer show.
 */
const boss = { id: 56_201, first_name: "Bos", language_code: "id" };
const member = { id: 56_202, first_name: "Mira", language_code: "id" };
const admin = { id: 56_203, first_name: "Adi", language_code: "en" };
const agency = { id: -100_562_001, type: "supergroup" as const, title: "Agen Resmi" };

let h: Harness;
let code = "";
const U = () => h.emulator.botInfo.username;

beforeAll(async () => {
  h = await startHarness({ live: true, env: { CREDENTIALS_KEY: randomBytes(32).toString("base64"), ISSUER_IDS: String(boss.id) } });
  h.emulator.setChatAdministrators(agency.id, [admin.id]);
  h.emulator.addMember(agency.id, member.id);
  // The operator's issuer adds the bot to the group: that approves it.
  await h.app.bot.handleUpdate(h.emulator.addBotToGroup(agency, boss));
  code = await bookInGroup(new Agent(h, member, agency), "Mrs Mira Lestari", "CGK SUB", 40);
}, 60_000);
afterAll(async () => { await h?.close(); });

/** The bot's messages in the group for one typed line. */
async function said(who: typeof boss, text: string): Promise<(string | undefined)[]> {
  const before = h.emulator.chatMessages(agency.id).length;
  await new Agent(h, who, agency).say(text);
  return h.emulator.chatMessages(agency.id).slice(before).filter((m) => m.fromBot).map((m) => m.text);
}

describe("a group the operator revoked", () => {
  it("its bookings are listed while it is approved", async () => {
    expect((await said(member, `/pesanan@${U()}`)).join("\n")).toContain(code);
    expect((await said(admin, `/digest@${U()}`)).join("\n")).toContain(code);
  });

  for (const [lang, who] of [["id", member], ["en", admin]] as const) {
    it(`after /revoke, /bookings and /digest refuse as /cek does (${lang})`, async () => {
      if (lang === "id") expect((await said(boss, `/revoke@${U()}`)).join("\n")).toContain("tidak lagi");
      const cek = await said(who, `/cek@${U()} ${code}`);
      expect(cek).toHaveLength(1);
      expect(cek[0]).toContain(lang === "id" ? "belum boleh memakai akun provider bot" : "provider account");
      for (const command of lang === "id" ? ["/pesanan", "/ringkasan"] : ["/bookings", "/digest"]) {
        const answer = await said(who, `${command}@${U()}`);
        expect(answer, command).toEqual(cek);
        expect(answer.join("\n"), command).not.toContain(code);
      }
    });
  }
});
