import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, startHarness, type Harness } from "../support/bot-harness.js";

/**
 * "/status" without a code asks for one and takes the code typed next (five minutes). A command sent
 * meanwhile, with a code or without one, ends that wait; and while it waits, a six-letter chat word
 * ("thanks", "agency", "makasi", "tolong") is chat, never a code looked up as "unknown booking code".
 * An all-letter PNR typed after the bare command is still its code.
 */
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const SAYS = {
  en: {
    status: "/status", ticket: "/ticket", issue: "/issue", ask: "Type the booking code", unknown: "doesn't know that booking code",
    thanks: "thanks", thanked: "You're welcome", words: ["cheers", "please", "urgent", "agency", "Thanks", "AGENCY"], way: "/search",
  },
  id: {
    status: "/cek", ticket: "/etiket", issue: "/issued", ask: "Ketik kode booking", unknown: "Kode booking tidak dikenal",
    thanks: "makasi", thanked: "Sama-sama", words: ["mantap", "terima", "tolong", "tunggu", "agensi", "Mantap"], way: "/cari",
  },
} as const;

let n = 0;
const agentFor = (lang: "id" | "en") => {
  const id = 958_100 + ++n * 10 + (lang === "en" ? 1 : 2);
  return new Agent(h, { id, first_name: "Claire", language_code: lang }, { id, type: "private" });
};
const waiting = (a: Agent) => h.app.redis.exists(h.app.keys.awaitedCode(a.chat.id, a.user.id));

describe.each(["en", "id"] as const)("awaited code and chat words (%s)", (lang) => {
  const s = SAYS[lang];

  it("the unknown-code answer is the one checked against", async () => {
    const a = agentFor(lang);
    await a.say(s.status);
    expect((await a.say("ZZXQWV"))?.text).toContain(s.unknown);
  });

  it("a command with its code ends the wait: a later 'thanks' gets the thanks answer", async () => {
    const a = agentFor(lang);
    expect((await a.say(s.status))?.text).toContain(s.ask);
    await a.say(`${s.status} J8AG2B`);
    expect(await waiting(a)).toBe(0);
    const thanks = await a.say(s.thanks);
    expect(thanks?.text).toContain(s.thanked);
    expect(thanks?.text).not.toContain(s.unknown);
  });

  it.each([["/help"], ["/language"], ["other bare command"]])("%s ends the wait: six letters typed after it are no code", async (command) => {
    const a = agentFor(lang);
    await a.say(s.ticket);
    await a.say(command === "other bare command" ? s.issue : command);
    if (command === "other bare command") {
      // The new command asked for its own code: that wait, not the ticket's, takes the next one.
      expect(a.last()?.text).toContain(s.ask);
      await a.say("/balance");
    }
    expect(await waiting(a)).toBe(0);
    const after = await a.say("qwerty");
    expect(after?.text).not.toContain(s.unknown);
    expect(after?.text).toContain(s.way);
  });

  it("while it waits, six-letter chat words go on to their usual answers; a real all-letter PNR is still taken", async () => {
    const a = agentFor(lang);
    const pnr = lang === "en" ? "LRWFBN" : "QXKMPT";
    h.sandbox.controls.seedBookings([{ code: pnr, timelimitAt: Date.now() + 3_600_000 }]);
    expect((await a.say(s.status))?.text).toContain(s.ask);
    expect((await a.say(s.thanks))?.text).toContain(s.thanked);
    for (const word of s.words) {
      const answer = await a.say(word);
      expect(answer?.text, word).not.toContain(s.unknown);
    }
    // Chat words leave the wait as it was: the code typed next is still the command's.
    expect(await waiting(a)).toBe(1);
    const status = await a.say(pnr.toLowerCase());
    expect(status?.text).toContain(pnr);
    expect(status?.text).not.toContain(s.unknown);
  });
});
