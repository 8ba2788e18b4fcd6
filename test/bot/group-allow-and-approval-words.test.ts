import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { bookInGroup, money } from "../security/helpers.js";

/**
 * What /izinkan (/allow) and the operator's approval say in a group: an /izinkan for someone already
 * allowed says she already may; `/izinkan @username` names a member the bot has seen there (else it
 * says to reply to one of her messages); Indonesian answers name /setujui; a confirmation tapped after
 * /revoke answers with the refusal alone, never "Issuing…" first.
 */
describe("/izinkan in a group", () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h?.close(); });

  const group = { id: -1_003_690_001, type: "group" as const, title: "Makmur Tour" };
  const bos = { id: 36_911, first_name: "Bos", language_code: "id" };
  const ani = { id: 36_912, first_name: "Ani", username: "ani_lestari", language_code: "id" };
  const dewi = { id: 36_913, first_name: "Dewi", username: "dewi_tour", language_code: "id" };
  const issuers = async () => (await h.app.deps.chatSettings.get(group.id)).issuerIds;
  const lastOf = (user: { id: number }) => h.emulator.chatMessages(group.id).filter((m) => !m.fromBot && m.from.id === user.id).at(-1)!;

  beforeAll(() => {
    h.emulator.setChatAdministrators(group.id, [bos.id]);
    h.emulator.addMember(group.id, ani.id);
    h.emulator.addMember(group.id, dewi.id);
  });

  it("a second /izinkan for the same member says she already may; /cabut for someone not listed says so", async () => {
    const B = new Agent(h, bos, group);
    await new Agent(h, dewi, group).say(`/cari@${h.emulator.botInfo.username}`);
    const said = lastOf(dewi);
    expect((await B.say("/izinkan", said.message_id))?.text).toBe("✅ Dewi sekarang boleh issued di grup ini.");
    expect((await B.say("/izinkan", said.message_id))?.text).toBe("✅ Dewi sudah boleh issued di grup ini.");
    expect(await issuers()).toEqual([dewi.id]);
    expect((await B.say("/cabut", said.message_id))?.text).toBe("Dewi tidak lagi boleh issued di grup ini.");
    expect((await B.say("/cabut", said.message_id))?.text).toBe("Dewi memang tidak ada di daftar yang boleh issued di grup ini.");
    expect(await issuers()).toEqual([]);
  });

  it("/izinkan @username names a member the bot has seen in the group", async () => {
    const B = new Agent(h, bos, group);
    await new Agent(h, ani, group).say(`/cari@${h.emulator.botInfo.username}`);
    expect((await B.say("/izinkan @ani_lestari"))?.text).toBe("✅ Ani sekarang boleh issued di grup ini.");
    expect(await issuers()).toContain(ani.id);
    expect((await B.say("/izinkan @Ani_Lestari"))?.text).toBe("✅ Ani sudah boleh issued di grup ini.");
    expect((await B.say("/cabut @ani_lestari"))?.text).toBe("Ani tidak lagi boleh issued di grup ini.");
    expect(await issuers()).not.toContain(ani.id);
    // Only admins change the list, by name too.
    expect((await new Agent(h, dewi, group).say("/izinkan @ani_lestari"))?.text).toContain("Hanya admin grup");
    expect(await issuers()).not.toContain(ani.id);
  });

  it("a username the bot has not seen here (or given up since) is explained, with the reply to use instead", async () => {
    const B = new Agent(h, bos, group);
    for (const typed of ["/izinkan @rudi_baru", "/izinkan @Ani"]) {
      const answer = await B.say(typed);
      expect(answer?.text).toContain(`Saya belum mengenal ${typed.split(" ")[1]} di grup ini`);
      expect(answer?.text).toContain("Balas salah satu pesannya dengan /izinkan.");
      expect(answer?.reply_to_message_id).toBe(lastOf(bos).message_id);
    }
    // Dewi was seen as @dewi_tour (her /cari), then changed her username: the old one names nobody now.
    expect((await B.say("/izinkan @dewi_tour"))?.text).toBe("✅ Dewi sekarang boleh issued di grup ini.");
    expect((await B.say("/cabut @dewi_tour"))?.text).toBe("Dewi tidak lagi boleh issued di grup ini.");
    await new Agent(h, { ...dewi, username: "dewi_baru" }, group).say(`/cari@${h.emulator.botInfo.username}`);
    expect((await B.say("/izinkan @dewi_tour"))?.text).toContain("Saya belum mengenal @dewi_tour");
    expect((await B.say("/izinkan @dewi_baru"))?.text).toBe("✅ Dewi sekarang boleh issued di grup ini.");
    expect(await issuers()).toEqual([dewi.id]);
  });

  it("with nothing named or replied to, the usage says both ways", async () => {
    expect((await new Agent(h, bos, group).say("/izinkan"))?.text).toBe("Di grup, balas pesan anggota dengan /izinkan atau /cabut, atau sebut dia: /izinkan @username.");
  });
});

describe("the operator's approval, in Indonesian", () => {
  let h: Harness;
  const operator = { id: 36_921, first_name: "Operator", language_code: "id" };
  const sari = { id: 36_922, first_name: "Sari", language_code: "id" };
  const staf = { id: 36_923, first_name: "Staf", language_code: "id" };
  const group = { id: -1_003_690_002, type: "group" as const, title: "Sari Travel" };
  beforeAll(async () => {
    h = await startHarness({ live: true, env: { CREDENTIALS_KEY: randomBytes(32).toString("base64"), ISSUER_IDS: String(operator.id) } });
  });
  afterAll(async () => { await h?.close(); });

  it("names /setujui where it says to approve, and /setujui /cabutakses outside a group", async () => {
    h.emulator.setChatAdministrators(group.id, [sari.id]);
    const said = await new Agent(h, sari, group).say(`/cari@${h.emulator.botInfo.username} cgk dps besok 1`);
    expect(said?.text).toContain("mengirim /setujui");
    expect((await new Agent(h, operator, { id: operator.id, type: "private" }).say("/setujui"))?.text).toBe("/setujui dan /cabutakses dipakai di grup.");
  });

  it("a confirmation tapped after /revoke gets the refusal alone: no 'Sedang issued…', nothing posted, nothing spent", async () => {
    const S = new Agent(h, sari, group), O = new Agent(h, operator, group), T = new Agent(h, staf, group);
    h.emulator.setChatAdministrators(group.id, [sari.id]);
    h.emulator.addMember(group.id, staf.id);
    await O.say("/setujui");
    const code = await bookInGroup(S, "Mrs Sari Dewi", "CGK DPS", 22);
    await S.say("/pengaturan");
    await S.tap("Semua");
    const confirmation = await T.say(`/issued@${h.emulator.botInfo.username} ${code}`);
    expect(confirmation?.text).toContain(`Issued ${code}?`);
    await O.say("/cabutakses");
    const before = money(h);
    const from = h.emulator.chatMessages(group.id).length;
    const calls = h.emulator.calls.length;
    const confirm = (confirmation!.reply_markup!.inline_keyboard.flat()[0] as { callback_data: string }).callback_data;
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: group, from: staf, messageId: confirmation!.message_id, data: confirm }));
    const answers = h.emulator.calls.slice(calls).filter((c) => c.method === "answerCallbackQuery").map((c) => c.payload.text as string);
    expect(answers).toEqual(["🔒 Grup ini belum boleh memakai akun provider bot: operator mengirim /setujui di sini, atau admin grup memakai akunnya sendiri (/pengaturan akun)."]);
    expect(h.emulator.chatMessages(group.id).length).toBe(from);
    expect(money(h)).toEqual(before);
    // The confirmation can't pay later either, approved again or not.
    await O.say("/setujui");
    const again = h.emulator.calls.length;
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: group, from: staf, messageId: confirmation!.message_id, data: confirm }));
    expect(h.emulator.calls.slice(again).find((c) => c.method === "answerCallbackQuery")?.payload.text).toBe("Sudah diproses atau kedaluwarsa.");
    expect(money(h)).toEqual(before);
  });
});
