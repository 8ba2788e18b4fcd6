import type { MethodHandler } from "./context.js";
import { botMethods } from "./methods-bot.js";
import { chatMethods } from "./methods-chats.js";
import { mediaMethods } from "./methods-media.js";
import { messageMethods } from "./methods-messages.js";

const handlers: Record<string, MethodHandler> = { ...botMethods, ...chatMethods, ...mediaMethods, ...messageMethods };

// Methods without modelled behaviour are validated and then answered with `true`.
const acknowledge: MethodHandler = () => true;

export function handlerFor(method: string): MethodHandler {
  return handlers[method] ?? acknowledge;
}

/** Calls that deliver something to a chat; these are refused when the chat blocked the bot. */
export function isSend(method: string): boolean {
  return /^(send|copyMessage|forwardMessage)/.test(method);
}
