import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { pickFirstFlight } from "./journey-steps.js";

let tiket: Harness;
let mmbc: Harness;
beforeAll(async () => {
  tiket = await startHarness({ use: "tiket" });
  mmbc = await startHarness();
});
afterAll(async () => {
  await tiket?.close();
  await mmbc?.close();
});

const agency = { email: "agen@travel.co.id", phone: "081111111111" };
const previous = { email: "ani@example.com", phone: "082222222222" };

/** A chat with a default contact set in /settings and a previous booking's contact remembered. */
async function chatWithContacts(h: Harness, id: number, language: "en" | "id"): Promise<Agent> {
  await h.app.deps.chatSettings.update(id, (s) => ({ ...s, contact: agency }));
  await h.app.deps.contacts.remember(id, previous);
  return new Agent(h, { id, first_name: "Budi", language_code: language }, { id, type: "private" });
}

/** Opens the first flight without a captcha (not JT or QG) and answers the passenger up to the contact. */
async function toContact(agent: Agent, search: string, proceed: string): Promise<string> {
  await agent.say(search);
  const buttons = agent.last()!.reply_markup!.inline_keyboard.flat().filter((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
  await agent.tap({ data: (buttons.find((b) => !/^(JT|QG)/.test(b.text)) ?? buttons[0]!).callback_data });
  await agent.tap(proceed);
  let msg = await agent.say("Mr Budi Santoso");
  for (let i = 0; i < 6; i++) {
    const q = msg?.text ?? "";
    if (/Tanggal lahir|Date of birth/.test(q)) msg = await agent.say("17-08-1990");
    else if (/KTP|ID card|NIK/.test(q)) msg = await agent.say("3174092302900001");
    else if (/Paspor|Passport/.test(q)) msg = await agent.say("A1234567 31-12-2031");
    else if (/Kewarganegaraan|Nationality/.test(q)) msg = await agent.say("Indonesia");
    else if (/Tanggal terbit|issue date/i.test(q)) msg = await agent.say("15-01-2022");
    else break;
  }
  return msg?.text ?? "";
}

describe("a tiket.com booking asks the customer's own contact", () => {
  it("in English: neither the last contact nor the default is offered, and the agent is told why", async () => {
    const agent = await chatWithContacts(tiket, 14_101, "en");
    const q = await toContact(agent, `/search CGK DPS ${futureDate(25).wire} 1`, "Continue");
    expect(q).not.toMatch(/last contact/);
    expect(q).not.toContain(previous.email);
    expect(q).not.toContain(agency.email);
    expect(q).toContain("tiket.com sends the e-ticket and any schedule changes");
    await agent.say("budi.santoso@example.com");
    await agent.say("081234567890");
    const summary = agent.last()?.text ?? "";
    expect(summary, agent.transcript(4)).toContain("budi.santoso@example.com");
  });

  it("in Indonesian, and the default contact typed by hand is accepted", async () => {
    const agent = await chatWithContacts(tiket, 14_102, "id");
    const q = await toContact(agent, `/cari CGK DPS ${futureDate(26).wire} 1`, "Lanjut");
    expect(q).not.toMatch(/kontak terakhir/);
    expect(q).not.toContain(previous.email);
    expect(q).toContain("tiket.com mengirim e-tiket dan info perubahan jadwal");
    await agent.say(agency.email);
    await agent.say(agency.phone);
    expect(agent.last()?.text, agent.transcript(4)).toContain(agency.email);
  });
});

describe("an MMBC booking", () => {
  it("still offers the chat's last contact", async () => {
    const agent = await chatWithContacts(mmbc, 14_103, "en");
    await agent.say(`/search CGK DPS ${futureDate(25).wire} 1`);
    await pickFirstFlight(agent);
    const first = agent.last()!.reply_markup!.inline_keyboard.flat()[0]!.text;
    await agent.tap(/Continue/.test(first) ? first : "✅");
    let msg = await agent.say("Mr Budi Santoso");
    if (/Date of birth/.test(msg?.text ?? "")) msg = await agent.say("17-08-1990");
    expect(msg?.text, agent.transcript(4)).toMatch(/last contact/);
    expect(msg?.text).toContain(previous.email);
  });
});
