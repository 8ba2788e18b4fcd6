import { describe, expect, it } from "vitest";
import { slimReplayLog, slimUpdate } from "../../src/store/slim-replay-log.js";

const member = { id: 7, is_bot: false, first_name: "Ani", language_code: "id", username: "ani" };
const ani = { id: 7, is_bot: false, first_name: "Ani" };
const chat = { id: -100, type: "group", title: "G" };
const where = { id: -100, type: "group" };
const bot = { id: 1, is_bot: true, first_name: "Bot", username: "AgenTiketBot" };
const keyboard = { inline_keyboard: [[{ text: "1", callback_data: "c:d:2026-12-30" }]] };

describe("slim replay log", () => {
  it("keeps what a replayed step reads of a button press: ids, chat, whose message it answered", () => {
    const update = {
      update_id: 5,
      callback_query: {
        id: "q", from: member, chat_instance: "ci", data: "c:d:2026-12-30",
        message: { message_id: 9, chat, date: 1, from: bot, text: "long calendar…", reply_markup: keyboard, reply_to_message: { message_id: 8, chat, date: 1, from: member, text: "/cari" } },
      },
    };
    expect(slimUpdate(update)).toEqual({
      update_id: 5,
      callback_query: { id: "q", from: ani, data: "c:d:2026-12-30", message: { message_id: 9, chat: where, reply_to_message: { message_id: 8, chat: where, from: ani } } },
    });
  });

  it("keeps a typed answer's text, date and sender; drops the replied-to message's text", () => {
    const reply = { update_id: 6, message: { message_id: 10, chat, from: member, date: 2, text: "besok", entities: [], reply_to_message: { message_id: 9, chat, from: bot, text: "📅 Tanggal…", reply_markup: keyboard } } };
    expect(slimUpdate(reply)).toEqual({
      update_id: 6,
      message: { message_id: 10, chat: where, from: ani, date: 2, text: "besok", entities: [], reply_to_message: { message_id: 9, chat: where, from: { id: 1, is_bot: true, first_name: "Bot" } } },
    });
    const contact = { update_id: 7, message: { message_id: 11, chat, from: member, date: 3, contact: { phone_number: "+62812", first_name: "Ani" } } };
    expect(slimUpdate(contact)).toEqual({ update_id: 7, message: { message_id: 11, chat: where, from: ani, date: 3, contact: { phone_number: "+62812", first_name: "Ani" } } });
    const other = { update_id: 8, edited_message: { message_id: 12, chat, text: "x" } };
    expect(slimUpdate(other)).toBe(other);
  });

  it("slims only the updates of the log, never external results", async () => {
    const written: unknown[] = [];
    const adapter = slimReplayLog<unknown>({ read: async () => undefined, write: async (_k, v) => void written.push(v), delete: async () => undefined });
    const external = { ok: true, ret: { message: { text: "kept", reply_markup: keyboard } } };
    const pressed = { update_id: 1, callback_query: { id: "q", from: member, chat_instance: "c", data: "x", message: { message_id: 2, chat, text: "dropped" } } };
    await adapter.write("k", { version: [0, 2], state: { search: [{ args: "[]", interrupts: [1], replay: { send: [], receive: [{ send: 0, returnValue: pressed }, { send: 1, returnValue: external }] } }] } });
    const state = (written[0] as { state: { search: { replay: { receive: { returnValue: unknown }[] } }[] } }).state.search[0]!.replay.receive;
    expect(state[0]!.returnValue).toEqual({ update_id: 1, callback_query: { id: "q", from: ani, data: "x", message: { message_id: 2, chat: where } } });
    expect(state[1]!.returnValue).toBe(external);
  });
});
