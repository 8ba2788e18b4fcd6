import { describe, expect, it } from "vitest";
import { slimReplayLog, slimUpdate } from "../../src/store/slim-replay-log.js";

const member = { id: 7, is_bot: false, first_name: "Ani" };
const chat = { id: -100, type: "group", title: "G" };
const keyboard = { inline_keyboard: [[{ text: "1", callback_data: "c:d:2026-12-30" }]] };

describe("slim replay log", () => {
  it("keeps what a replayed step reads of a button press: ids, chat, whose message it answered", () => {
    const update = {
      update_id: 5,
      callback_query: {
        id: "q", from: member, chat_instance: "ci", data: "c:d:2026-12-30",
        message: { message_id: 9, chat, date: 1, from: { id: 1, is_bot: true }, text: "long calendar…", reply_markup: keyboard, reply_to_message: { message_id: 8, chat, date: 1, from: member, text: "/cari" } },
      },
    };
    expect(slimUpdate(update)).toEqual({
      update_id: 5,
      callback_query: { id: "q", from: member, data: "c:d:2026-12-30", message: { message_id: 9, chat, reply_to_message: { message_id: 8, chat, from: member } } },
    });
  });

  it("drops the replied-to message's text from a typed answer and leaves other updates alone", () => {
    const reply = { update_id: 6, message: { message_id: 10, chat, from: member, date: 2, text: "besok", reply_to_message: { message_id: 9, chat, from: { id: 1, is_bot: true }, text: "📅 Tanggal…", reply_markup: keyboard } } };
    expect(slimUpdate(reply)).toEqual({ ...reply, message: { ...reply.message, reply_to_message: { message_id: 9, chat, from: { id: 1, is_bot: true } } } });
    const plain = { update_id: 7, message: { message_id: 11, chat, from: member, date: 3, text: "CGK" } };
    expect(slimUpdate(plain)).toBe(plain);
  });

  it("slims only the updates of the log, never external results", async () => {
    const written: unknown[] = [];
    const adapter = slimReplayLog<unknown>({ read: async () => undefined, write: async (_k, v) => void written.push(v), delete: async () => undefined });
    const external = { ok: true, ret: { message: { text: "kept", reply_markup: keyboard } } };
    const pressed = { update_id: 1, callback_query: { id: "q", from: member, chat_instance: "c", data: "x", message: { message_id: 2, chat, text: "dropped" } } };
    await adapter.write("k", { version: [0, 1], state: { search: [{ args: "[]", interrupts: [1], replay: { send: [], receive: [{ send: 0, returnValue: pressed }, { send: 1, returnValue: external }] } }] } });
    const state = (written[0] as { state: { search: { replay: { receive: { returnValue: unknown }[] } }[] } }).state.search[0]!.replay.receive;
    expect(state[0]!.returnValue).toEqual({ update_id: 1, callback_query: { id: "q", from: member, data: "x", message: { message_id: 2, chat } } });
    expect(state[1]!.returnValue).toBe(external);
  });
});
