import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { internationalDay } from "./journey-steps.js";

/**
 * Passengers pasted as labelled blocks, WhatsApp style: "Nama: …" then "Tgl lahir: …", "No paspor: …",
 * "Exp: …" each on a line of its own, the blocks apart by a blank line or numbering. One passenger per
 * block, every field kept for its own question, as when pasted on the name's line; never a field read
 * as a name, nor an expiry as a birth date.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

let next = 74_300;
async function atNames(lang: "en" | "id", pax: number): Promise<Agent> {
  const id = next++;
  const a = new Agent(h, { id, first_name: "Budi", language_code: lang }, { id, type: "private" });
  const day = internationalDay();
  await a.say(`cgk sin ${day.wire} ${pax}`);
  await a.say(day.code);
  await a.tap(lang === "en" ? "Continue" : "Lanjut");
  return a;
}

async function answer(a: Agent, text: string): Promise<string> {
  const from = a.h.emulator.chatMessages(a.chat.id).length;
  await a.say(text);
  return a.botTexts(from).join("\n");
}

describe("labelled passenger blocks", () => {
  it("id: two blocks apart by a blank line, 2 passengers", async () => {
    const a = await atNames("id", 2);
    const said = await answer(a, "Nama: Tn. Budi Santoso\nTgl lahir: 17 agustus 1990\nNo paspor: A1234567\nExp: 17-03-2031\n\nNama: Ny. Sari Dewi\nTgl lahir: 1 feb 1992\nNo paspor: B7654321\nExp: 30-06-2030");
    expect(said).toBe("✅ Diterima dari pesan Anda: Mr Budi Santoso, Mrs Sari Dewi.\n✅ Budi Santoso: lahir 17 Agt 1990, paspor A1234567 s/d 17 Mar 2031 — dari baris namanya.\n✅ Sari Dewi: lahir 1 Feb 1992, paspor B7654321 s/d 30 Jun 2030 — dari baris namanya.\n📧 E-mail kontak untuk booking?");
  });
  it("id: the probe's paste (a passport expiring 17-03-2027), 2 passengers", async () => {
    const a = await atNames("id", 2);
    const said = await answer(a, "Nama: Tn. Budi Santoso\nTgl lahir: 17 agustus 1990\nNo paspor: A1234567\nExp: 17-03-2027\n\nNama: Ny. Sari Dewi\nTgl lahir: 1 feb 1992\nNo paspor: B7654321\nExp: 30-06-2030");
    expect(said).toBe("✅ Diterima dari pesan Anda: Mr Budi Santoso, Mrs Sari Dewi.\n✅ Budi Santoso: lahir 17 Agt 1990 — dari baris namanya.\n⚠️ Dari baris nama Budi Santoso: Nomor paspor A1234567 dicatat. Terbaca habis berlaku 17 Mar 2027: paspor harus masih berlaku 6 bulan setelah penerbangan. Kalau tanggalnya salah ketik, ketik tanggal habis berlaku yang benar; kalau benar, penumpang perlu paspor baru (atau tanggal terbang lain) sebelum booking.\n\n🛂 Tanggal habis berlaku paspor Budi Santoso (A1234567)? Mis. 31-12-2030");
    // Only the expiry is typed: the number kept from the paste goes with it, and Sari's pasted data follows.
    expect(await answer(a, "31-12-2031")).toBe("✅ Sari Dewi: lahir 1 Feb 1992, paspor B7654321 s/d 30 Jun 2030 — dari baris namanya.\n📧 E-mail kontak untuk booking?");
  });
  it("en: a passport on the name's line expiring too soon: only its expiry is asked again", async () => {
    const a = await atNames("en", 2);
    const said = await answer(a, "Mr John Smith 17 Aug 1990 A1234567 17-03-2027\nMrs Jane Smith 25 May 1987 B7654321 30-06-2030");
    expect(said).toBe("✅ Taken from your message: Mr John Smith, Mrs Jane Smith.\n✅ John Smith: born 17 Aug 1990 — from the name's line.\n⚠️ From John Smith's line: Passport number A1234567 noted. Read as expiry 17 Mar 2027: the passport must be valid for 6 months after the flight. If that date was mistyped, type the right expiry; if it is right, the passenger needs a renewed passport (or another flight date) before booking.\n\n🛂 Expiry date of John Smith's passport A1234567? E.g. 31-12-2030");
    expect(await answer(a, "31-12-2031")).toBe("✅ Jane Smith: born 25 May 1987, passport B7654321 until 30 Jun 2030 — from the name's line.\n📧 Contact e-mail for the booking?");
  });
  it("en: numbered blocks with nationality, 2 passengers", async () => {
    const a = await atNames("en", 2);
    const said = await answer(a, "1. Name: Mr John Smith\nDOB: 17 Aug 1990\nPassport: A1234567\nExpiry: 31-12-2031\nNationality: Indonesia\n2. Name: Mrs Jane Smith\nDate of birth: 25 May 1987\nPassport no: B7654321\nBerlaku s.d.: 30-06-2030\nNationality: Indonesia");
    expect(said).toBe("✅ Taken from your message: Mr John Smith, Mrs Jane Smith.\n✅ John Smith: born 17 Aug 1990, passport A1234567 until 31 Dec 2031 — from the name's line.\nℹ️ John Smith: not needed on this flight, so not used: \"Indonesia\".\n✅ Jane Smith: born 25 May 1987, passport B7654321 until 30 Jun 2030 — from the name's line.\nℹ️ Jane Smith: not needed on this flight, so not used: \"Indonesia\".\n📧 Contact e-mail for the booking?");
  });
});
