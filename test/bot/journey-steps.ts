import { expect } from "vitest";
import { Agent, futureDate } from "../support/bot-harness.js";
import { generateFlights } from "../../src/sandbox/mmbc/flights/generate-flights.js";

/** Taps the first flight of the results message. */
export async function pickFirstFlight(agent: Agent): Promise<string> {
  const results = agent.h.emulator.chatMessages(agent.chat.id).filter((m) => m.fromBot && m.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.includes(":o:"))).at(-1);
  const button = results!.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { text: string; callback_data: string };
  await agent.tap({ data: button.callback_data });
  return button.text.split(" ")[0]!;
}

/** Passenger names (and birth dates when asked), then contact: up to the summary. */
export async function fillPassengers(agent: Agent, names: string[], contact = { email: "agen@example.com", phone: "081234567890" }): Promise<void> {
  for (const name of names) {
    const msg = await agent.say(name);
    if (/Tanggal lahir|Date of birth/.test(msg?.text ?? "")) await agent.say(name.startsWith("Mstr") || name.startsWith("Miss") ? "01-01-2018" : "17-08-1990");
  }
  const last = agent.last()?.text ?? "";
  if (/kontak terakhir|last contact/.test(last)) return void (await agent.tap("✏️"));
  expect(last).toMatch(/E-mail|e-mail/);
  await agent.say(contact.email);
  await agent.say(contact.phone);
}

/** From /search to the summary (first flight, its quote accepted, passengers and contact given); returns the flight code. */
export async function toSummary(agent: Agent, search: string, names = ["Mr Budi Santoso"]): Promise<string> {
  await agent.say(search);
  const flight = await pickFirstFlight(agent);
  await agent.tap(/Lanjut|Continue/.test(agent.last()?.reply_markup?.inline_keyboard.flat()[0]?.text ?? "") ? agent.last()!.reply_markup!.inline_keyboard.flat()[0]!.text : "✅");
  await fillPassengers(agent, names);
  return flight;
}

/** From /search to a booking card; returns the booking code. */
export async function bookOne(agent: Agent, search: string, names = ["Mr Budi Santoso"]): Promise<string> {
  await toSummary(agent, search, names);
  await agent.tap(agent.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
  const code = /(?:Kode|Code): ([A-Z0-9]{6})/.exec(agent.last()?.text ?? "")?.[1];
  if (!code) throw new Error(`no booking code:\n${agent.transcript(6)}`);
  return code;
}

/**
 * A booking in a group without privacy mode (answers typed, not replied), whatever the flight asks: the
 * private-chat hand-off when the airline wants personal details, the contact typed. Returns its code.
 */
export async function bookInOpenGroup(agent: Agent, search: string, name = "Mr Budi Santoso"): Promise<string> {
  await agent.say(search);
  await pickFirstFlight(agent);
  const first = agent.last()!.reply_markup!.inline_keyboard.flat()[0]!.text;
  await agent.tap(/Lanjut|Continue/.test(first) ? first : "✅");
  await agent.say(name);
  if (/chat pribadi|private chat/.test(agent.last()?.text ?? "")) await givePrivately(agent);
  if (/kontak terakhir|last contact/.test(agent.last()?.text ?? "")) await agent.tap("✏️");
  else { await agent.say("agen@example.com"); await agent.say("081234567890"); }
  await agent.tap(agent.last()!.reply_markup!.inline_keyboard.flat()[0]!.text);
  const code = /(?:Kode|Code): ([A-Z0-9]{6})/.exec(agent.last()?.text ?? "")?.[1];
  if (!code) throw new Error(`no booking code:\n${agent.transcript(8)}`);
  return code;
}

/**
 * Personal details in a group go through the member's private chat: follow the deep link (/start
 * pd_<token>), answer there, then tap Continue in the group.
 */
export async function givePrivately(agent: Agent) {
  const prompt = agent.lastForMe()!;
  const url = prompt.reply_markup!.inline_keyboard.flat().find((b) => "url" in b) as { url: string };
  expect(url.url).toMatch(/^https:\/\/t\.me\/\w+\?start=pd_[\w-]+$/);
  const payload = url.url.split("start=")[1]!;
  const dm = new Agent(agent.h, agent.user, { id: agent.user.id, type: "private" });
  let q = await dm.say(`/start ${payload}`);
  // One KTP or passport number is one person: each passenger gets their own.
  let ids = 0;
  let passports = 0;
  for (let i = 0; i < 6 && !q?.text?.includes("Kembali ke grup"); i++) {
    if (q?.text?.includes("Tanggal lahir")) q = await dm.say("17-08-1990");
    else if (q?.text?.includes("KTP")) q = await dm.say(`31740923029000${String(1 + ids++).padStart(2, "0")}`);
    else if (q?.text?.includes("Paspor")) q = await dm.say(`A12345${String(67 + passports++)} 31-12-2031`);
    else if (q?.text?.includes("Kewarganegaraan")) q = await dm.say("ID");
    else q = dm.last();
  }
  // The group is told in its own language (an English group gets English whatever the member's is).
  const notice = agent.h.emulator.chatMessages(agent.chat.id).filter((m) => m.fromBot && /Data pribadi diterima|Personal details received/.test(m.text ?? "")).at(-1);
  expect(notice).toBeDefined();
  expect(agent.h.emulator.chatMessages(agent.chat.id).some((m) => m.text?.includes("17-08-1990"))).toBe(false);
  return agent.tap("▶️");
}


/** A day with an AirAsia or Jetstar flight CGK → SIN in the MMBC sandbox: the airline asks birth dates, the route passports. */
export function internationalDay(): { wire: string; code: string } {
  for (let d = 45; d < 120; d++) {
    const date = futureDate(d);
    const flight = generateFlights("CGK", "SIN", date.iso).find((f) => /^(QZ|JQ)-/.test(f.code));
    if (flight) return { wire: date.wire, code: flight.code };
  }
  throw new Error("no AirAsia or Jetstar flight CGK-SIN in the sandbox");
}
