// A group's booking asked about in a member's private chat by the other booking actions (/issued, /etiket,
// "kirim ulang etiket CODE", "tolong issued CODE"), not only /status: said to be the group's, with where to
// issue it or get its e-ticket — not "the provider doesn't know that code", which is untrue and would have
// the issuer book again. Anyone not in the group now (a stranger, a member removed) gets exactly what a
// made-up code gets, after the same calls.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookInGroup } from "../security/helpers.js";

let h: Harness;
let code = "";
const group = { id: -100_881_001, type: "supergroup" as const, title: "Agen Empat" };
const owner = { id: 88_101, first_name: "Rina", language_code: "id" };
const colleague = { id: 88_102, first_name: "Ben", language_code: "en" };
const stranger = { id: 88_103, first_name: "Eve", language_code: "id" };
const leaver = { id: 88_104, first_name: "Lia", language_code: "id" };
type User = typeof owner;
const dm = (user: User) => new Agent(h, user, { id: user.id, type: "private" });

const ASKS = [
  (c: string) => `/issued ${c}`,
  (c: string) => `/etiket ${c}`,
  (c: string) => `kirim ulang etiket ${c}`,
  (c: string) => `tolong issued ${c}`,
];

/** What the bot said to `user` for `text`, and the calls it made (Telegram's methods, the provider's endpoints). */
async function ask(user: User, text: string): Promise<{ said: string; calls: string[] }> {
  const n = h.emulator.chatMessages(user.id).length;
  const k = h.emulator.calls.length;
  const p = h.sandbox.controls.calls().length;
  await dm(user).say(text);
  const said = h.emulator.chatMessages(user.id).slice(n).filter((m) => m.fromBot).map((m) => m.text).join("\n");
  const calls = [...h.emulator.calls.slice(k).map((c) => c.method), ...h.sandbox.controls.calls().slice(p).map((c) => c.endpoint)];
  return { said, calls };
}

beforeAll(async () => {
  h = await startHarness();
  h.emulator.setChatAdministrators(group.id, [owner.id]);
  for (const m of [colleague, leaver]) h.emulator.addMember(group.id, m.id);
  await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, owner));
  code = await bookInGroup(new Agent(h, owner, group), "Mr Budi Santoso", "CGK SUB", 33);
  // The colleague and the leaver have written in the group: the bot has seen them there.
  for (const m of [colleague, leaver]) await new Agent(h, m, group).say(`/status@${h.emulator.botInfo.username} ${code}`);
}, 90_000);
afterAll(async () => { await h?.close(); });

describe("a group's booking asked about in private by the other booking actions", () => {
  it("the admin who booked it, issuing: the group named, its status, where to issue it", async () => {
    for (const make of [ASKS[0]!, ASKS[3]!]) {
      const { said } = await ask(owner, make(code));
      expect(said).toContain(`${code} adalah booking grup Anda “Agen Empat”`);
      expect(said).toMatch(/menunggu pembayaran/i);
      expect(said).toContain(`ketik /issued ${code} di sana`);
      expect(said).not.toMatch(/tidak dikenal/);
    }
  }, 30_000);

  it("the admin who booked it, its e-ticket: where to get it", async () => {
    for (const make of [ASKS[1]!, ASKS[2]!]) {
      const { said } = await ask(owner, make(code));
      expect(said).toContain(`${code} adalah booking grup Anda “Agen Empat”`);
      expect(said).toContain(`ketik /etiket ${code} di sana`);
      expect(said).not.toMatch(/tidak dikenal/);
    }
  }, 30_000);

  it("a member whose Telegram speaks English: in English", async () => {
    expect((await ask(colleague, `/issue ${code}`)).said).toContain(`type /issue ${code} there`);
    const ticket = (await ask(colleague, `/ticket ${code}`)).said;
    expect(ticket).toContain(`${code} is a booking of your group “Agen Empat”`);
    expect(ticket).toContain(`type /ticket ${code} there`);
  }, 30_000);

  it.each([["a stranger", stranger], ["a member removed from the group", leaver]] as const)("%s: exactly what a made-up code gets, after the same calls", async (_, user) => {
    if (user === leaver) h.emulator.kickMember(group.id, leaver.id);
    for (const make of ASKS) {
      const real = await ask(user, make(code));
      const madeUp = await ask(user, make("QZ7X9W"));
      expect(real.said, make(code)).toBe(madeUp.said);
      expect(real.said).toMatch(/tidak dikenal/);
      expect(real.calls, make(code)).toEqual(madeUp.calls);
    }
  }, 60_000);
});
