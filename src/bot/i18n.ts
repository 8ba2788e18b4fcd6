import { I18n } from "@grammyjs/i18n";
import { fileURLToPath } from "node:url";
import type { BotContext } from "./context.js";

/** locales/ sits at the project root, beside src/ and build/. */
export const LOCALES_DIR = fileURLToPath(new URL("../../locales", import.meta.url));
export const LOCALES = ["id", "en"] as const;

export function createI18n(defaultLocale: "id" | "en"): I18n<BotContext> {
  return new I18n<BotContext>({
    defaultLocale,
    directory: LOCALES_DIR,
    useSession: true,
    // Isolation marks around placeables would end up inside HTML and in every exact-text test.
    fluentBundleOptions: { useIsolating: false },
    // Telegram sends "en-US", "id"…; anything we don't speak falls back to the default.
    localeNegotiator: async (ctx) => {
      // A group's language (from /settings) wins in the group; elsewhere the person's own choice.
      if ((ctx.chat?.type === "group" || ctx.chat?.type === "supergroup") && ctx.deps) {
        const chatLocale = (await ctx.deps.chatSettings.get(ctx.chat.id)).locale;
        if (chatLocale) return chatLocale;
      }
      const stored = ctx.session?.__language_code;
      if (stored) return stored;
      const lang = ctx.from?.language_code?.slice(0, 2);
      return lang === "en" || lang === "id" ? lang : defaultLocale;
    },
  });
}
