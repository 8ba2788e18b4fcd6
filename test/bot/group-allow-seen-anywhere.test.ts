import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * `/izinkan @username` names a member the bot has seen in the group, whatever she sent: a /cek, a /help,
 * a tap on a button. Seeing her is noted before any feature takes the update, not only by updates that
 * reach the settings feature.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const group = { id: -1_003_690_201, type: "group" as const, title: "Makmur Tour" };
const bos = { id: 36_931, first_name: "Bos", language_code: "id" };
const rina = { id: 36_932, first_name: "Rina", username: "rina_cek", language_code: "id" };
const sari = { id: 36_933, first_name: "Sari", username: "sari_tap", language_code: "id" };
const tono = { id: 36_934, first_name: "Tono", username: "tono_help", language_code: "id" };
const issuers = async () => (await h.app.deps.chatSettings.get(group.id)).issuerIds;

beforeAll(() => {
  h.emulator.setChatAdministrators(group.id, [bos.id]);
  for (const m of [rina, sari, tono]) h.emulator.addMember(group.id, m.id);
});

describe("/izinkan @username after any update of hers", () => {
  it("a member who only sent /cek ZQ9XK7 can be named", async () => {
    await new Agent(h, rina, group).say(`/cek@${h.emulator.botInfo.username} ZQ9XK7`);
    expect((await new Agent(h, bos, group).say("/izinkan @rina_cek"))?.text).toBe("✅ Rina sekarang boleh issued di grup ini.");
    expect(await issuers()).toContain(rina.id);
  });

  it("a member who only sent /help can be named", async () => {
    await new Agent(h, tono, group).say(`/help@${h.emulator.botInfo.username}`);
    expect((await new Agent(h, bos, group).say("/izinkan @tono_help"))?.text).toBe("✅ Tono sekarang boleh issued di grup ini.");
  });

  it("a member who only tapped a button can be named", async () => {
    const card = h.emulator.chatMessages(group.id).filter((m) => m.fromBot).at(-1)!;
    await h.app.bot.handleUpdate(h.emulator.forgeCallback({ chat: group, from: sari, messageId: card.message_id, data: "b:s:mmbc:ZQ9XK7" }));
    expect((await new Agent(h, bos, group).say("/izinkan @sari_tap"))?.text).toBe("✅ Sari sekarang boleh issued di grup ini.");
    expect(await issuers()).toEqual(expect.arrayContaining([rina.id, tono.id, sari.id]));
  });
});

describe("/izinkan with a picked member (a text mention)", () => {
  const mentioning = (user: { id: number; first_name: string }) => {
    const update = h.emulator.sendText({ chat: group, from: bos, text: `/izinkan ${user.first_name}` })!;
    const message = update.message!;
    message.entities = [...(message.entities ?? []), { type: "text_mention", offset: "/izinkan ".length, length: user.first_name.length, user: { ...user, is_bot: false } }];
    return update;
  };

  it("of someone outside the group: said so, and not put on the list", async () => {
    const luar = { id: 36_939, first_name: "Luar" };
    await h.app.bot.handleUpdate(mentioning(luar));
    expect(h.emulator.lastBotMessage(group.id)?.text).toBe("Luar bukan anggota grup ini, jadi tidak bisa saya masukkan ke daftar yang boleh issued.");
    expect(await issuers()).not.toContain(luar.id);
  });

  it("of a member: put on the list", async () => {
    const dewi = { id: 36_938, first_name: "Dewi" };
    h.emulator.addMember(group.id, dewi.id);
    h.emulator.sendText({ chat: group, from: dewi, text: "halo semua" });
    await h.app.bot.handleUpdate(mentioning(dewi));
    expect(h.emulator.lastBotMessage(group.id)?.text).toBe("✅ Dewi sekarang boleh issued di grup ini.");
    expect(await issuers()).toContain(dewi.id);
  });
});
