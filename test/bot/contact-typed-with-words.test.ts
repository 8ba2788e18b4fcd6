import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

// At the e-mail question, "emailnya ani@gmail.com", "budi@gmail.com / 0812 3456 7890" and "hp nya salah 0812…"
// were answered "Itu bukan alamat e-mail" and what was typed was lost. They are taken; an e-mail typed among
// words that are no contact is named back and asked about, never dropped unsaid.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let next = 49_310;
const agent = (lang: "id" | "en" = "id") => {
  const id = (next += 1);
  return new Agent(h, { id, first_name: "Rina", language_code: lang }, { id, type: "private" });
};

/** A one-adult search up to the e-mail question. */
async function atEmail(a: Agent): Promise<void> {
  await a.say("cgk dps besok 1 dewasa");
  const flight = a.last()!.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { callback_data: string };
  await a.tap({ data: flight.callback_data });
  await a.tap(a.user.language_code === "en" ? "Continue" : "Lanjut");
  await a.say(a.user.language_code === "en" ? "Mr Budi Santoso" : "Tn Budi Santoso");
}
const texts = (a: Agent, from: number) => a.botTexts(from).join("\n---\n");
const count = (a: Agent) => h.emulator.chatMessages(a.chat.id).length;

describe("a contact typed with labels and words around it", () => {
  it("'emailnya ani@gmail.com' is the e-mail; the phone is asked next", async () => {
    const a = agent();
    await atEmail(a);
    const n = count(a);
    await a.say("emailnya ani@gmail.com");
    expect(texts(a, n)).not.toContain("bukan alamat e-mail");
    expect(a.last()?.text).toContain("Nomor HP");
  }, 60_000);

  it("'budi@gmail.com / 0812 3456 7890' gives both: the summary shows them", async () => {
    const a = agent();
    await atEmail(a);
    await a.say("budi@gmail.com / 0812 3456 7890");
    expect(a.last()?.text).toContain("budi@gmail.com");
    expect(a.last()?.text).toContain("081234567890");
  }, 60_000);

  it("'hp nya salah 081298765432' keeps the phone and asks the e-mail again", async () => {
    const a = agent();
    await atEmail(a);
    const n = count(a);
    await a.say("hp nya salah 081298765432");
    const r = texts(a, n);
    expect(r).not.toContain("bukan alamat e-mail");
    expect(r).toContain("081298765432");
    await a.say("budi@gmail.com");
    expect(a.last()?.text).toContain("081298765432");
  }, 60_000);

  it("an e-mail among other words is named back and asked about (id and en)", async () => {
    const a = agent();
    await atEmail(a);
    await a.say("ani@gmail.com buat tiket adik saya");
    expect(a.last()?.text).toContain("Ada e-mail ani@gmail.com di pesan itu");
    const b = agent("en");
    await atEmail(b);
    await b.say("ani@gmail.com for my sister's ticket");
    expect(b.last()?.text).toContain("I see the e-mail ani@gmail.com");
  }, 60_000);
});
