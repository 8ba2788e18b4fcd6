import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import type { StoredMessage } from "../support/telegram/index.js";
import { internationalDay } from "./journey-steps.js";

/**
 * A group booking whose personal details (birth dates, passports) are given in the member's private
 * chat: "back" around that 🔒 step goes exactly one question back, keeps what was given privately,
 * and a deep link the flow has moved away from asks and stores nothing.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const words = {
  id: {
    search: "/cari", back: "kembali", continue: "Lanjut", name: (n: number, of: number) => `Penumpang ${n} dari ${of}`, email: "E-mail kontak", phone: "Nomor HP kontak?", kept: "Kontak dicatat untuk booking ini. Nanti dicek",
    review: "sudah diterima di chat pribadi", change: "Ubah di chat pribadi", prompt: "tidak saya tanyakan di grup", closed: "sudah tidak berlaku",
    notice: "Data pribadi diterima", tapContinue: "ketuk ▶️ Lanjutkan", thanks: "Kembali ke grup", book: "✅ Booking", code: /Kode: ([A-Z0-9]{6})/, already: "sudah diterima",
  },
  en: {
    search: "/search", back: "back", continue: "Continue", name: (n: number, of: number) => `Passenger ${n} of ${of}`, email: "Contact e-mail", phone: "Contact mobile number?", kept: "Contact noted for this booking. You'll check",
    review: "were received in the private chat", change: "Change in private chat", prompt: "I don't ask for them in the group", closed: "no longer open",
    notice: "Personal details received", tapContinue: "tap ▶️ Continue", thanks: "Go back to the group", book: "✅ Book", code: /Code: ([A-Z0-9]{6})/, already: "already received",
  },
} as const;
type Lang = keyof typeof words;

let nextId = 0;
function member(lang: Lang, first: string) {
  nextId += 1;
  const group = { id: -100_950_000 - nextId, type: "group" as const, title: `Agen ${nextId}` };
  const agent = new Agent(h, { id: 95_000 + nextId, first_name: first, language_code: lang }, group);
  const dm = new Agent(h, agent.user, { id: agent.user.id, type: "private" });
  return { agent, dm, group };
}

const labels = (m: StoredMessage | undefined) => m?.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? [];
const tokenOf = (m: StoredMessage | undefined) => {
  const url = m?.reply_markup?.inline_keyboard.flat().find((b) => "url" in b) as { url: string } | undefined;
  expect(url?.url).toMatch(/\?start=pd_[\w-]+$/);
  return url!.url.split("start=pd_")[1]!;
};
const notices = (agent: Agent, lang: Lang) => agent.h.emulator.chatMessages(agent.chat.id).filter((m) => m.fromBot && m.text?.includes(words[lang].notice)).length;

const day = internationalDay();

/** /search CGK SIN → that flight (typed, as a reply to the list) → names: returns the group's answer to the names. */
async function toNames(agent: Agent, lang: Lang, party: string, names: string[]): Promise<StoredMessage | undefined> {
  await agent.say(`${words[lang].search}@${h.emulator.botInfo.username} CGK SIN ${day.wire} ${party}`);
  expect((await agent.reply(day.code))?.text).toContain(day.code);
  await agent.tap(words[lang].continue);
  let r: StoredMessage | undefined;
  for (const n of names) r = await agent.reply(n);
  return r;
}

/** Opens the link in the private chat and answers every question; returns the private chat's last message. */
async function answerPrivately(dm: Agent, token: string, passport = "A1234567 31-12-2031"): Promise<StoredMessage | undefined> {
  let q = await dm.say(`/start pd_${token}`);
  // One passport number is one person: each passenger after the first gets their own.
  let passports = 0;
  for (let i = 0; i < 10; i++) {
    const t = q?.text ?? "";
    if (/Tanggal lahir|Date of birth/.test(t)) q = await dm.say("17-08-1990");
    else if (/Paspor|Passport/.test(t)) q = await dm.say(passports++ === 0 ? passport : passport.replace(/^(\S*?)\d(\s)/, `$1${passports}$2`));
    else if (/Kewarganegaraan|Nationality/.test(t)) q = await dm.say("ID");
    else break;
  }
  return q;
}

/** Contact and booking from the e-mail question; returns the sandbox booking. */
async function finish(agent: Agent, lang: Lang, mustShow: string[]) {
  await agent.reply("kantor@example.com");
  const summary = await agent.reply("081234567890");
  for (const s of mustShow) expect(summary?.text).toContain(s);
  await agent.tap(words[lang].book);
  const code = words[lang].code.exec(agent.lastForMe()?.text ?? "")?.[1];
  if (!code) throw new Error(agent.transcript(6));
  return h.sandbox.controls.getBooking(code)!;
}

describe.each(["id", "en"] as const)("group booking with private details (%s)", (lang) => {
  const w = words[lang];

  it("back from the contact is the 🔒 step with the details kept; back again is the name, and the same name asks nothing again", async () => {
    const { agent, dm } = member(lang, "Sari");
    const prompt = await toNames(agent, lang, "1", ["Mr Budi Santoso"]);
    expect(prompt?.text).toContain(w.prompt);
    expect((await answerPrivately(dm, tokenOf(prompt)))?.text).toContain(w.thanks);
    expect((await agent.tap("▶️"))?.text).toContain(w.email);
    const dmBefore = h.emulator.chatMessages(dm.chat.id).length;

    // One question back from the e-mail: the 🔒 step, saying the details were received, with Continue and a link to change them.
    const review = await agent.reply(w.back);
    expect(review?.text).toContain(w.review);
    expect(review?.text).toContain("Budi Santoso");
    expect(labels(review).join("|")).toContain(w.change);
    // Continue keeps them as they are.
    expect((await agent.tap("▶️"))?.text).toContain(w.email);
    // Back twice: the name; the same name again goes straight to the contact (no new 🔒 prompt).
    expect((await agent.reply(w.back))?.text).toContain(w.review);
    expect((await agent.reply(w.back))?.text).toContain(w.name(1, 1));
    expect((await agent.reply("Mr Budi Santoso"))?.text).toContain(w.email);

    // Nothing was asked privately again, and the group was told about the details once.
    expect(h.emulator.chatMessages(dm.chat.id).length).toBe(dmBefore);
    expect(notices(agent, lang)).toBe(1);
    const booking = await finish(agent, lang, ["Budi Santoso"]);
    expect(booking.passengers[0]).toMatchObject({ passportNumber: "A1234567" });
    expect(h.emulator.errors).toEqual([]);
  });

  it("✏️ at the summary, the passenger typed again under the same name keeps the details given privately: nothing asked again", async () => {
    const { agent, dm } = member(lang, "Rina");
    const prompt = await toNames(agent, lang, "1", ["Mr Budi Santoso"]);
    expect((await answerPrivately(dm, tokenOf(prompt)))?.text).toContain(w.thanks);
    expect((await agent.tap("▶️"))?.text).toContain(w.email);
    await agent.reply("kantor@example.com");
    expect((await agent.reply("081234567890"))?.text).toContain("Budi Santoso");
    const dmBefore = h.emulator.chatMessages(dm.chat.id).length;
    await agent.tap("✏️");
    await agent.tap("✏️ Mr Budi Santoso");
    const after = await agent.reply("Mr Budi Santoso");
    expect(after?.text).not.toContain(w.prompt);
    expect(after?.text).toContain("Budi Santoso");
    expect(h.emulator.chatMessages(dm.chat.id).length).toBe(dmBefore);
    // Back at the summary, the details kept (not booked here: the sandbox flight's seats serve the other tests).
    expect(labels(after)).toContain(w.book);
    expect(after?.text).toMatch(/data pribadi sudah diisi|personal details given privately/);
  });

  it("back at the 🔒 prompt asks that passenger's name; the prompt's old link then asks and stores nothing, the new one works", async () => {
    const { agent, dm } = member(lang, "Dewi");
    const first = await toNames(agent, lang, "1", ["Mrs Dewi Lestari"]);
    const oldToken = tokenOf(first);
    // One question back: the name of that passenger, not the quote.
    expect((await agent.reply(w.back))?.text).toContain(w.name(1, 1));

    // The old link: said to be no longer open, nothing asked, nothing stored, nothing told to the group.
    const opened = await dm.say(`/start pd_${oldToken}`);
    expect(opened?.text).toContain(w.closed);
    expect(dm.botTexts()).toHaveLength(1);
    expect(await answerPrivately(dm, oldToken)).toMatchObject({ text: expect.stringContaining(w.closed) });
    expect(notices(agent, lang)).toBe(0);
    const stored = await h.app.deps.personalData.get(oldToken);
    expect(stored).toMatchObject({ closed: true, done: false });
    expect(stored?.passengers[0]?.birthDate).toBeUndefined();

    // The name again: a new prompt with a new link, which works.
    const second = await agent.reply("Mrs Dewi Lestari");
    expect(second?.text).toContain(w.prompt);
    const newToken = tokenOf(second);
    expect(newToken).not.toBe(oldToken);
    expect((await answerPrivately(dm, newToken))?.text).toContain(w.thanks);
    // Typed in the group now (the e-mail, early): kept for the contact, and what's left is Continue, which is said.
    const notice = agent.h.emulator.chatMessages(agent.chat.id).filter((m) => m.fromBot && m.text?.includes(w.notice)).at(-1)!;
    await agent.say("kantor@example.com", notice.message_id);
    expect(agent.lastForMe()?.text).toContain(w.kept);
    expect(agent.lastForMe()?.text).toContain(w.tapContinue);
    expect((await agent.tap("▶️"))?.text).toContain(w.phone);
    expect(notices(agent, lang)).toBe(1);
    expect(h.emulator.errors).toEqual([]);
  });
});

describe("group booking with private details", () => {
  const w = words.id;

  it("a link half answered when the group went back stores nothing and tells the group nothing", async () => {
    const { agent, dm } = member("id", "Eka");
    const token = tokenOf(await toNames(agent, "id", "1", ["Tn Eka Putra"]));
    expect((await dm.say(`/start pd_${token}`))?.text).toContain("Tanggal lahir");
    expect((await dm.say("17-08-1990"))?.text).toContain("Paspor");
    // Meanwhile, in the group: back from the 🔒 prompt.
    expect((await agent.reply(w.back))?.text).toContain(w.name(1, 1));
    expect((await dm.say("A1234567 31-12-2031"))?.text).toContain(w.closed);
    expect(notices(agent, "id")).toBe(0);
    expect((await h.app.deps.personalData.get(token))?.passengers[0]?.passport).toBeUndefined();
  });

  it.each(["/batal", "/cari"])("%s at the 🔒 prompt ends the flow and its link with it: it asks and stores nothing", async (command) => {
    const { agent, dm } = member("id", "Fajar");
    const token = tokenOf(await toNames(agent, "id", "1", ["Tn Fajar Nugraha"]));
    await agent.say(`${command}@${h.emulator.botInfo.username}`);
    expect((await dm.say(`/start pd_${token}`))?.text).toContain(w.closed);
    expect(dm.botTexts()).toHaveLength(1);
    expect(await h.app.deps.personalData.get(token)).toMatchObject({ closed: true, done: false });
    expect(notices(agent, "id")).toBe(0);
  });

  it("pasted names: back at the 🔒 prompt asks the question they came with; a changed name asks only that passenger privately, the others' kept", async () => {
    const { agent, dm } = member("id", "Eko");
    expect((await toNames(agent, "id", "2", ["Tn Eko Prasetyo\nNy Rina Prasetyo"]))?.text).toContain(w.prompt);
    expect((await agent.reply(w.back))?.text).toContain(w.name(1, 2));
    // Eko's name typed again; Rina's pasted name is kept.
    const prompt = await agent.reply("Tn Eko Prasetyo");
    expect(prompt?.text).toContain(w.prompt);
    await answerPrivately(dm, tokenOf(prompt));
    expect((await agent.tap("▶️"))?.text).toContain(w.email);

    // Back from the e-mail (the 🔒 step), back again (the last passenger's name), and she is renamed.
    expect((await agent.reply(w.back))?.text).toContain("Rina Prasetyo");
    expect((await agent.reply(w.back))?.text).toContain(w.name(2, 2));
    const renamed = await agent.reply("Ny Rini Prasetyo");
    expect(renamed?.text).toContain(w.prompt);
    const dmFrom = h.emulator.chatMessages(dm.chat.id).length;
    await answerPrivately(dm, tokenOf(renamed), "B7654321 31-12-2032");
    const asked = dm.botTexts(dmFrom).join("\n");
    expect(asked).toContain("1 penumpang");
    expect(asked).toContain("Rini Prasetyo");
    expect(asked).not.toContain("Eko");
    expect((await agent.tap("▶️"))?.text).toContain(w.email);
    const booking = await finish(agent, "id", ["Eko Prasetyo", "Rini Prasetyo"]);
    expect(booking.passengers.map((p) => [p.fullName.toUpperCase(), p.passportNumber])).toEqual([["EKO PRASETYO", "A1234567"], ["RINI PRASETYO", "B7654321"]]);
    expect(h.emulator.errors).toEqual([]);
  });

  it("details changed from the 🔒 step start at the last question privately and are the ones booked; a used link says they were received", async () => {
    const { agent, dm } = member("id", "Nina");
    const firstToken = tokenOf(await toNames(agent, "id", "1", ["Ny Nina Kurnia"]));
    await answerPrivately(dm, firstToken);
    await agent.tap("▶️");
    // Continue taken: the link says the details were received, and they have left Redis.
    expect((await dm.say(`/start pd_${firstToken}`))?.text).toContain(w.already);
    expect((await h.app.deps.personalData.get(firstToken))?.passengers[0]?.birthDate).toBeUndefined();

    const review = await agent.reply(w.back);
    expect(review?.text).toContain(w.review);
    const dmFrom = h.emulator.chatMessages(dm.chat.id).length;
    // The passport (the last question) first; the birth date stays as given.
    const q = await dm.say(`/start pd_${tokenOf(review)}`);
    expect(q?.text).toContain("Paspor");
    expect((await dm.say("C1122334 31-12-2033"))?.text).toContain(w.thanks);
    expect(dm.botTexts(dmFrom).join("\n")).not.toContain("Tanggal lahir");
    expect((await agent.tap("▶️"))?.text).toContain(w.email);
    const booking = await finish(agent, "id", ["Nina Kurnia"]);
    expect(booking.passengers[0]).toMatchObject({ passportNumber: "C1122334" });
    expect(booking.passengers[0]!.dob).toContain("1990");
  });
});
