import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { splitLineData } from "../../src/domain/name-line-data.js";
import { internationalDay } from "./journey-steps.js";

/**
 * Agents paste WhatsApp lists with the passenger's birth date, passport number and expiry on the name's line.
 * The name is taken; in a private chat the rest answers the passenger's own questions (said back once, see
 * pasted-details-reused.test.ts); in a group it is never quoted back (everyone reads it there).
 */
const boss = { id: 47_101, first_name: "Bos", language_code: "id" };
const members = { id: { id: 47_102, first_name: "Mira", language_code: "id" }, en: { id: 47_103, first_name: "Mary", language_code: "en" } };
const agents = { en: { id: 47_104, first_name: "John", language_code: "en" }, id: { id: 47_105, first_name: "Agus", language_code: "id" } };
const group = { id: -100_471_001, type: "supergroup" as const, title: "Agen Paspor" };
const words = { en: { search: "/search", cont: "Continue" }, id: { search: "/cari", cont: "Lanjut" } } as const;
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ live: true, env: { CREDENTIALS_KEY: randomBytes(32).toString("base64"), ISSUER_IDS: String(boss.id), AGENT_IDS: `${agents.en.id},${agents.id.id}` } });
  h.emulator.setChatAdministrators(group.id, [boss.id]);
  await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, boss));
});
afterAll(async () => { await h?.close(); });

const day = internationalDay();

const PRIVATE_DATA = /A1234567|B7654321|C1111111|D2222222|17-08-1990|02-03-1992|17\/08\/1990|31-12-2031|30-06-2030/;

describe("splitLineData", () => {
  it("takes the title and the words up to the first date or number; a lone birth date or age is read as before", () => {
    expect(splitLineData("Mr Budi Santoso 17-08-1990 A1234567 31-12-2031 ID")).toEqual({ name: "Mr Budi Santoso", data: "17-08-1990 A1234567 31-12-2031 ID" });
    expect(splitLineData("Mr John Smith 17/08/1990 A1234567 31/12/2031")).toEqual({ name: "Mr John Smith", data: "17/08/1990 A1234567 31/12/2031" });
    expect(splitLineData("Ny. Siti Aminah, 3174012345678901")).toEqual({ name: "Ny. Siti Aminah", data: "3174012345678901" });
    expect(splitLineData("Tn Budi Santoso 17-08-1990")).toEqual({ name: "Tn Budi Santoso", extra: "17-08-1990" });
    expect(splitLineData("An. Rafi 5 thn")).toEqual({ name: "An. Rafi", extra: "5 thn" });
    // Not surely personal data: the line stays the agent's, said as it is.
    expect(splitLineData("Mr Adi 2")).toEqual({ name: "Mr Adi 2" });
  });
});

describe("passport data pasted on the name's line", () => {
  it.each(["id", "en"] as const)("in a group (%s): the names are taken, the data never repeated, the private link said", async (lang) => {
    const a = new Agent(h, members[lang], group);
    await a.say(`${words[lang].search}@${h.emulator.botInfo.username} CGK SIN ${day.wire} 2`);
    await a.reply(day.code);
    await a.tap(words[lang].cont);
    const sent = h.emulator.chatMessages(group.id).length;
    await a.reply("Mr Budi Santoso 17-08-1990 A1234567 31-12-2031 ID\nMrs Sari Dewi 02-03-1992 B7654321 30-06-2030 ID");
    const botSays = h.emulator.chatMessages(group.id).slice(sent).filter((m) => m.fromBot).map((m) => m.text ?? "").join("\n");
    expect(botSays).not.toMatch(PRIVATE_DATA);
    expect(botSays).not.toMatch(/only letters|hanya boleh berisi huruf/);
    expect(botSays).toMatch(lang === "en" ? /Only the names were taken.*private link/s : /Hanya namanya yang saya ambil.*tautan 🔒 chat pribadi/s);
    // Both names were taken: the two passengers are named in what follows.
    expect(botSays).toMatch(/BUDI SANTOSO|Budi Santoso/);
    expect(botSays).toMatch(/SARI DEWI|Sari Dewi/);
  });

  it("in a group: a birth date typed alone at the name question is said to be one, not quoted back", async () => {
    const a = new Agent(h, members.id, group);
    await a.say(`/cari@${h.emulator.botInfo.username} CGK SIN ${day.wire} 1`);
    await a.reply(day.code);
    await a.tap("Lanjut");
    const sent = h.emulator.chatMessages(group.id).length;
    await a.reply("17-08-1990");
    const botSays = h.emulator.chatMessages(group.id).slice(sent).filter((m) => m.fromBot).map((m) => m.text ?? "").join("\n");
    expect(botSays).not.toMatch(PRIVATE_DATA);
    expect(botSays).toContain("sepertinya tanggal lahir, bukan nama");
  });

  it("in a group: a birth date alone after a name is not quoted either", async () => {
    const a = new Agent(h, members.id, group);
    await a.say(`/cari@${h.emulator.botInfo.username} CGK SIN ${day.wire} 1`);
    await a.reply(day.code);
    await a.tap("Lanjut");
    const sent = h.emulator.chatMessages(group.id).length;
    await a.reply("Tn Budi Santoso 17-08-1990");
    const botSays = h.emulator.chatMessages(group.id).slice(sent).filter((m) => m.fromBot).map((m) => m.text ?? "").join("\n");
    expect(botSays).not.toMatch(PRIVATE_DATA);
    expect(botSays).toMatch(/Hanya namanya yang saya ambil/);
  });

  it.each([
    ["en", "Mr John Smith 17/08/1990 A1234567 31/12/2031", /John Smith: born 17 Aug 1990, passport A1234567 until 31 Dec 2031 — from the name's line/i],
    ["id", "Tn Budi Santoso 17-08-1990 A1234567 31-12-2031", /Budi Santoso: lahir 17 Agt 1990, paspor A1234567 s\/d 31 Des 2031 — dari baris namanya/i],
  ] as const)("in a private chat (%s): the name is read from the line's start, the rest answers its own questions", async (lang, line, note) => {
    const a = new Agent(h, agents[lang], { id: agents[lang].id, type: "private" });
    await a.say(`${words[lang].search} CGK SIN ${day.wire} 1`);
    await a.say(day.code);
    await a.tap(words[lang].cont);
    const from = a.botTexts().length;
    await a.say(line);
    const said = a.botTexts(from).join("\n");
    expect(said).not.toMatch(/only letters|hanya boleh berisi huruf/);
    expect(said).toMatch(note);
    expect(said).toMatch(/JOHN SMITH|John Smith|BUDI SANTOSO|Budi Santoso/);
  });

  it("in a private chat: four lines, each with its passport, are four names", async () => {
    const a = new Agent(h, agents.id, { id: agents.id.id, type: "private" });
    await a.say(`/cari CGK SIN ${day.wire} 4`);
    await a.say(day.code);
    await a.tap("Lanjut");
    const from = a.botTexts().length;
    await a.say("Tn Budi Santoso 17-08-1990 A1234567 31-12-2031\nNy Sari Dewi 02-03-1992 B7654321 30-06-2030\nTn Adi Wijaya 05-05-1985 C1111111 01-01-2030\nNn Rina Putri 09-09-1995 D2222222 02-02-2032");
    const said = a.botTexts(from).join("\n");
    expect(said).not.toMatch(/hanya boleh berisi huruf/);
    expect(said).not.toMatch(/Dari baris-baris itu hanya namanya yang saya ambil/);
    expect(said.match(/— dari baris namanya/g)).toHaveLength(4);
    for (const name of [/BUDI SANTOSO|Budi Santoso/, /SARI DEWI|Sari Dewi/, /ADI WIJAYA|Adi Wijaya/, /RINA PUTRI|Rina Putri/]) expect(said).toMatch(name);
  });
});
