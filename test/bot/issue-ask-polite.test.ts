import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookInGroup } from "../security/helpers.js";

/**
 * A member who may not spend asks, politely, in her own words: "Olivia can you issue QYB56Z?", "bisa tolong
 * issued QYB56Z", "minta tolong issuedin QYB56Z". Each posts the request to the group's issuers, as "please
 * issue QYB56Z" does (before: "Type /search to find a flight, or /help for all commands.").
 */
const boss = { id: 67_101, first_name: "Bos", language_code: "id" };
const adi = { id: 67_102, first_name: "Adi", language_code: "en" };
// Booked in Indonesian (bookInGroup taps its Indonesian buttons); the request reads in either language.
const olivia = { id: 67_103, first_name: "Olivia", language_code: "id" };
const dewi = { id: 67_104, first_name: "Dewi", language_code: "id" };

let h: Harness;
const U = () => h.emulator.botInfo.username;

function group(n: number) {
  return { id: -100_671_000 - n, type: "supergroup" as const, title: `Agen Sopan ${n}` };
}

beforeAll(async () => {
  h = await startHarness({ live: true, env: { CREDENTIALS_KEY: randomBytes(32).toString("base64"), ISSUER_IDS: String(boss.id) } });
}, 90_000);
afterAll(async () => { await h?.close(); });

describe("a polite ask to issue goes to the issuers", () => {
  it.each([
    [1, olivia, "Olivia can you issue CODE?", /^🙋 Olivia (asks for this booking to be issued\. Adi: please check it and issue it\.|minta booking ini di-issued\. Adi: mohon dicek dan di-issued\.)$/],
    [2, olivia, "could you issue CODE", /^🙋 Olivia (asks for this booking to be issued\. Adi: please check it and issue it\.|minta booking ini di-issued\. Adi: mohon dicek dan di-issued\.)$/],
    [3, olivia, "pls issue CODE", /^🙋 Olivia (asks for this booking to be issued\. Adi: please check it and issue it\.|minta booking ini di-issued\. Adi: mohon dicek dan di-issued\.)$/],
    [4, dewi, "bisa tolong issued CODE ya kak?", /^🙋 Dewi minta booking ini di-issued\. Adi: mohon dicek dan di-issued\.$/],
    [5, dewi, "minta tolong issuedin CODE", /^🙋 Dewi minta booking ini di-issued\. Adi: mohon dicek dan di-issued\.$/],
  ] as const)("group %i: %s", async (n, who, words, expected) => {
    const chat = group(n);
    h.emulator.setChatAdministrators(chat.id, [adi.id]);
    h.emulator.addMember(chat.id, who.id);
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(chat, boss));
    await new Agent(h, adi, chat).say("halo");
    const code = await bookInGroup(new Agent(h, who, chat), who === olivia ? "Mrs Olivia Hart" : "Mrs Dewi Lestari", "CGK SUB", 40 + n);
    const at = h.emulator.chatMessages(chat.id).length;
    await new Agent(h, who, chat).say(`@${U()} ${words.replace("CODE", code)}`);
    const said = h.emulator.chatMessages(chat.id).slice(at).filter((m) => m.fromBot);
    expect(said.map((m) => m.text!.split("\n")[0])).toHaveLength(1);
    expect(said[0]!.text!.split("\n")[0]).toMatch(expected);
  }, 60_000);
});
