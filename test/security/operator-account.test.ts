import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "../bot/journey-steps.js";
import { bookInGroup, forge, inlineFirst, money } from "./helpers.js";

// A live operator account (MMBC_* set, not the sandbox): the trust model applies in full.
const boss = { id: 31_001, first_name: "Bos", language_code: "id" };
const agent = { id: 31_002, first_name: "Agus", language_code: "id" };
const stranger = { id: 31_003, first_name: "Orang", language_code: "id" };
const member = { id: 31_004, first_name: "Mira", language_code: "id" };
const admin = { id: 31_005, first_name: "Adi", language_code: "id" };
const agency = { id: -100_310_001, type: "supergroup" as const, title: "Agen Resmi" };
const strangersGroup = { id: -100_319_999, type: "group" as const, title: "Grup Orang" };
const RANDOM = "ZZ9Q8W";

let h: Harness;
let agencyCode: string;
let agentCode: string;
const dm = (user: typeof boss) => new Agent(h, user, { id: user.id, type: "private" });
const NOT_FOUND = "Kode booking tidak dikenal provider";
const LOGIN = "hubungkan dengan /login";

beforeAll(async () => {
  h = await startHarness({ live: true, env: { CREDENTIALS_KEY: randomBytes(32).toString("base64"), ISSUER_IDS: String(boss.id), AGENT_IDS: String(agent.id) } });
  h.emulator.setChatAdministrators(agency.id, [admin.id]);
  h.emulator.setChatAdministrators(strangersGroup.id, [stranger.id]);
  // The operator's issuer adds the bot to the agency's group: that approves it.
  await h.app.bot.handleUpdate(h.emulator.addBotToGroup(agency, boss));
  agencyCode = await bookInGroup(new Agent(h, member, agency), "Mrs Mira Lestari", "CGK SUB", 40);
  agentCode = await bookOne(dm(agent), `/cari CGK DPS ${futureDate(41).wire} 1`);
});
afterAll(async () => { await h?.close(); });

describe("a stranger in a private chat", () => {
  it("can't search, see the deposit or inline-search the operator's account, and is told how to /login", async () => {
    const before = { searches: h.sandbox.controls.callCount("getflights-json"), balances: h.sandbox.controls.callCount("ceksaldo") };
    const s = dm(stranger);
    expect((await s.say(`/cari CGK SUB ${futureDate(42).wire} 1`))?.text).toContain(LOGIN);
    expect((await s.say("/saldo"))?.text).toContain(LOGIN);
    // Nothing suggests the operator's account is theirs to use, nor that its deposit is only "not checkable now".
    const account = (await s.say("/akun"))?.text ?? "";
    expect(account).toContain(LOGIN);
    expect(account).not.toContain("akun bawaan bot");
    const digest = (await s.say("/ringkasan"))?.text ?? "";
    expect(digest).toContain("Deposit: tidak ditampilkan");
    expect(digest).not.toContain("tidak bisa dicek sekarang");
    expect((await inlineFirst(h, stranger, "CGK SUB besok")).title).toContain("/login");
    expect(h.sandbox.controls.callCount("getflights-json")).toBe(before.searches);
    expect(h.sandbox.controls.callCount("ceksaldo")).toBe(before.balances);
  });

  it("every settings button is tried, then every booking command: nothing is read or spent", async () => {
    const before = money(h);
    const s = dm(stranger);
    const settings = await s.say("/settings");
    const offered = settings!.reply_markup!.inline_keyboard.flat().map((b) => ("callback_data" in b ? b.callback_data : ""));
    expect(offered.some((d) => d.startsWith("st:iss:"))).toBe(false);
    for (const data of [...offered, "st:iss:everyone", "st:iss:list", "st:iss:admins"]) await forge(s, data);
    expect((await h.app.deps.chatSettings.get(stranger.id)).issuers).toBeUndefined();
    for (const code of [agencyCode, agentCode, RANDOM]) {
      for (const cmd of ["/issued", "/cek", "/etiket"]) expect((await s.say(`${cmd} ${code}`))?.text).toContain(LOGIN);
    }
    expect(money(h)).toEqual(before);
    expect(h.emulator.chatMessages(stranger.id).some((m) => m.document)).toBe(false);
  });
});

describe("a stranger's own group (they are its only admin)", () => {
  it("doesn't use the operator's account, and may not approve itself", async () => {
    const before = money(h);
    const s = new Agent(h, stranger, strangersGroup);
    expect((await s.say(`/cari CGK SUB ${futureDate(43).wire} 1`))?.text).toContain("/approve");
    expect((await s.say("/approve"))?.text).toContain("Hanya issuer operator");
    await s.say("/settings");
    await s.tap("Semua");
    expect((await h.app.deps.chatSettings.get(strangersGroup.id)).issuers).toBe("everyone");
    for (const code of [agencyCode, RANDOM]) {
      expect((await s.say(`/issued ${code}`))?.text).toContain("/approve");
      expect((await s.say(`/cek ${code}`))?.text).toContain("/approve");
    }
    expect(money(h)).toEqual(before);
  });
});

describe("another chat's code reads exactly like an unknown code", () => {
  it("in commands, forged buttons, stop-reminders and inline mode", async () => {
    const before = money(h);
    const a = dm(agent);
    for (const cmd of ["/cek", "/etiket", "/issued"]) {
      const theirs = (await a.say(`${cmd} ${agencyCode}`))?.text;
      const unknown = (await a.say(`${cmd} ${RANDOM}`))?.text;
      expect(theirs).toContain(NOT_FOUND);
      expect(theirs).toBe(unknown);
    }
    for (const action of ["s", "t", "i"]) {
      const theirs = await forge(a, `b:${action}:mmbc:${agencyCode}`);
      const unknown = await forge(a, `b:${action}:mmbc:${RANDOM}`);
      expect(theirs.reply).toContain(NOT_FOUND);
      expect(theirs.reply).toBe(unknown.reply);
    }
    const stop = await forge(a, `rm:mmbc:${agencyCode}`);
    expect(stop.toast).toContain(NOT_FOUND);
    expect(stop.toast).toBe((await forge(a, `rm:mmbc:${RANDOM}`)).toast);
    // The agency's reminders are all still scheduled.
    expect(await h.app.jobs.queue.getJob(`exp-mmbc-${agencyCode}`)).toBeDefined();
    const inlineTheirs = await inlineFirst(h, agent, agencyCode);
    const inlineUnknown = await inlineFirst(h, agent, RANDOM);
    expect(inlineTheirs.title).toBe(inlineUnknown.title.replace(RANDOM, agencyCode));
    expect(inlineTheirs.text).not.toContain("Mira");
    expect(money(h)).toEqual(before);
    expect(h.emulator.chatMessages(agent.id).filter((m) => m.document)).toHaveLength(0);
  });

  it("also while the provider's status call fails: an outage answers the same for their code and a made-up one", async () => {
    const a = dm(agent);
    h.sandbox.controls.setFault("getstatusbooking-json", { kind: "http500" });
    try {
      for (const cmd of ["/cek", "/etiket", "/issued"]) {
        const theirs = (await a.say(`${cmd} ${agencyCode}`))?.text;
        const unknown = (await a.say(`${cmd} ${RANDOM}`))?.text;
        expect(theirs).not.toContain(NOT_FOUND);
        expect(theirs).toBe(unknown);
      }
      const theirs = await forge(a, `b:s:mmbc:${agencyCode}`);
      expect(theirs.reply).toBe((await forge(a, `b:s:mmbc:${RANDOM}`)).reply);
    } finally {
      h.sandbox.controls.setFault("getstatusbooking-json", null);
    }
  });
});

describe("in the approved agency group", () => {
  it("a member may book but not spend; the confirmation and its cancel obey only the asker", async () => {
    const before = money(h);
    const m = new Agent(h, member, agency);
    const boss_ = new Agent(h, admin, agency);
    expect((await m.say(`/issued ${agencyCode}`))?.text).toContain("tidak berhak issued");
    await boss_.say(`/issued ${agencyCode}`);
    const confirmation = h.emulator.lastBotMessage(agency.id)!;
    const [confirm, cancel] = confirmation.reply_markup!.inline_keyboard.flat().map((b) => ("callback_data" in b ? b.callback_data : ""));
    const press = async (who: typeof member, data: string) => {
      const before = h.emulator.calls.length;
      await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: agency, from: who, messageId: confirmation.message_id, data }));
      return h.emulator.calls.slice(before).find((c) => c.method === "answerCallbackQuery")?.payload.text as string;
    };
    expect(await press(member, confirm!)).toContain("Konfirmasi itu milik Adi");
    expect(await press(member, cancel!)).toContain("Konfirmasi itu milik Adi");
    expect(money(h).issues).toBe(before.issues);
    // The asker's confirmation still works: nothing was used up by the wrong member.
    expect(await press(admin, confirm!)).not.toContain("Sudah diproses");
    const booking = h.sandbox.controls.getBooking(agencyCode)!;
    expect(booking.status).toBe("issued");
    expect(money(h).issues).toBe(before.issues + 1);
    expect(money(h).balance).toBe(before.balance - booking.nta);
  });

  it("an admin demoted after the confirmation showed can't confirm it, nor ask again: Telegram is asked each time", async () => {
    const code = await bookInGroup(new Agent(h, member, agency), "Mrs Mira Demosi", "CGK KNO", 42);
    const adi = new Agent(h, admin, agency);
    await adi.say(`/issued ${code}`);
    const confirmation = h.emulator.lastBotMessage(agency.id)!;
    const confirm = confirmation.reply_markup!.inline_keyboard.flat().map((b) => ("callback_data" in b ? b.callback_data : ""))[0]!;
    const before = money(h);
    h.emulator.setChatAdministrators(agency.id, []);
    try {
      await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: agency, from: admin, messageId: confirmation.message_id, data: confirm }));
      expect(money(h)).toEqual(before);
      expect(h.sandbox.controls.getBooking(code)!.status).not.toBe("issued");
      expect((await adi.say(`/issued ${code}`))?.text).toContain("tidak berhak issued");
      expect(money(h)).toEqual(before);
    } finally {
      h.emulator.setChatAdministrators(agency.id, [admin.id]);
    }
  });

  it("inline sharing: a booker removed from the group, or a revoked group's member, gets what an unknown code gets", async () => {
    const group = { id: -100_310_555, type: "supergroup" as const, title: "Cabang Dua" };
    const leaver = { id: 31_006, first_name: "Lia", language_code: "id" };
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, boss));
    const liaCode = await bookInGroup(new Agent(h, leaver, group), "Mrs Lia Pergi", "CGK SUB", 45);
    const miraCode = await bookInGroup(new Agent(h, member, group), "Mrs Mira Cabang", "CGK SUB", 46);
    const unknown = await inlineFirst(h, leaver, RANDOM);
    expect((await inlineFirst(h, leaver, liaCode)).text).toContain("Lia Pergi");
    h.emulator.kickMember(group.id, leaver.id);
    const kicked = await inlineFirst(h, leaver, liaCode);
    expect(kicked.title).toBe(unknown.title.replace(RANDOM, liaCode));
    expect(kicked.text).toBe(unknown.text.replace(RANDOM, liaCode));
    expect((await inlineFirst(h, member, miraCode)).text).toContain("Mira Cabang");
    expect((await new Agent(h, boss, group).say("/revoke"))?.text).toContain("tidak lagi");
    const statusCalls = h.sandbox.controls.callCount("getstatusbooking-json");
    const revoked = await inlineFirst(h, member, miraCode);
    expect(revoked.title).toBe(unknown.title.replace(RANDOM, miraCode));
    expect(revoked.text).not.toContain("Mira");
    // Nothing was asked of the operator's account for them.
    expect(h.sandbox.controls.callCount("getstatusbooking-json")).toBe(statusCalls);
  });

  it("the approval ends when the bot is removed: added back by someone who isn't an issuer, the group must be approved again", async () => {
    const group = { id: -100_310_666, type: "supergroup" as const, title: "Cabang Tiga" };
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, boss));
    const m = new Agent(h, member, group);
    expect((await m.say(`/cari CGK SUB ${futureDate(47).wire} 1`))?.text).toContain("CGK → SUB");
    await m.say("/batal");
    await h.app.bot.handleUpdate(h.emulator.removeBotFromGroup(group, member));
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, member));
    expect((await m.say(`/cari CGK SUB ${futureDate(47).wire} 1`))?.text).toContain("/approve");
  });

  it("the approval is the operator's: /revoke and /approve by an issuer only, and it follows a supergroup migration", async () => {
    const group = { id: -310_777, type: "group" as const, title: "Cabang" };
    const m = new Agent(h, member, group);
    expect((await m.say(`/cari CGK SUB ${futureDate(44).wire} 1`))?.text).toContain("/approve");
    expect((await m.say("/approve"))?.text).toContain("Hanya issuer operator");
    expect((await new Agent(h, boss, group).say("/approve"))?.text).toContain("sekarang boleh");
    expect((await m.say(`/cari CGK SUB ${futureDate(44).wire} 1`))?.text).toContain("CGK → SUB");
    await m.say("/batal");
    h.emulator.migrateGroup(group, -100_310_777);
    for (const u of h.emulator.takeUpdates()) await h.app.bot.handleUpdate(u);
    const upgraded = new Agent(h, member, { id: -100_310_777, type: "supergroup", title: "Cabang" });
    expect((await upgraded.say(`/cari CGK SUB ${futureDate(44).wire} 1`))?.text).toContain("CGK → SUB");
    await upgraded.say("/batal");
    expect((await new Agent(h, boss, { id: -100_310_777, type: "supergroup" }).say("/revoke"))?.text).toContain("tidak lagi");
    expect((await upgraded.say(`/cari CGK SUB ${futureDate(44).wire} 1`))?.text).toContain("/approve");
  });
});

describe("someone not in the group: a stranger to its bookings, whatever its rule or list says", () => {
  const outsider = { id: 31_008, first_name: "Luar", language_code: "en" };
  const staff = { id: 31_009, first_name: "Staf", language_code: "id" };

  it("everyone may issue: a removed member and a never-member tapping the card get what an unknown code gets, and spend nothing", async () => {
    const group = { id: -100_310_777, type: "supergroup" as const, title: "Cabang Publik" };
    h.emulator.setChatAdministrators(group.id, [admin.id]);
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, boss));
    await new Agent(h, admin, group).say("/pengaturan");
    await new Agent(h, admin, group).tap({ data: "st:iss:everyone" });
    expect((await h.app.deps.chatSettings.get(group.id)).issuers).toBe("everyone");
    const code = await bookInGroup(new Agent(h, member, group), "Mrs Mira Publik", "CGK SUB", 47);
    h.emulator.kickMember(group.id, member.id);
    const before = money(h);
    for (const who of [member, outsider]) {
      const tapper = new Agent(h, who, group);
      for (const action of ["i", "s", "t"]) {
        const theirs = await forge(tapper, `b:${action}:mmbc:${code}`);
        const unknown = await forge(tapper, `b:${action}:mmbc:${RANDOM}`);
        expect(theirs.reply ?? theirs.toast).toBeDefined();
        expect(theirs).toEqual(unknown);
        expect(`${theirs.reply} ${theirs.toast}`).not.toMatch(/Rp|Mira/);
      }
    }
    expect(money(h)).toEqual(before);
    expect(h.sandbox.controls.getBooking(code)!.status).not.toBe("issued");
    // Nor do they stop its reminders (the removed booker neither): the toast reads as for an unknown code.
    for (const who of [member, outsider]) {
      const tapper = new Agent(h, who, group);
      const theirs = await forge(tapper, `rm:mmbc:${code}`);
      expect(theirs).toEqual(await forge(tapper, `rm:mmbc:${RANDOM}`));
    }
    expect(await h.app.jobs.queue.getJob(`exp-mmbc-${code}`)).toBeDefined();
  });

  it("nor page the group's bookings list, nor open its results' fare calendar: a dead button's toast, nothing posted", async () => {
    const group = { id: -100_310_779, type: "supergroup" as const, title: "Cabang Daftar" };
    h.emulator.setChatAdministrators(group.id, [admin.id]);
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, boss));
    // A member of their own: the others have searched a lot in this file (searches are throttled per person).
    const m = new Agent(h, { id: 31_010, first_name: "Nia", language_code: "id" }, group);
    for (let n = 0; n < 11; n++) await h.app.deps.bookings.save({ ...(await h.app.deps.bookings.get("mmbc", agencyCode))!, chatId: group.id, booking: { ...(await h.app.deps.bookings.get("mmbc", agencyCode))!.booking, code: `PG${String(n).padStart(4, "0")}` } });
    const list = await m.say("/pesanan");
    expect(list?.text).toContain("PG0010");
    const stranger = new Agent(h, outsider, group);
    const paged = await forge(stranger, "bk:p:1");
    expect(paged.toast).toMatch(/tidak aktif|no longer/);
    expect(paged.reply).toBeUndefined();
    expect(h.emulator.chatMessages(group.id).find((x) => x.message_id === list!.message_id)?.text).toBe(list?.text);
    // A member pages it as before.
    await m.tap("▶");
    expect(h.emulator.chatMessages(group.id).find((x) => x.message_id === list!.message_id)?.text).not.toBe(list?.text);
    // The fare calendar of a member's results: the expired alert, as for a made-up search.
    await m.say(`/cari@${h.emulator.botInfo.username} CGK DPS ${futureDate(50).wire} 1`);
    const results = m.lastForMe()!;
    const calendar = results.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.startsWith("cal:")) as { callback_data: string };
    const before = h.emulator.chatMessages(group.id).length;
    const theirs = await forge(stranger, calendar.callback_data);
    expect(theirs.toast).toBe((await forge(stranger, calendar.callback_data.replace(/:[^:]+$/, ":zzzzzzzz"))).toast);
    expect(h.emulator.chatMessages(group.id).length).toBe(before);
  });

  it("a member allowed by /izinkan, removed after asking, can't confirm", async () => {
    const group = { id: -100_310_778, type: "supergroup" as const, title: "Cabang Izin" };
    h.emulator.setChatAdministrators(group.id, [admin.id]);
    await h.app.bot.handleUpdate(h.emulator.addBotToGroup(group, boss));
    const s = new Agent(h, staff, group);
    const code = await bookInGroup(s, "Mr Staf Setia", "CGK DPS", 48);
    const said = h.emulator.chatMessages(group.id).filter((m) => !m.fromBot && m.from?.id === staff.id).at(-1)!;
    await new Agent(h, admin, group).say("/izinkan", said.message_id);
    expect((await s.say(`/issued ${code}`))?.text).toContain("Rp");
    const confirmation = h.emulator.lastBotMessage(group.id)!;
    const confirm = confirmation.reply_markup!.inline_keyboard.flat().map((b) => ("callback_data" in b ? b.callback_data : ""))[0]!;
    h.emulator.kickMember(group.id, staff.id);
    const before = money(h);
    await h.app.bot.handleUpdate(h.emulator.clickButton({ chat: group, from: staff, messageId: confirmation.message_id, data: confirm }));
    expect(money(h)).toEqual(before);
    expect(h.sandbox.controls.getBooking(code)!.status).not.toBe("issued");
    expect(h.emulator.lastBotMessage(group.id)?.text).not.toContain("berhasil");
  });
});

describe("an agent (AGENT_IDS) in a private chat", () => {
  it("/settings in their private chat doesn't say they may issue", async () => {
    expect((await dm(agent).say("/pengaturan"))?.text).toContain("dengan akun bot, hanya issuer operator");
  });

  it("books on the operator's account but never spends it, whatever the settings", async () => {
    const before = money(h);
    const a = dm(agent);
    for (const data of ["st:iss:everyone", "st:iss:list"]) expect((await forge(a, data)).toast).toContain("chat pribadi");
    expect((await a.say(`/issued ${agentCode}`))?.text).toContain("tidak berhak issued");
    expect(money(h)).toEqual(before);
    // The operator's issuer, in the same private chat type, spends it from their own chat only.
    expect((await dm(boss).say(`/issued ${agentCode}`))?.text).toContain(NOT_FOUND);
  });
});

describe("a deployment where agents can't link their own login (tiket.com only)", () => {
  it("a stranger is told to ask the operator, never sent to a /login that is switched off", async () => {
    const t = await startHarness({ live: true, use: "tiket", env: { PROVIDER: "tiket", ISSUER_IDS: String(boss.id) } });
    try {
      const s = new Agent(t, stranger, { id: stranger.id, type: "private" });
      const answer = (await s.say(`/cari CGK DPS ${futureDate(42).wire} 1`))?.text ?? "";
      expect(answer).toContain("Minta operator bot menambahkan Anda sebagai agen");
      expect(answer).not.toContain("/login");
      const group = { id: -100_777_001, type: "group" as const, title: "Agen Lain" };
      t.emulator.setChatAdministrators(group.id, [stranger.id]);
      const inGroup = (await new Agent(t, stranger, group).say(`/cari@${t.emulator.botInfo.username} CGK DPS ${futureDate(42).wire} 1`))?.text ?? "";
      expect(inGroup).toContain("/approve");
      expect(inGroup).not.toContain("/login");
    } finally {
      await t.close();
    }
  });
});
