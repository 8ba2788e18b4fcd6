import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * /allow and /disallow (/izinkan, /cabut) replying to a member name her as Telegram shows her: a name with
 * '&', '<' or '>' ("Tom & Jerry", "<3 Ayu") is escaped for HTML, not cut ("Tom  Jerry", "3 Ayu").
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const cases = [
  { lang: "id", allow: "/izinkan", disallow: "/cabut", allowed: "sekarang boleh issued", disallowed: "tidak lagi boleh issued" },
  { lang: "en", allow: "/allow", disallow: "/disallow", allowed: "may now issue", disallowed: "may no longer issue" },
] as const;
let nextId = 46_300;

describe("/allow names the member as Telegram shows her", () => {
  for (const c of cases) {
    for (const first_name of ["Tom & Jerry", "<3 Ayu", "Rina <Tiket> Tour"]) {
      it(`${c.lang}: '${first_name}'`, async () => {
        const chat = { id: -1_004_630_000 - nextId, type: "supergroup" as const, title: "Agen & Co" };
        const boss = new Agent(h, { id: nextId++, first_name: "Bos", language_code: c.lang }, chat);
        const member = new Agent(h, { id: nextId++, first_name, language_code: c.lang }, chat);
        h.emulator.setChatAdministrators(chat.id, [boss.user.id]);
        h.emulator.addMember(chat.id, member.user.id);
        await member.say("halo");
        const line = h.emulator.chatMessages(chat.id).filter((m) => !m.fromBot && m.from.id === member.user.id).at(-1)!;
        const allowed = await boss.say(c.allow, line.message_id);
        expect(allowed?.text).toContain(`${first_name} ${c.allowed}`);
        const disallowed = await boss.say(c.disallow, line.message_id);
        expect(disallowed?.text).toContain(`${first_name} ${c.disallowed}`);
      });
    }
  }
});
