import type { Transformer } from "grammy";

/** Telegram's refusal of any call to a group that was upgraded to a supergroup. */
const UPGRADED = "group chat was upgraded to a supergroup chat";

/** Dead group ids remembered by one process; old ones are forgotten first (the store keeps them all). */
const REMEMBERED = 1000;

type Refusal = { ok: false; error_code: 400; description: string; parameters: { migrate_to_chat_id: number } };

/**
 * An upgraded group's id is dead for good: Telegram refuses every call to it with 400 and the new id
 * (`parameters.migrate_to_chat_id`). The first refusal is handed to `onUpgraded` (the bot records it, so
 * taps on the old group's buttons are pointed to the new one) and every later call to that id, the
 * error handler's notice included, gets the same refusal without asking Telegram again.
 */
export function upgradedChats(onUpgraded: (from: number, to: number) => Promise<void>): Transformer {
  const dead = new Map<number, number>();
  return async (prev, method, payload, signal) => {
    const chatId = (payload as { chat_id?: unknown } | undefined)?.chat_id;
    const id = typeof chatId === "number" ? chatId : typeof chatId === "string" && /^-\d+$/.test(chatId) ? Number(chatId) : undefined;
    const known = id === undefined ? undefined : dead.get(id);
    if (known !== undefined) return refusal(known) as never;
    const res = await prev(method, payload, signal);
    const to = res.ok ? undefined : res.parameters?.migrate_to_chat_id;
    if (id === undefined || to === undefined) return res;
    if (dead.size >= REMEMBERED) dead.delete(dead.keys().next().value!);
    dead.set(id, to);
    await onUpgraded(id, to);
    return res;
  };
}

function refusal(to: number): Refusal {
  return { ok: false, error_code: 400, description: `Bad Request: ${UPGRADED}`, parameters: { migrate_to_chat_id: to } };
}

/**
 * True for that refusal, also when it comes back from a conversation's replay log, which keeps an
 * error's message but not its fields.
 */
export function isUpgradedChatRefusal(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const parameters = (e as { parameters?: { migrate_to_chat_id?: unknown } }).parameters;
  return typeof parameters?.migrate_to_chat_id === "number" || e.message.includes(UPGRADED);
}
