import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { startTelegramEmulator } from "../support/telegram/index.js";
import { bookOne, givePrivately, pickFirstFlight } from "./journey-steps.js";

let h: Harness;
let open: Harness; // privacy mode off: the bot sees every group message
beforeAll(async () => {
  h = await startHarness();
  open = await startHarness({ emulator: await startTelegramEmulator({ privacyMode: false }) });
});
afterAll(async () => { await h?.close(); await open?.close(); });

const HINT = "Ketik /cari untuk mencari penerbangan, atau /bantuan";
const NOT_OPEN = "tidak menjawab pertanyaan yang masih terbuka";
let nextId = 31_000;
const fresh = () => (nextId += 7);
const privateAgent = (lang: "id" | "en" = "id", id = fresh()) => new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
const groupOf = () => ({ id: -1_003_100_000 - fresh(), type: "group" as const, title: "Agen Makmur" });
const member = (hh: Harness, chat: ReturnType<typeof groupOf>, name = "Rina") => new Agent(hh, { id: fresh(), first_name: name, language_code: "id" }, chat);
let day = 40;
const search = () => `/cari CGK SUB ${futureDate(day++).wire} 1`;
/** The bot's texts (with their buttons' labels) since `from`. */
const said = (agent: Agent, from: number) => agent.h.emulator.chatMessages(agent.chat.id).slice(from).filter((m) => m.fromBot)
  .map((m) => `${m.text ?? m.caption ?? ""}${m.reply_markup ? ` [${m.reply_markup.inline_keyboard.flat().map((b) => b.text).join(" | ")}]` : ""}`);
const count = (agent: Agent) => agent.h.emulator.chatMessages(agent.chat.id).length;
/** What the bot answers `text` with, as the new messages' texts. */
async function answer(agent: Agent, text: string, replyTo?: number): Promise<string[]> {
  const from = count(agent);
  await agent.say(text, replyTo);
  return said(agent, from);
}

/** The contact: the chat's last one when offered, else typed (as replies in a group). */
async function giveContact(agent: Agent) {
  const answerWith = (text: string) => (agent.chat.type === "private" ? agent.say(text) : agent.reply(text));
  if (/kontak terakhir/.test(agent.lastForMe()?.text ?? "")) return void (await agent.tap("✅ Pakai"));
  await answerWith("agen@example.com");
  await answerWith("081234567890");
}

/** One more booking in a private chat that already has one (bookOne fits a chat's first). */
async function bookAgain(agent: Agent): Promise<string> {
  await agent.say(search());
  await pickFirstFlight(agent);
  await agent.tap("Lanjut");
  if (/Tanggal lahir/.test((await agent.say("Mr Budi Santoso"))?.text ?? "")) await agent.say("17-08-1990");
  await giveContact(agent);
  await agent.tap("✅ Booking");
  const code = /Kode: ([A-Z0-9]{6})/.exec(agent.last()?.text ?? "")?.[1];
  if (!code) throw new Error(`no booking code:\n${agent.transcript(6)}`);
  return code;
}

/** A booking made in a group, up to its card (the card is returned). */
async function bookInGroup(rina: Agent) {
  await rina.say(`/cari@${rina.h.emulator.botInfo.username} cgk sub ${futureDate(day++).wire} 1`);
  await pickFirstFlight(rina);
  await rina.tap("Lanjut");
  await rina.reply("Tn Budi Santoso");
  // Birth dates go through the member's private chat.
  if (rina.lastForMe()?.reply_markup?.inline_keyboard.flat().some((b) => "url" in b)) await givePrivately(rina);
  await giveContact(rina);
  await rina.tap("✅ Booking");
  const card = rina.lastForMe()!;
  const code = /Kode: ([A-Z0-9]{6})/.exec(card.text ?? "")?.[1];
  if (!code) throw new Error(`no booking card:\n${rina.transcript(6)}`);
  return { card, code };
}

describe("words around a booking code, in a private chat", () => {
  it("cek / kode booking … / issue … dong / tiketnya / saldo / mksh: each answered as its command would, nothing paid", async () => {
    const agent = privateAgent();
    const code = await bookOne(agent, search());
    const other = privateAgent();
    for (const [typed, command] of [
      [`cek ${code}`, `/cek ${code}`], [`kode booking ${code} gmn statusnya`, `/cek ${code}`], [`check ${code}`, `/cek ${code}`],
      [`etiket ${code}`, `/etiket ${code}`], [`tiketnya ${code}`, `/etiket ${code}`], ["saldo brp", "/saldo"], ["deposit msh brp?", "/saldo"],
    ] as const) {
      const got = await answer(agent, typed);
      expect(got, typed).toEqual(await answer(agent, command));
      expect(got.join("\n")).not.toContain(HINT);
    }
    // The issue confirmation, with its button: typed words only ask.
    for (const typed of [`issue ${code} dong`, `tlg issued ${code.toLowerCase()} ya kak`, `issue it pls ${code}`]) {
      const got = await answer(agent, typed);
      expect(got.at(-1), typed).toContain(`Issued ${code}?`);
      expect(got.at(-1)).toMatch(/✅ Issued Rp/);
    }
    expect(h.sandbox.controls.getBooking(code)?.status).not.toBe("issued");
    expect((await answer(agent, "mksh"))[0]).toBe("Sama-sama, kak 🙏 Kalau perlu tiket lagi, ketik /cari.");
    expect((await answer(agent, "makasih kak 🙏"))[0]).toContain("Sama-sama");
    // An unknown code reads as one, whatever the words around it.
    expect(await answer(other, "cek ZZ9Q8W")).toEqual(await answer(other, "/cek ZZ9Q8W"));
  });

  it("without a code: the booking just made; a question whether it was issued is its status", async () => {
    const agent = privateAgent();
    const code = await bookOne(agent, search());
    expect((await answer(agent, "issued dong")).at(-1)).toContain(`Issued ${code}?`);
    expect((await answer(agent, "udh issued blm?"))[0]).toContain(`${code} — ⏳ menunggu pembayaran`);
    expect(await answer(agent, "tiketnya mana?")).toEqual([`📄 ${code} belum issued, jadi belum ada e-tiket. Issued dulu: /issued ${code}`]);
    expect(await answer(agent, "kirim etiket")).toEqual(await answer(agent, `/etiket ${code}`));
    expect(h.sandbox.controls.getBooking(code)?.status).not.toBe("issued");
  });

  it("without a code and two bookings just made: asks which, with a button each, and the tap does it", async () => {
    const agent = privateAgent();
    const first = await bookOne(agent, search());
    const second = await bookAgain(agent);
    const got = await answer(agent, "issued dong");
    expect(got).toHaveLength(1);
    expect(got[0]).toContain("Booking mana yang mau di-issued? Ketuk kodenya, atau lihat semua di /pesanan.");
    expect(got[0]).toContain(`${first} · CGK→SUB`);
    expect(got[0]).toContain(`${second} · CGK→SUB`);
    expect((await agent.tap(`${first} · `))?.text).toContain(`Issued ${first}?`);
    expect((await answer(agent, "tiketnya mana?"))[0]).toContain("E-tiket booking yang mana?");
  });

  it("'issued yg pertama' with two bookings asks which, with a button each (never the hint); nothing paid", async () => {
    const agent = privateAgent();
    const first = await bookOne(agent, search());
    const second = await bookAgain(agent);
    const got = await answer(agent, "issued yg pertama");
    expect(got).toHaveLength(1);
    expect(got[0]).toContain("Booking mana yang mau di-issued?");
    expect(got[0]).toContain(`${first} · CGK→SUB`);
    expect(got[0]).toContain(`${second} · CGK→SUB`);
    expect(h.sandbox.controls.getBooking(first)?.status).toBe("waiting");
  });

  it("without a code and no booking in the chat: what the command alone says, and the code typed next is taken", async () => {
    const agent = privateAgent();
    expect(await answer(agent, "issued dong")).toEqual(["Ketik kode booking: /issued ABC123"]);
    const owner = privateAgent();
    const code = await bookOne(owner, search());
    // Someone else's code after the prompt: unknown, as everywhere.
    expect((await answer(agent, code))[0]).toBe("🔎 Kode booking tidak dikenal provider. Periksa lalu coba lagi.");
  });

  it("batalin / cancel booking / ganti tgl / refund / salah nama: said plainly what can be done, never the hint", async () => {
    const agent = privateAgent();
    const code = await bookOne(agent, search());
    const cancel = (await answer(agent, `batalin ${code}`))[0]!;
    expect(cancel).toMatch(new RegExp(`^${code} tidak bisa dibatalkan lewat bot ini\\. Tapi tidak perlu: belum di-issued, jadi deposit belum terpakai, dan booking ini batal sendiri kalau tidak di-issued sampai batas bayarnya, .+ WIB\\. Untuk melepas kursinya lebih cepat, hubungi CS MMBC\\.$`));
    expect(await answer(agent, `cancel booking ${code}`)).toEqual([cancel]);
    expect(await answer(agent, "batalin")).toEqual([cancel]);
    expect((await answer(agent, `ganti tgl ${code}`))[0]).toMatch(new RegExp(`^Ganti jadwal ${code} tidak bisa lewat bot ini: hubungi CS MMBC`));
    expect((await answer(agent, "reschedule"))[0]).toMatch(new RegExp(`^Ganti jadwal ${code} tidak bisa`));
    expect((await answer(agent, "refund"))[0]).toMatch(new RegExp(`^Refund ${code} tidak bisa lewat bot ini.+tidak ada yang perlu di-refund`));
    expect((await answer(agent, "salah nama, harusnya Budi Santosa"))[0]).toMatch(new RegExp(`^Koreksi nama di ${code} tidak bisa lewat bot ini.+booking ulang saja dengan nama yang benar`));
    expect(h.sandbox.controls.getBooking(code)?.status).toBe("waiting");
    // No booking here: the rule, in general.
    const fresh = privateAgent("en");
    expect((await answer(fresh, "refund"))[0]).toBe("Refunds can't be done in this bot: contact the provider's support (MMBC or tiket.com) with the booking code.");
    expect((await answer(fresh, "cancel booking"))[0]).toContain("This bot can't cancel bookings. One not issued needs no cancelling");
  });

  it("another chat or another group gets exactly what an unknown code gets, whatever the words", async () => {
    const owner = privateAgent();
    const code = await bookOne(owner, search());
    const stranger = privateAgent();
    const unknown = await answer(stranger, "/cek ZZ9Q8W");
    expect(unknown).toEqual(["🔎 Kode booking tidak dikenal provider. Periksa lalu coba lagi."]);
    for (const typed of [`cek ${code}`, `issued ${code}`, `etiket ${code}`, `batalin ${code}`, `ganti tgl ${code}`, `refund ${code}`, `kode booking ${code} gmn statusnya`]) {
      expect(await answer(stranger, typed), typed).toEqual(unknown);
    }
    const g = groupOf();
    const dodi = member(h, g, "Dodi");
    const bot = `@${h.emulator.botInfo.username}`;
    const unknownInGroup = await answer(dodi, `/cek@${h.emulator.botInfo.username} ZZ9Q8W`);
    expect(unknownInGroup).toEqual(unknown);
    for (const typed of [`${bot} cek ${code}`, `${bot} issued ${code}`, `${bot} etiket ${code}`, `${bot} batalin ${code}`]) {
      expect(await answer(dodi, typed), typed).toEqual(unknownInGroup);
    }
    expect(h.sandbox.controls.getBooking(code)?.status).toBe("waiting");
  });
});

describe("typing at an open issue confirmation", () => {
  it("ya / ok / gas / issued / jgn dulu: pointed at the buttons, as a reply to the confirmation; nothing paid", async () => {
    const agent = privateAgent();
    const code = await bookOne(agent, search());
    const confirmation = await agent.say(`/issue ${code}`);
    expect(confirmation?.text).toContain(`Issued ${code}?`);
    const before = h.sandbox.controls.getBooking(code)?.status;
    for (const typed of ["ya", "ok", "gas", "issued", "ya issued", "jgn dulu"]) {
      const from = count(agent);
      await agent.say(typed);
      const replies = agent.h.emulator.chatMessages(agent.chat.id).slice(from).filter((m) => m.fromBot);
      expect(replies.map((m) => m.text), typed).toEqual([`💳 Issued ${code} menunggu ketukan Anda: ketuk ✅ Issued di pesan konfirmasi untuk membayar dari deposit, atau ✖️ Batal. Ketikan tidak memproses pembayaran.`]);
      expect(replies[0]!.reply_to_message_id).toBe(confirmation!.message_id);
    }
    expect(h.sandbox.controls.getBooking(code)?.status).toBe(before);
    // The button still pays, once.
    expect((await agent.tap("✅"))?.text).toMatch(/issued|Issued/);
    expect(h.sandbox.controls.getBooking(code)?.status).toBe("issued");
    await h.emulator.waitFor(() => h.emulator.chatMessages(agent.chat.id).find((m) => m.document));
    // Confirmed: "ya" is no longer an answer to anything.
    expect(await answer(agent, "ya")).toEqual(["Ketik /cari untuk mencari penerbangan, atau /bantuan untuk semua perintah."]);
  });
});

describe("an issue confirmation left open while the booking was issued through another", () => {
  it("no longer takes the words typed after: 'issued dong' and 'ya' are read for themselves; its tap says already issued", async () => {
    const agent = privateAgent();
    const code = await bookOne(agent, search());
    const forgotten = await agent.say(`/issue ${code}`);
    expect(forgotten?.text).toContain(`Issued ${code}?`);
    const second = await agent.say(`/issue ${code}`);
    expect(second?.message_id).not.toBe(forgotten?.message_id);
    expect((await agent.tap("✅"))?.text).toMatch(/issued|Issued/);
    expect(h.sandbox.controls.getBooking(code)?.status).toBe("issued");
    await h.emulator.waitFor(() => h.emulator.chatMessages(agent.chat.id).find((m) => m.document));
    const issued = await answer(agent, "issued dong");
    expect(issued.join("\n")).not.toContain("menunggu ketukan");
    expect(issued.join("\n")).toContain(code);
    expect(await answer(agent, "ya")).toEqual([`${HINT} untuk semua perintah.`]);
    // The forgotten one's own button pays nothing.
    const from = count(agent);
    const pay = forgotten!.reply_markup!.inline_keyboard.flat().find((b) => b.text.startsWith("✅"));
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: agent.chat, from: agent.user, messageId: forgotten!.message_id, data: (pay as { callback_data: string }).callback_data }));
    expect(said(agent, from).join("\n")).toContain("sudah");
    expect(h.sandbox.controls.getBooking(code)?.status).toBe("issued");
  });

  it("a cancel word after the issue is about the booking: never 'issue called off, deposit not used'", async () => {
    const agent = privateAgent();
    const code = await bookOne(agent, search());
    await agent.say(`/issue ${code}`);
    await agent.say(`/issue ${code}`);
    expect((await agent.tap("✅"))?.text).toMatch(/issued|Issued/);
    await h.emulator.waitFor(() => h.emulator.chatMessages(agent.chat.id).find((m) => m.document));
    for (const typed of ["cancel it", "batal", "/cancel", "cancel this booking"]) {
      const got = (await answer(agent, typed)).join("\n");
      expect(got, typed).not.toContain("tidak terpakai");
      expect(got, typed).not.toContain("menunggu ketukan");
    }
    expect((await answer(agent, "cancel it")).join("\n")).toContain(code);
  });
});

describe("a search typed without /cari", () => {
  it.each([
    ["cariin tiket jkt bali bsk pagi 2 org", "/cari jkt bali bsk pagi 2 org", "id"],
    ["mau ke bali bsk 2 org dr jkt", "/cari ke bali bsk 2 org dari jkt", "id"],
    ["sub dps", "/cari sub dps", "id"],
    ["search flight jakarta to bali tomorrow 2 pax", "/search jakarta to bali tomorrow 2 pax", "en"],
  ] as const)("%s starts the search as %s", async (typed, command, lang) => {
    const a = privateAgent(lang);
    const b = privateAgent(lang);
    const got = await answer(a, typed);
    expect(got.join("\n")).not.toContain(HINT);
    expect(got).toEqual(await answer(b, command));
  });

  it("ordinary chatter starts nothing", async () => {
    const agent = privateAgent();
    for (const typed of ["halo kak", "p", "ok siap", "nanti aku kabari ya"]) expect(await answer(agent, typed), typed).toEqual(["Ketik /cari untuk mencari penerbangan, atau /bantuan untuk semua perintah."]);
  });
});

describe("in a group", () => {
  it("a mention with a search in words starts it, as /cari would", async () => {
    const got = await answer(member(h, groupOf()), `@${h.emulator.botInfo.username} cariin tiket cgk dps bsk 2 org`);
    expect(got.join("\n")).not.toContain(NOT_OPEN);
    expect(got).toEqual(await answer(member(h, groupOf()), `/cari@${h.emulator.botInfo.username} cgk dps bsk 2 org`));
  });

  it("a mention with words nothing reads gets the way in, not 'doesn't answer a question still open'", async () => {
    const got = await answer(member(h, groupOf()), `@${h.emulator.botInfo.username} halo`);
    expect(got).toEqual([`${HINT} untuk semua perintah.`]);
  });

  it("a reply to a booking card: issued dong / tiketnya mana? / batalin aja act on that booking", async () => {
    const g = groupOf();
    const rina = member(h, g);
    // Rina may issue here (an admin, as the group's default rule wants).
    h.emulator.setChatAdministrators(g.id, [rina.user.id]);
    const { card, code } = await bookInGroup(rina);
    const issue = await answer(rina, "issued dong", card.message_id);
    expect(issue.at(-1)).toContain(`Issued ${code}?`);
    expect(issue.join("\n")).not.toContain(NOT_OPEN);
    // The confirmation is open: words at it point at its buttons.
    expect((await answer(rina, "ya", card.message_id))[0]).toContain(`Issued ${code} menunggu ketukan Anda`);
    await rina.tap("✖️");
    expect(await answer(rina, "tiketnya mana?", card.message_id)).toEqual([`📄 ${code} belum issued, jadi belum ada e-tiket. Issued dulu: /issued ${code}`]);
    expect((await answer(rina, "batalin aja", card.message_id))[0]).toMatch(new RegExp(`^${code} tidak bisa dibatalkan lewat bot ini\\. Tapi tidak perlu`));
    expect(h.sandbox.controls.getBooking(code)?.status).toBe("waiting");
  });

  it("chatter addressed to nobody stays ignored, even with the bot seeing it", async () => {
    const g = groupOf();
    const rina = member(open, g);
    for (const typed of ["cariin tiket jkt bali bsk 2 org", "issued dong", "saldo brp", "makasih"]) expect(await answer(rina, typed), typed).toEqual([]);
  });
});

describe("words that only look like requests", () => {
  const WAY_IN = "Ketik /cari untuk mencari penerbangan, atau /bantuan untuk semua perintah.";
  const WAY_IN_EN = "Type /search to find a flight, or /help for all commands.";

  it("not paying now (jangan, besok, nanti, a question) never opens the issue confirmation; whether it is issued is its status", async () => {
    const agent = privateAgent();
    const code = await bookOne(agent, search());
    for (const typed of ["jangan di issue dulu", "bayar besok ya", "customer bayar nanti sore", "saya bayar pakai transfer ya", "issue nya apa?", "kak ini issue apa ya kok error"]) {
      expect(await answer(agent, typed), typed).toEqual([WAY_IN]);
    }
    expect((await answer(agent, "udh issued blm?"))[0]).toContain(`${code} — ⏳ menunggu pembayaran`);
    const en = privateAgent("en");
    const enCode = await bookOne(en, `/search CGK SUB ${futureDate(day++).wire} 1`);
    for (const typed of ["don't issue it", "I'll pay later", "can I pay by transfer?"]) expect(await answer(en, typed), typed).toEqual([WAY_IN_EN]);
    expect((await answer(en, "is it issued?"))[0]).toContain(`${enCode} — ⏳`);
    expect(h.sandbox.controls.getBooking(code)?.status).toBe("waiting");
    expect(h.sandbox.controls.getBooking(enCode)?.status).toBe("waiting");
  });

  it("chatter with one place starts no search and the next message is not taken as its answer; a labelled request searches", async () => {
    const agent = privateAgent();
    for (const typed of ["malang banget", "halo pak Ambon", "kopi aceh enak", "lagi di solo nih", "kita makan di Padang aja", "lombok aman ga", "JT 610 CGK 07:00 DPS 09:50"]) {
      expect(await answer(agent, typed), typed).toEqual([WAY_IN]);
    }
    expect(await answer(agent, "wkwk iya")).toEqual([WAY_IN]);
    expect(await answer(privateAgent("en"), "I'm in Bali now")).toEqual([WAY_IN_EN]);
    const labelled = await answer(privateAgent(), "customer: mau ke bali tgl 5 berdua kak");
    expect(labelled.at(-1)).toContain("Berangkat dari mana?");
  });

  it("codes aren't read out of chatter, and requests without a code only when the words are nothing else", async () => {
    const agent = privateAgent();
    await bookOne(agent, search());
    for (const typed of ["bayar dimana kak?", "ok MANTAP", "istri saya WIDODO", "Rp 1500000 ya kak", "naik GA4021 ya", "saya cek besok", "Budi Cek", "cek ombak",
      "udah check in?", "customer blm bayar", "saya mau depo 5jt", "ubah jam meeting", "cancel meeting", "void", "batal ke solo", "Itinerary: GA 404 CGK-DPS 05 Jan 07:00", "TIKET AMAN"]) {
      expect(await answer(agent, typed), typed).toEqual([WAY_IN]);
    }
    expect((await answer(agent, "refund gimana caranya?"))[0]).toMatch(/^Refund [A-Z0-9]{6} tidak bisa lewat bot ini/);
  });

  it("in a group, chatter replying to a booking card stays chatter", async () => {
    const g = groupOf();
    const rina = member(h, g);
    const { card } = await bookInGroup(rina);
    const dodi = member(h, g, "Dodi");
    for (const typed of ["mantap, makasih bu Rina", "naik GA4021 ya", "jangan di issue dulu ya"]) expect(await answer(dodi, typed, card.message_id), typed).toEqual([]);
  });
});
