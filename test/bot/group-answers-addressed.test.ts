import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StoredMessage } from "../support/telegram/types.js";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookInGroup } from "../security/helpers.js";

/**
 * In a busy group every answer says whom it is for: an issue confirmation a button started names the member
 * and replies to the tapped message; a stale Issue tapped after the issue is the tapper's alert, not a post
 * per tap; "/status CODE" and "/bookings" reply to the member's command (as "/status" alone does).
 */
const boss = { id: 69_101, first_name: "Bos", language_code: "id" };
const olivia = { id: 69_102, first_name: "Olivia", language_code: "en" };
const rina = { id: 69_103, first_name: "Rina", language_code: "id" };
const ben = { id: 69_104, first_name: "Ben", language_code: "en" };
const agency = { id: -100_691_001, type: "supergroup" as const, title: "Agen Ramai" };

let h: Harness;
let code = "";
const U = () => h.emulator.botInfo.username;
const count = () => h.emulator.chatMessages(agency.id).length;
const since = (from: number) => h.emulator.chatMessages(agency.id).slice(from).filter((m) => m.fromBot);
const cardOf = () => h.emulator.chatMessages(agency.id).find((m) => m.fromBot && m.text?.includes(code) && m.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data === `b:t:mmbc:${code}` || ("callback_data" in b && b.callback_data === `b:i:mmbc:${code}`)))!;
async function tapAs(who: typeof olivia, messageId: number, data: string) {
  const c0 = h.emulator.calls.length;
  await h.app.bot.handleUpdate(h.emulator.forgeCallback({ chat: agency, from: who, messageId, data }));
  return h.emulator.calls.slice(c0).filter((c) => c.method === "answerCallbackQuery").map((c) => ({ text: c.payload.text as string | undefined, alert: c.payload.show_alert as boolean | undefined }));
}
const okData = (m: StoredMessage) => m.reply_markup!.inline_keyboard.flat().map((b) => ("callback_data" in b ? b.callback_data : "")).find((d) => d.startsWith("ic:"))!;

beforeAll(async () => {
  h = await startHarness({ live: true, env: { CREDENTIALS_KEY: randomBytes(32).toString("base64"), ISSUER_IDS: String(boss.id) } });
  h.emulator.setChatAdministrators(agency.id, [olivia.id, rina.id]);
  h.emulator.addMember(agency.id, ben.id);
  await h.app.bot.handleUpdate(h.emulator.addBotToGroup(agency, boss));
  await new Agent(h, olivia, agency).say("halo");
  await new Agent(h, rina, agency).say("halo");
  code = await bookInGroup(new Agent(h, rina, agency), "Mrs Rina Lestari", "CGK SUB", 45);
}, 90_000);
afterAll(async () => { await h?.close(); });

describe("group answers say whom they are for", () => {
  it("/status CODE and /bookings reply to the member's command (en, id)", async () => {
    for (const who of [ben, rina]) {
      for (const command of [`/status@${U()} ${code}`, `/bookings@${U()}`]) {
        const from = count();
        await new Agent(h, who, agency).say(command);
        const asked = h.emulator.chatMessages(agency.id)[from]!;
        const said = since(from);
        expect(said).toHaveLength(1);
        expect(said[0]!.reply_to_message_id).toBe(asked.message_id);
      }
    }
  });

  it("the card's Issue tapped: the confirmation names the member and replies to the card (en, id)", async () => {
    const card = cardOf();
    for (const [who, head] of [[olivia, `Olivia:\n💳 Issue ${code}?`], [rina, `Rina:\n💳 Issued ${code}?`]] as const) {
      const from = count();
      await tapAs(who, card.message_id, `b:i:mmbc:${code}`);
      const said = since(from);
      expect(said).toHaveLength(1);
      expect(said[0]!.text!.split("\n").slice(0, 2).join("\n")).toBe(head);
      expect(said[0]!.reply_to_message_id).toBe(card.message_id);
    }
  });

  it("after the issue, a stale Issue tapped by two members: each an alert, nothing posted (en, id)", async () => {
    const confirmation = since(0).filter((m) => m.text?.startsWith("Olivia:\n💳")).at(-1)!;
    await tapAs(olivia, confirmation.message_id, okData(confirmation));
    await h.emulator.waitFor(() => since(0).find((m) => m.text?.includes(`${code} issued`)));
    // The e-ticket follows the issue; what is counted below comes after it.
    await h.emulator.waitFor(() => since(0).find((m) => m.document?.file_name === `etiket-${code}.pdf`));
    const card = cardOf();
    const from = count();
    expect(await tapAs(olivia, card.message_id, `b:i:mmbc:${code}`)).toEqual([{ text: `✅ ${code} is already issued.`, alert: true }]);
    expect(await tapAs(rina, card.message_id, `b:i:mmbc:${code}`)).toEqual([{ text: `✅ ${code} sudah issued.`, alert: true }]);
    expect(since(from)).toEqual([]);
  });
});
