import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { internationalDay } from "./journey-steps.js";

/**
 * The 🔒 prompt's deep link is a URL button the whole group sees. A colleague who opens it is told whose it
 * is (by first name), not that it expired, and nothing is asked or stored; the member's own link still asks.
 * A link that really is gone keeps saying it expired.
 */
const boss = { id: 46_101, first_name: "Bos", language_code: "id" };
const words = {
  id: { search: "/cari", cont: "Lanjut", forMember: "Link ini untuk Mira, yang sedang booking", expired: "sudah kedaluwarsa", memberAsked: /Tanggal lahir|Paspor/ },
  en: { search: "/search", cont: "Continue", forMember: "This link is for Mira, who is making this booking", expired: "has expired", memberAsked: /Date of birth|Passport/ },
} as const;
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ live: true, env: { CREDENTIALS_KEY: randomBytes(32).toString("base64"), ISSUER_IDS: String(boss.id) } });
});
afterAll(async () => { await h?.close(); });

const day = internationalDay();

describe.each(["id", "en"] as const)("a member's private-details link opened by a colleague (%s)", (lang) => {
  it("tells the colleague whose link it is; the member's link still asks; an unknown link says expired", async () => {
    const w = words[lang];
    const n = lang === "id" ? 1 : 2;
    const group = { id: -100_461_000 - n, type: "supergroup" as const, title: `Agen ${lang}` };
    const member = { id: 46_110 + n, first_name: "Mira", language_code: lang };
    const colleague = { id: 46_120 + n, first_name: "Luar", language_code: lang };
    h.emulator.setChatAdministrators(group.id, [boss.id]);
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, boss));
    const a = new Agent(h, member, group);
    await a.say(`${w.search}@${h.emulator.botInfo.username} CGK SIN ${day.wire} 1`);
    await a.reply(day.code);
    await a.tap(w.cont);
    await a.reply("Mr Budi Santoso");
    const url = (a.lastForMe()!.reply_markup!.inline_keyboard.flat().find((b) => "url" in b) as { url: string }).url;
    const payload = url.split("start=")[1]!;

    h.emulator.addMember(group.id, colleague.id);
    const other = new Agent(h, colleague, { id: colleague.id, type: "private" });
    const told = (await other.say(`/start ${payload}`))?.text ?? "";
    expect(told).toContain(w.forMember);
    expect(told).not.toContain(w.expired);

    const dm = new Agent(h, member, { id: member.id, type: "private" });
    expect((await dm.say(`/start ${payload}`))?.text).toMatch(w.memberAsked);

    const gone = (await other.say("/start pd_AAAAAAAAAAAA"))?.text ?? "";
    expect(gone).toContain(w.expired);
  });
});
