import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";
import { tiketPlain, tiketPlainDay } from "../support/sandbox-days.js";
import { jobIds } from "../../src/jobs/job-data.js";
import { flightButtons } from "../support/result-buttons.js";

// tiket.com: the deposit payment went through, but check_order still said ticket_status "booked" when the
// adapter stopped waiting (the airline's ticketing queue). The agent was told "berhasil issued" while /cek
// said "diproses" and no e-ticket came: she would have told her customer the ticket was out. Now she is
// told it is paid and still being issued, nothing is paid again, and the e-ticket follows once it is out.

let h: Harness;
beforeAll(async () => { h = await startHarness({ use: "tiket", tiketIssuePollMs: 300 }); });
afterAll(async () => { await h?.close(); });

async function bookPlain(agent: Agent, lang: "id" | "en", day: number): Promise<string> {
  await agent.say(`${lang === "id" ? "/cari" : "/search"} CGK DPS ${tiketPlainDay("CGK DPS", day).wire} 1`);
  const buttons = flightButtons(agent);
  await agent.tap({ data: buttons.find((b) => tiketPlain(b.text))!.callback_data });
  await agent.tap(lang === "id" ? "Lanjut" : "Continue");
  let msg = await agent.say("Mr Budi Santoso");
  for (let i = 0; i < 8 && !/Periksa sebelum booking|Check before booking/.test(msg?.text ?? ""); i++) {
    const q = msg?.text ?? "";
    if (/Tanggal lahir|Date of birth/.test(q)) msg = await agent.say("17-08-1990");
    else if (/KTP|ID card|NIK/.test(q)) msg = await agent.say("3174092302900001");
    else if (/E-mail kontak|Contact e-mail/i.test(q)) msg = await agent.say("budi@example.com");
    else if (/Nomor HP|mobile number/i.test(q)) msg = await agent.say("081234567890");
    else if (/kontak terakhir|last contact/i.test(q)) msg = await agent.tap(/kontak terakhir/.test(q) ? "✅ Pakai" : "✅ Use");
    else throw new Error(`unexpected question: ${q}`);
  }
  await agent.tap(lang === "id" ? "✅ Booking" : "✅ Book");
  const code = (lang === "id" ? /Kode: (\d+)/ : /Code: (\d+)/).exec(agent.last()?.text ?? "")?.[1];
  expect(code, agent.transcript(6)).toBeDefined();
  return code!;
}

describe("paid from the deposit while the airline is still issuing (tiket.com)", () => {
  it("id: told paid, not issued; /cek says in progress; paid once; the e-ticket follows once it is out, then /cek says issued", async () => {
    const agent = new Agent(h, { id: 14_301, first_name: "Budi", language_code: "id" }, { id: 14_301, type: "private" });
    const code = await bookPlain(agent, "id", 27);
    const deposit = h.tiket!.controls.getDeposit();
    h.tiket!.controls.setIssueDelayMs(4_000);
    try {
      await agent.tap("Issued sekarang");
      await agent.tap("✅ Issued");
    } finally {
      h.tiket!.controls.setIssueDelayMs(100);
    }
    const told = agent.last()?.text ?? "";
    expect(told).toContain(`${code}: sudah dibayar dari deposit.`);
    expect(told).toContain("belum issued");
    expect(agent.botTexts().join("\n")).not.toContain("berhasil issued");
    const charged = deposit - h.tiket!.controls.getDeposit();
    expect(charged).toBeGreaterThan(0);
    expect((await agent.say(`/cek ${code}`))?.text).toContain("diproses");
    // Asked again: nothing is paid a second time.
    await agent.say(`/issued ${code}`);
    expect(agent.last()?.text ?? "").not.toMatch(/berhasil issued/);
    expect(h.tiket!.controls.callCount("partner/transactionApi/confirmPayment")).toBe(1);
    // The e-ticket job tried, found it still being issued, and tries again after its backoff.
    await h.emulator.waitFor(() => h.emulator.chatMessages(14_301).find((m) => m.document?.file_name === `etiket-${code}.pdf`), 30_000);
    expect(deposit - h.tiket!.controls.getDeposit()).toBe(charged);
    expect((await agent.say(`/cek ${code}`))?.text).toMatch(/issued/);
    const record = await h.app.deps.bookings.get("tiket", code);
    expect(record?.issuedAt).toBeDefined();
    expect(record?.booking.status).toBe("issued");
  }, 60_000);

  it("en: the same answer in English; the ticket's button says it is being issued, not 'issue it first'", async () => {
    const agent = new Agent(h, { id: 14_302, first_name: "Sari", language_code: "en" }, { id: 14_302, type: "private" });
    const code = await bookPlain(agent, "en", 28);
    h.tiket!.controls.setIssueDelayMs(60_000);
    await agent.tap("Issue now");
    await agent.tap("✅ Issue");
    const told = agent.last()?.text ?? "";
    expect(told).toContain(`${code}: paid from the deposit.`);
    expect(told).toContain("not issued yet");
    expect(agent.botTexts().join("\n")).not.toMatch(new RegExp(`${code} issued`));
    const ticket = (await agent.say(`/ticket ${code}`))?.text ?? "";
    expect(ticket).toContain("the airline is still issuing the ticket");
    expect(ticket).not.toContain("Issue it first");
    h.tiket!.controls.setIssueDelayMs(100);
  }, 60_000);

  it("id: the e-ticket job runs out of tries: the chat is told it hasn't come; a /cek after the airline issues sends it, once", async () => {
    const id = 14_303;
    const agent = new Agent(h, { id, first_name: "Budi", language_code: "id" }, { id, type: "private" });
    const code = await bookPlain(agent, "id", 29);
    h.tiket!.controls.setIssueDelayMs(6 * 3_600_000);
    try {
      await agent.tap("Issued sekarang");
      await agent.tap("✅ Issued");
    } finally {
      h.tiket!.controls.setIssueDelayMs(100);
    }
    expect(agent.last()?.text ?? "").toContain("belum issued");
    const jobId = jobIds.ticket("tiket", code);
    // Each try waits its backoff: every delayed try is made due at once, as ~2.8 h of clock would.
    let state: string | undefined;
    for (const started = Date.now(); Date.now() - started < 60_000;) {
      const job = await h.app.jobs.queue.getJob(jobId);
      state = await job?.getState();
      if (state === "completed" || state === "failed") break;
      if (state === "delayed") await job!.promote().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(state).toBe("completed");
    const told = await h.emulator.waitFor(() => h.emulator.chatMessages(id).find((m) => m.fromBot && m.text?.includes("maskapai belum juga menerbitkan tiketnya")));
    expect(told.text).toContain(`/cek ${code}`);
    // The airline issues later; the agent checks as told: the e-ticket comes, once, and the issue is recorded.
    h.tiket!.controls.issueExternally(code);
    expect((await agent.say(`/cek ${code}`))?.text).toMatch(/issued/);
    await agent.document(`etiket-${code}.pdf`);
    await agent.say(`/cek ${code}`);
    await new Promise((r) => setTimeout(r, 500));
    expect(h.emulator.chatMessages(id).filter((m) => m.document?.file_name === `etiket-${code}.pdf`)).toHaveLength(1);
    expect(h.tiket!.controls.callCount("partner/transactionApi/confirmPayment")).toBeGreaterThan(0);
    expect((await h.app.deps.bookings.get("tiket", code))?.issuedAt).toBeDefined();
  }, 120_000);

  it("id: /etiket once the ticket is out, while the e-ticket job still waits its backoff: one PDF, not two", async () => {
    const id = 14_304;
    const agent = new Agent(h, { id, first_name: "Budi", language_code: "id" }, { id, type: "private" });
    const code = await bookPlain(agent, "id", 30);
    h.tiket!.controls.setIssueDelayMs(1_500);
    try {
      await agent.tap("Issued sekarang");
      await agent.tap("✅ Issued");
    } finally {
      h.tiket!.controls.setIssueDelayMs(100);
    }
    await new Promise((r) => setTimeout(r, 2_000));
    await agent.say(`/etiket ${code}`);
    await agent.document(`etiket-${code}.pdf`);
    // The job's next try (5 s backoff, doubling) comes and finds the PDF already sent.
    const jobId = jobIds.ticket("tiket", code);
    for (const started = Date.now(); Date.now() - started < 30_000;) {
      const job = await h.app.jobs.queue.getJob(jobId);
      const state = await job?.getState();
      if (state === "completed" || state === "failed" || !job) break;
      if (state === "delayed") await job.promote().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(h.emulator.chatMessages(id).filter((m) => m.document?.file_name === `etiket-${code}.pdf`)).toHaveLength(1);
  }, 60_000);
});
