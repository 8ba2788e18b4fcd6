import type { I18n, I18nFlavor } from "@grammyjs/i18n";
import type { MiddlewareFn } from "grammy";
import type { BotContext, ConvoContext } from "./context.js";

/**
 * Translation inside a conversation, whose language is fixed when it starts (`ctx.flowLocale`, set by
 * the plugin before this one): `ctx.t` straight to the bundles. @grammyjs/i18n's own middleware would
 * negotiate the locale again and build its closures for every step the conversation replays, each
 * update (a few percent of the allocations in `npm run bench:flow`). A flow never changes its
 * language (/language applies from the next flow), so `setLocale` is refused here.
 */
export function flowI18n(i18n: I18n<BotContext>, defaultLocale: string): MiddlewareFn<ConvoContext> {
  return async (ctx, next) => {
    let locale = ctx.flowLocale ?? defaultLocale;
    const translate: I18nFlavor["translate"] = (key, variables) => i18n.translate(locale, key, variables);
    ctx.translate = translate;
    ctx.t = translate;
    Object.defineProperty(ctx, "i18n", {
      value: {
        fluent: i18n.fluent,
        getLocale: async () => locale,
        useLocale: (l: string) => void (locale = l),
        renegotiateLocale: async () => undefined,
        setLocale: async () => {
          throw new Error("a conversation keeps the language it started in; /language changes it outside flows");
        },
      } satisfies I18nFlavor["i18n"],
      writable: true,
    });
    await next();
  };
}

/**
 * Outside a conversation's own context — its `external` calls, the results list it hands over, the
 * booking it leads to — the outer context speaks the flow's language too: a group whose language an
 * admin changes mid-flow would otherwise redraw a member's list or quote in the other one.
 */
export function speakAsFlow(outer: BotContext, locale: string | undefined): void {
  if (!locale) return;
  outer.i18n.useLocale(locale);
  outer.flowLocale = locale;
}
