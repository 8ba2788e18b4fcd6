import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../support/bot-harness.js";

// A button on a message sent through inline mode comes back as a callback query with no message and
// no chat, only its inline_message_id. None of the bot's inline cards carries a button today, so such a
// tap is forged or from an older card: it gets the stale-button toast, not an error.
let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

describe("a tap on an inline message's button", () => {
  it.each(["r:abc:p:1", "fc:x", "zz", "b:i:ABC123"])("%s is answered as a stale button, with no error", async (data) => {
    const logFrom = h.logLines.length;
    const callsFrom = h.emulator.calls.length;
    const id = `inline-tap-${data}`;
    await h.app.bot.handleUpdate({
      update_id: 940_000 + h.emulator.calls.length,
      callback_query: { id, from: { id: 940_001, is_bot: false, first_name: "Ina", language_code: "id" }, inline_message_id: "AgAAAInlineMsgId", chat_instance: "ci-940", data },
    } as Update);
    const errors = h.logLines.slice(logFrom).filter((l) => /"level":(50|60)/.test(l));
    expect(errors).toEqual([]);
    const answers = h.emulator.calls.slice(callsFrom).filter((c) => c.method === "answerCallbackQuery");
    expect(answers.map((c) => c.payload.callback_query_id)).toEqual([id]);
  });
});
