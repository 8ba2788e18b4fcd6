import type { StorageAdapter } from "grammy";

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Who and where: a replayed step tells flows and chats apart by ids, and names a member by first name. */
function slimChat(chat: unknown): unknown {
  return isObject(chat) ? { id: chat.id, type: chat.type } : chat;
}

function slimUser(user: unknown): unknown {
  return isObject(user) ? { id: user.id, is_bot: user.is_bot, first_name: user.first_name } : user;
}

/**
 * What a replayed step reads of a message a button sits on or a reply points to: its id and chat, and
 * (one level down) who sent the message it replied to — whose flow a button belongs to in a group.
 */
function slimMessage(m: unknown, depth = 0): unknown {
  if (!isObject(m)) return m;
  const { message_id, chat, from, reply_to_message } = m;
  // A topic message that replies to nothing points at its topic's creation: its name names the topic a flow is in.
  const topic = isObject(m.forum_topic_created) ? { forum_topic_created: { name: m.forum_topic_created.name } } : {};
  if (depth > 0) return { message_id, chat: slimChat(chat), from: slimUser(from), ...topic };
  // A tapped message's forum topic: the question a tap leads to is asked there (search/answer-place.ts).
  const inTopic = m.is_topic_message === true ? { is_topic_message: true, message_thread_id: m.message_thread_id } : {};
  return { message_id, chat: slimChat(chat), ...inTopic, ...(reply_to_message ? { reply_to_message: slimMessage(reply_to_message, 1) } : {}) };
}

/**
 * A button press carries the whole message it sits on (a results list or a calendar is kilobytes of
 * keyboard), and a reply carries the message it replies to: the conversation plugin keeps every
 * received update in the replay log. The flow never reads those texts or keyboards back, nor the
 * chat's title or the sender's language and user name (the flow's language is read once per
 * conversation), only ids, chat types and first names, so the rest is dropped before the log is stored.
 */
export function slimUpdate(update: Json): Json {
  const cq = update.callback_query;
  if (isObject(cq) && isObject(cq.message)) {
    const { chat_instance: _ci, ...rest } = cq;
    return { ...update, callback_query: { ...rest, from: slimUser(cq.from), message: slimMessage(cq.message) } };
  }
  const msg = update.message;
  if (isObject(msg)) {
    const { reply_to_message, ...rest } = msg;
    return { ...update, message: { ...rest, chat: slimChat(msg.chat), from: slimUser(msg.from), ...(isObject(reply_to_message) ? { reply_to_message: slimMessage(reply_to_message, 1) } : {}) } };
  }
  return update;
}

function slimState(value: unknown): unknown {
  if (!isObject(value) || !isObject(value.state)) return value;
  const state: Json = {};
  for (const [id, list] of Object.entries(value.state)) {
    state[id] = !Array.isArray(list) ? list : list.map((conv: unknown) => {
      if (!isObject(conv) || !isObject(conv.replay) || !Array.isArray(conv.replay.receive)) return conv;
      const receive = conv.replay.receive.map((r: unknown) =>
        isObject(r) && isObject(r.returnValue) && typeof r.returnValue.update_id === "number" ? { ...r, returnValue: slimUpdate(r.returnValue) } : r,
      );
      return { ...conv, replay: { ...conv.replay, receive } };
    });
  }
  return { ...value, state };
}

/** Conversation storage that keeps the replay log small (see `slimUpdate`). */
export function slimReplayLog<T>(inner: StorageAdapter<T>): StorageAdapter<T> {
  return {
    read: (key) => inner.read(key),
    write: (key, value) => inner.write(key, slimState(value) as T),
    delete: (key) => inner.delete(key),
  };
}
