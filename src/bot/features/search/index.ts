import { createConversation } from "@grammyjs/conversations";
import { autoRetry } from "@grammyjs/auto-retry";
import { Composer } from "grammy";
import type { BotContext, ConvoContext } from "../../context.js";
import type { BotDeps } from "../../deps.js";
import type { I18n } from "@grammyjs/i18n";
import { parseQuickForm } from "./quick-form.js";
import { SEARCH_CONVERSATION, searchConversation } from "./search-conversation.js";

/**
 * The search command and its conversation. Inside conversations, outer plugins and API transformers
 * don't apply (grammy-stack §1.11): deps, i18n (with the session's locale) and auto-retry are
 * installed again as conversation plugins.
 */
export function searchFeature(deps: BotDeps, i18n: I18n<BotContext>) {
  const composer = new Composer<BotContext>();
  composer.use(
    createConversation<BotContext, ConvoContext>(searchConversation, {
      id: SEARCH_CONVERSATION,
      maxMillisecondsToWait: deps.settings.conversationTimeoutMs,
      plugins: (conversation) => [
        async (ctx, next) => {
          ctx.deps = deps;
          ctx.log = deps.logger;
          ctx.api.config.use(autoRetry(deps.settings.autoRetry));
          await next();
        },
        i18n as never,
        async (ctx, next) => {
          ctx.i18n.useLocale(await conversation.external((outer) => outer.i18n.getLocale()));
          await next();
        },
      ],
    }),
  );
  composer.command(["search", "cari"], async (ctx) => {
    ctx.cancelling = true; // a new search replaces the old one without a timeout notice
    await ctx.conversation.exitAll();
    ctx.cancelling = false;
    await ctx.conversation.enter(SEARCH_CONVERSATION, parseQuickForm(ctx.match));
  });
  return composer;
}
