import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { givePrivately } from "./journey-steps.js";

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const group = { id: -100_777, type: "group" as const, title: "Agen Tiket Jaya" };
const flightButton = (agent: Agent) => {
  const msg = agent.lastForMe()!;
  return msg.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { callback_data: string; text: string };
};

/** One member's booking in a privacy-mode group: every typed answer is a reply to the bot's question. */
async function bookInGroup(agent: Agent, name: string, route: string): Promise<string> {
  await agent.say(`/cari@${agent.h.emulator.botInfo.username} ${route} ${futureDate(45).wire} 1`);
  expect(agent.lastForMe()?.text).toContain(route.replace(" ", " → "));
  await agent.tap({ data: flightButton(agent).callback_data });
  await agent.tap("Lanjut");
  expect(agent.lastForMe()?.text).toContain("Penumpang 1 dari 1");
  let msg = await agent.reply(name);
  if (msg?.text?.includes("data pribadi")) msg = await givePrivately(agent);
  if (msg?.text?.includes("kontak terakhir")) await agent.tap("✏️");
  await agent.reply(`${name.split(" ")[1]!.toLowerCase()}@example.com`);
  await agent.reply("081234567890");
  expect(agent.lastForMe()?.text).toContain(name);
  await agent.tap("✅ Booking");
  const code = /Kode: ([A-Z0-9]{6})/.exec(agent.lastForMe()?.text ?? "")?.[1];
  if (!code) throw new Error(agent.transcript(8));
  return code;
}

describe("agency group chat (privacy mode on)", () => {
  it("personal details given privately: kembali goes one question back, and at the first says names are changed in the group", async () => {
    const sari = new Agent(h, { id: 12_005, first_name: "Sari", language_code: "id" }, group);
    await sari.say(`/cari@${h.emulator.botInfo.username} CGK SUB ${futureDate(47).wire} 1 0 1`);
    await sari.tap({ data: flightButton(sari).callback_data });
    await sari.tap("Lanjut");
    await sari.reply("Mrs Sari Dewi");
    const prompt = await sari.reply("Miss Putri Dewi");
    expect(prompt?.text).toContain("data pribadi");
    const link = prompt!.reply_markup!.inline_keyboard.flat().find((b) => "url" in b) as { url: string };
    const dm = new Agent(h, sari.user, { id: sari.user.id, type: "private" });
    let q = await dm.say(`/start ${link.url.split("start=")[1]!}`);
    // Whoever is asked first (the mother when the airline wants every birth date, else the baby):
    // back at the first question is said so, and the question stands.
    const first = q?.text ?? "";
    expect(first).toContain("Tanggal lahir");
    const from = h.emulator.chatMessages(dm.chat.id).length;
    q = await dm.say("kembali");
    expect(dm.botTexts(from).join("\n")).toContain("pertanyaan pertama");
    expect(q?.text).toBe(first);
    if (first.includes("Sari")) {
      expect((await dm.say("17-08-1990"))?.text).toContain("Putri");
      // Back at the baby's birth date: the mother's again.
      expect((await dm.say("kembali"))?.text).toContain("Sari");
      await dm.say("17-08-1990");
    }
    q = await dm.say(futureDate(-200).wire);
    expect(q?.text).toContain("Kembali ke grup");
  });

  it("two members book at the same time without touching each other's flow", async () => {
    const ani = new Agent(h, { id: 12_001, first_name: "Ani", language_code: "id" }, group);
    const bayu = new Agent(h, { id: 12_002, first_name: "Bayu", language_code: "id" }, group);
    await ani.say(`/cari CGK SUB ${futureDate(46).wire} 1`);
    await bayu.say(`/cari CGK DPS ${futureDate(46).wire} 1`);
    // Bayu presses Ani's flight button: a toast says whose it is, and nothing moves.
    const anis = flightButton(ani);
    const aniResults = ani.lastForMe()!;
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: group, from: bayu.user, messageId: aniResults.message_id, data: anis.callback_data }));
    const toast = h.emulator.calls.filter((c) => c.method === "answerCallbackQuery").at(-1)!;
    expect(toast.payload.text).toContain("Ani");
    await ani.tap({ data: anis.callback_data });
    await bayu.tap({ data: flightButton(bayu).callback_data });
    await ani.tap("Lanjut");
    await bayu.tap("Lanjut");
    let a = await ani.reply("Mrs Ani Lestari");
    let b = await bayu.reply("Mr Bayu Saputra");
    if (a?.text?.includes("data pribadi")) a = await givePrivately(ani);
    if (b?.text?.includes("data pribadi")) b = await givePrivately(bayu);
    expect(a?.text).toContain("E-mail");
    expect(b?.text).toContain("E-mail");
    await ani.reply("ani@example.com");
    await bayu.reply("bayu@example.com");
    await ani.reply("081111111111");
    await bayu.reply("082222222222");
    expect(ani.lastForMe()?.text).toContain("Mrs Ani Lestari");
    expect(ani.lastForMe()?.text).toContain("CGK → SUB");
    expect(bayu.lastForMe()?.text).toContain("Mr Bayu Saputra");
    expect(bayu.lastForMe()?.text).toContain("CGK → DPS");
    await ani.tap("✅ Booking");
    await bayu.tap("✅ Booking");
    expect(ani.lastForMe()?.text).toMatch(/Booking berhasil/);
    expect(bayu.lastForMe()?.text).toMatch(/Booking berhasil/);
    const list = await ani.say("/pesanan");
    expect(list?.text).toContain("Ani");
    expect(list?.text).toContain("Bayu");
    expect(h.emulator.errors).toEqual([]);
  });

  it("a reply to another member's question is told whose it is, and lands in neither flow", async () => {
    const ani = new Agent(h, { id: 12_011, first_name: "Ani", language_code: "id" }, group);
    const bob = new Agent(h, { id: 12_012, first_name: "Bob", language_code: "en" }, group);
    await ani.say(`/cari@${h.emulator.botInfo.username}`);
    await bob.say(`/search@${h.emulator.botInfo.username}`);
    const anisQuestion = ani.lastForMe()!;
    expect(anisQuestion.text).toContain("Berangkat dari mana");
    // Bob answers Ani's question: he is told it's hers (in his language); neither flow moves.
    await bob.say("DPS", anisQuestion.message_id);
    expect(h.emulator.lastBotMessage(group.id)?.text).toContain("That question is for Ani");
    expect((await bob.reply("CGK"))?.text).toContain("From CGK to where");
    expect((await ani.reply("SUB"))?.text).toContain("Dari SUB ke mana");
    // At the results: Bob's "2" on Ani's list is not a pick of his own list.
    await ani.reply("DPS");
    await ani.reply(futureDate(48).wire);
    const anisList = (await ani.reply("1"))!;
    expect(anisList.text).toContain("SUB → DPS");
    const before = h.emulator.chatMessages(group.id).length;
    await bob.say("2", anisList.message_id);
    const after = h.emulator.chatMessages(group.id).slice(before).filter((m) => m.fromBot);
    expect(after.map((m) => m.text)).toEqual([expect.stringContaining("That question is for Ani")]);
    // Replies to one's own messages still answer.
    const mark = h.emulator.chatMessages(group.id).length;
    await bob.reply("DPS");
    expect(bob.botTexts(mark).join("\n")).toContain("CGK → DPS");
    await ani.say("/batal");
    await bob.say("/cancel");
  });

  it("a reply to another member's booking card is no answer to a question of theirs", async () => {
    const ani = new Agent(h, { id: 12_021, first_name: "Ani", language_code: "id" }, group);
    const bob = new Agent(h, { id: 12_022, first_name: "Bob", language_code: "en" }, group);
    const code = await bookInGroup(ani, "Mrs Ani Lestari", "CGK SUB");
    const card = ani.lastForMe()!;
    expect(card.text).toContain(code);
    const before = h.emulator.chatMessages(group.id).length;
    await bob.say(code, card.message_id);
    const answers = h.emulator.chatMessages(group.id).slice(before).filter((m) => m.fromBot).map((m) => m.text ?? "");
    expect(answers.join("\n")).not.toContain("That question is for");
  });

  it("a number typed as a reply to an older day's list picks nothing from the newest list", async () => {
    const dina = new Agent(h, { id: 12_031, first_name: "Dina", language_code: "id" }, group);
    await dina.say(`/cari@${h.emulator.botInfo.username} CGK DPS ${futureDate(49).wire} 1`);
    const older = dina.lastForMe()!;
    const nextDay = older.reply_markup!.inline_keyboard.flat().find((b) => b.text.endsWith("▶") && b.text.length > 2) as { callback_data: string };
    await dina.tap({ data: nextDay.callback_data });
    const newest = dina.lastForMe()!;
    expect(newest.message_id).not.toBe(older.message_id);
    expect((await dina.say("1", older.message_id)) && dina.lastForMe()?.text).toContain("bukan daftar Anda yang terbaru");
    // Replied to the newest list, the same number picks its first flight.
    await dina.say("1", newest.message_id);
    expect(dina.lastForMe()?.text).toContain("Sisa kursi");
    await dina.say("/batal");
  });

  it("plain chatter without a reply never reaches the bot, and questions are selective force replies", async () => {
    const citra = new Agent(h, { id: 12_003, first_name: "Citra", language_code: "id" }, group);
    await citra.say("/cari");
    const question = citra.lastForMe()!;
    const sent = h.emulator.calls.filter((c) => c.method === "sendMessage").at(-1)!;
    expect(sent.payload.reply_markup).toEqual({ force_reply: true, selective: true });
    expect(question.text).toContain("Berangkat dari mana");
    const hidden = h.emulator.sendText({ chat: group, from: citra.user, text: "CGK" });
    expect(hidden).toBeNull();
    await citra.reply("CGK");
    expect(citra.lastForMe()?.text).toContain("Dari CGK ke mana");
    await citra.say("/batal");
  });

  it("an international booking takes passports in the private chat, never in the group", async () => {
    const eka = new Agent(h, { id: 12_005, first_name: "Eka", language_code: "id" }, group);
    const code = await bookInGroup(eka, "Mr Eka Putra", "CGK SIN");
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    expect(h.emulator.chatMessages(group.id).some((m) => m.text?.includes("A1234567"))).toBe(false);
    expect(h.sandbox.controls.getBooking(code)?.passengers[0]).toMatchObject({ passportNumber: "A1234567" });
  });

  it("details finished in private after the bot was removed from the group are taken, and the member is told the group can't go on", async () => {
    const gone = { id: -100_778, type: "group" as const, title: "Agen Pindah" };
    const eka = new Agent(h, { id: 12_009, first_name: "Eka", language_code: "id" }, gone);
    await eka.say(`/cari CGK SIN ${futureDate(46).wire} 1`);
    await eka.tap({ data: flightButton(eka).callback_data });
    await eka.tap("Lanjut");
    await eka.reply("Mr Eka Putra");
    const url = eka.lastForMe()!.reply_markup!.inline_keyboard.flat().find((b) => "url" in b) as { url: string };
    h.emulator.blockChat(gone.id);
    const dm = new Agent(h, eka.user, { id: eka.user.id, type: "private" });
    let q = await dm.say(`/start ${url.url.split("start=")[1]}`);
    for (let i = 0; i < 6 && !/Terima kasih/.test(q?.text ?? ""); i++) {
      if (q?.text?.includes("Tanggal lahir")) q = await dm.say("17-08-1990");
      else if (q?.text?.includes("Paspor")) q = await dm.say("A1234567 31-12-2031");
      else if (q?.text?.includes("Kewarganegaraan")) q = await dm.say("ID");
      else break;
    }
    expect(q?.text).toContain("tidak bisa lagi menulis di grup");
    expect(dm.botTexts().join("\n")).not.toContain("kesalahan");
    // The one refused call is the notice to the group the bot left; later tests expect no errors.
    expect(h.emulator.errors.map((e) => e.payload.chat_id)).toEqual([gone.id]);
    h.emulator.errors.length = 0;
  });

  it("a full booking with the bot's @username and replies only", async () => {
    const dodi = new Agent(h, { id: 12_004, first_name: "Dodi", language_code: "id" }, group);
    const code = await bookInGroup(dodi, "Mr Dodi Pratama", "CGK KNO");
    expect((await dodi.say(`/status@${h.emulator.botInfo.username} ${code}`))?.text).toContain(code);
  });
  it("a message addressed to the bot that answers nothing gets the way in; chatter stays chatter", async () => {
    const citra = new Agent(h, { id: 12_010, first_name: "Citra", language_code: "id" }, group);
    const bot = h.emulator.botInfo.username;
    const from = h.emulator.chatMessages(group.id).length;
    await citra.say("makan siang dulu ya");
    expect(h.emulator.chatMessages(group.id).slice(from).filter((m) => m.fromBot)).toHaveLength(0);
    // No question of hers is open: just the way in.
    await citra.say(`@${bot} halo`);
    expect(citra.lastForMe()?.text).toBe("Ketik /cari untuk mencari penerbangan, atau /bantuan untuk semua perintah.");
    // A question closed by /batal, answered anyway.
    await citra.say(`/cari@${bot}`);
    await citra.say(`/batal@${bot}`);
    const closed = h.emulator.chatMessages(group.id).filter((m) => m.fromBot && m.text?.includes("Berangkat dari mana")).at(-1)!;
    const before = h.emulator.chatMessages(group.id).length;
    await citra.say("Denpasar", closed.message_id);
    const answers = h.emulator.chatMessages(group.id).slice(before).filter((m) => m.fromBot);
    expect(answers.map((m) => m.text)).toEqual([expect.stringContaining("tidak menjawab pertanyaan yang masih terbuka")]);
    expect(h.emulator.errors).toEqual([]);
  });
});
