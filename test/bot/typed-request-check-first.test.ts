import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, futureDate, startHarness, type Harness } from "../support/bot-harness.js";
import { bookOne } from "./journey-steps.js";

// "cek dulu ya kak" after a booking is the agent saying she'll check first: it answered with the booking's
// status unasked. It starts nothing now (the way in, as any chatter); "cek <code>", "cek status" and
// "cek dong" still answer with the status.

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const WAY_IN = "Ketik /cari untuk mencari penerbangan, atau /bantuan untuk semua perintah.";
const agentIn = (id: number) => new Agent(h, { id, first_name: "Rina", language_code: "id" }, { id, type: "private" });
async function answer(agent: Agent, text: string): Promise<string[]> {
  const from = h.emulator.chatMessages(agent.chat.id).length;
  await agent.say(text);
  return h.emulator.chatMessages(agent.chat.id).slice(from).filter((m) => m.fromBot).map((m) => m.text ?? "");
}

describe("cek dulu after a booking", () => {
  it("id: cek dulu ya kak shows no status; cek <code>, cek status and cek dong do", async () => {
    const agent = agentIn(41_707);
    const code = await bookOne(agent, `/cari CGK SUB ${futureDate(44).wire} 1`);
    for (const typed of ["cek dulu ya kak", "cek dl", "check dulu kak"]) expect(await answer(agent, typed), typed).toEqual([WAY_IN]);
    const status = await answer(agent, `/cek ${code}`);
    expect(status.join("\n")).toContain(code);
    expect(await answer(agent, `cek ${code}`)).toEqual(status);
    for (const typed of ["cek status", "cek dong"]) expect((await answer(agent, typed)).join("\n"), typed).toContain(code);
  });
});
