import type { ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context, SessionFlavor } from "grammy";
import type { Logger } from "pino";
import type { BotDeps } from "./deps.js";

export interface SessionData {
  /** Set by @grammyjs/i18n when the user picks a language with /language. */
  __language_code?: string;
}

interface Extras {
  deps: BotDeps;
  log: Logger;
  /** Set by /cancel so the conversation exit hook doesn't also announce a timeout. */
  cancelling?: boolean;
  /** Inside a conversation: the language it runs in, read once when it starts (search/index.ts). */
  flowLocale?: string;
}

/** The context of ordinary handlers. */
export type BotContext = ConversationFlavor<Context & SessionFlavor<SessionData> & I18nFlavor & Extras>;
/** The context inside conversations: never ConversationFlavor (grammy-stack §1.1). */
export type ConvoContext = Context & I18nFlavor & Extras;
