import { InputFile } from "grammy";
import { describe, expect, it } from "vitest";
import { alice, rejection, useEmulator } from "./emulator-fixture.js";

const f = useEmulator();
const forum = { id: -100_777, type: "supergroup" as const, title: "Agen Forum" };

describe("forum topics", () => {
  it("posts land in their topic; a deleted one is 'message thread not found', its messages gone", async () => {
    const { emulator, bot } = f;
    const topic = emulator.createForumTopic(forum, "Booking");
    const update = emulator.sendText({ chat: forum, from: alice, text: "/cari", threadId: topic })!;
    expect(update.message).toMatchObject({ message_thread_id: topic, is_topic_message: true, chat: { is_forum: true } });
    const sent = await bot.api.sendMessage(forum.id, "halo", { message_thread_id: topic });
    expect(sent).toMatchObject({ message_thread_id: topic, is_topic_message: true });
    // A reply without message_thread_id lands in its message's topic.
    const reply = await bot.api.sendMessage(forum.id, "balas", { reply_parameters: { message_id: sent.message_id } });
    expect(reply.message_thread_id).toBe(topic);
    const general = await bot.api.sendMessage(forum.id, "umum");
    expect(general.message_thread_id).toBeUndefined();

    emulator.deleteForumTopic(forum.id, topic);
    expect(emulator.chatMessages(forum.id).map((m) => m.text)).toEqual(["umum"]);
    expect((await rejection(bot.api.sendMessage(forum.id, "x", { message_thread_id: topic }))).description).toBe("Bad Request: message thread not found");
    expect((await rejection(bot.api.sendDocument(forum.id, new InputFile(Buffer.from("%PDF"), "a.pdf"), { message_thread_id: 999 }))).description).toBe("Bad Request: message thread not found");
    // Deleting the topic's messages doesn't make its writers leave the group.
    expect((await bot.api.getChatMember(forum.id, alice.id)).status).toBe("member");
  });

  it("a closed topic refuses a bot that is no admin (TOPIC_CLOSED), a reply into it too; an admin bot or a reopened topic posts", async () => {
    const { emulator, bot } = f;
    const topic = emulator.createForumTopic(forum, "Booking");
    const card = await bot.api.sendMessage(forum.id, "kartu", { message_thread_id: topic });
    emulator.closeForumTopic(forum.id, topic);
    expect((await rejection(bot.api.sendMessage(forum.id, "x", { message_thread_id: topic }))).description).toBe("Bad Request: TOPIC_CLOSED");
    expect((await rejection(bot.api.sendMessage(forum.id, "x", { reply_parameters: { message_id: card.message_id } }))).description).toBe("Bad Request: TOPIC_CLOSED");
    expect((await bot.api.sendMessage(forum.id, "umum")).message_thread_id).toBeUndefined();
    emulator.setChatAdministrators(forum.id, [emulator.botInfo.id]);
    expect((await bot.api.sendMessage(forum.id, "admin", { message_thread_id: topic })).message_thread_id).toBe(topic);
    emulator.setChatAdministrators(forum.id, []);
    emulator.reopenForumTopic(forum.id, topic);
    expect((await bot.api.sendMessage(forum.id, "lagi", { message_thread_id: topic })).message_thread_id).toBe(topic);
  });

  it("chats no test made a forum are not checked", async () => {
    const { emulator, bot } = f;
    emulator.sendText({ chat: forum, from: alice, text: "halo" });
    expect((await bot.api.sendMessage(forum.id, "x", { message_thread_id: 77 })).message_id).toBeGreaterThan(0);
  });
});
