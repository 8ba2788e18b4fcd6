import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Redis } from "ioredis";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";

let h: Harness;
let redis: Redis;
const ns = `lostsession${Date.now() % 100000}`;
beforeAll(async () => {
  h = await startHarness({ use: "tiket", namespace: ns });
  redis = new Redis(inject("redisUrl"));
});
afterAll(async () => {
  redis?.disconnect();
  await h?.close();
});

type Lang = "id" | "en";
const words = {
  id: { search: "/cari", go: "Lanjut", book: "✅ Booking", check: "Periksa sebelum booking", status: "/cek", issue: "/issued", code: /Kode: (\d+)/, lost: "sudah kedaluwarsa", dashboard: "dashboard partner tiket.com", issueButton: "Issued sekarang" },
  en: { search: "/search", go: "Continue", book: "✅ Book", check: "Check before booking", status: "/status", issue: "/issue", code: /Code: (\d+)/, lost: "has expired", dashboard: "tiket.com partner dashboard", issueButton: "Issue now" },
} as const;

/** Books a flight without a captcha (not Lion's JT or Citilink's QG); returns the order id. */
async function bookPlain(agent: Agent, lang: Lang, from: number): Promise<string> {
  const w = words[lang];
  let pick: { text: string; callback_data: string } | undefined;
  for (let d = from; d < from + 20 && !pick; d += 2) {
    await agent.say(`${w.search} CGK PDG ${futureDate(d).wire} 1`);
    const buttons = (agent.last()?.reply_markup?.inline_keyboard.flat() ?? []).filter((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
    pick = buttons.find((b) => !/^(JT|QG)/.test(b.text));
  }
  await agent.tap({ data: pick!.callback_data });
  await agent.tap(w.go);
  let msg = await agent.say("Mr Fajar Nugroho");
  for (let i = 0; i < 8 && !msg?.text?.includes(w.check); i++) {
    const q = msg?.text ?? "";
    if (/Tanggal lahir|Date of birth/.test(q)) msg = await agent.say("17-08-1990");
    else if (/KTP|NIK|ID number/.test(q) && !/Paspor|Passport/.test(q)) msg = await agent.say("3174092302900001");
    else if (/E-mail kontak|Contact e-mail/i.test(q)) msg = await agent.say("fajar@example.com");
    else if (/Nomor HP|mobile number/i.test(q)) msg = await agent.say("081234567890");
    else if (/kontak terakhir|last contact/i.test(q)) msg = await agent.tap(lang === "id" ? "✅ Pakai" : "✅ Use");
    else throw new Error(`unexpected question: ${q}`);
  }
  await agent.tap(w.book);
  const code = w.code.exec(agent.last()?.text ?? "")?.[1];
  if (!code) throw new Error(agent.transcript(4));
  return code;
}

const buttons = (agent: Agent) => agent.last()?.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? [];

describe("a tiket.com booking whose order session is gone: nothing paid, said plainly, no button that can't work", () => {
  it.each([["id", 14_401], ["en", 14_402]] as const)("its token key gone (%s): /issue and /status say the session expired and where to pay", async (lang, id) => {
    const w = words[lang];
    const agent = new Agent(h, { id, first_name: "Fajar", language_code: lang }, { id, type: "private" });
    const code = await bookPlain(agent, lang, 40 + (id % 10) * 3);
    await redis.del(`${ns}:tiket:order:${code}:token`);
    const deposit = h.tiket!.controls.getDeposit();
    const issue = await agent.say(`${w.issue} ${code}`);
    expect(issue?.text, agent.transcript(2)).toContain(w.lost);
    expect(issue?.text).toContain(w.dashboard);
    expect(buttons(agent).some((b) => b.startsWith("✅"))).toBe(false);
    const status = await agent.say(`${w.status} ${code}`);
    expect(status?.text, agent.transcript(2)).toContain(w.lost);
    expect(buttons(agent)).not.toContain(`💳 ${w.issueButton}`);
    expect(h.tiket!.controls.getDeposit()).toBe(deposit);
  }, 90_000);

  it.each([["en", 14_403], ["id", 14_404]] as const)("its token replaced by one tiket.com refuses (%s): the issue is refused as a lost session, not 'may not have gone through', and no Issue is offered after", async (lang, id) => {
    const w = words[lang];
    const agent = new Agent(h, { id, first_name: "Fajar", language_code: lang }, { id, type: "private" });
    const code = await bookPlain(agent, lang, 60 + (id % 10) * 3);
    await redis.set(`${ns}:tiket:order:${code}:token`, "0123456789abcdef0123456789abcdef", "EX", 600);
    const deposit = h.tiket!.controls.getDeposit();
    await agent.say(`${w.issue} ${code}`);
    const confirm = buttons(agent).find((b) => b.startsWith("✅"));
    expect(confirm, agent.transcript(2)).toBeDefined();
    await agent.tap(confirm!);
    const said = agent.last()?.text ?? "";
    expect(said, agent.transcript(2)).toContain(w.lost);
    expect(said).toContain(w.dashboard);
    expect(said).not.toMatch(/may not have gone through|mungkin belum berhasil/);
    expect(h.tiket!.controls.getDeposit()).toBe(deposit);
    expect(h.tiket!.controls.getOrder(code)?.paymentStatus).toBe("shoppingcart");
    await agent.say(`${w.status} ${code}`);
    expect(buttons(agent), agent.transcript(1)).not.toContain(`💳 ${w.issueButton}`);
  }, 90_000);
});
