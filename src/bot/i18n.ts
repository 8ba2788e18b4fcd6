import { I18n } from "@grammyjs/i18n";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../package-root.js";
import type { BotContext } from "./context.js";
import { writtenInEnglish } from "../domain/written-in-english.js";

export const LOCALES_DIR = join(PACKAGE_ROOT, "locales");
export const LOCALES = ["id", "en"] as const;

/** The Fluent side of @grammyjs/i18n, as far as the cache below needs it (the method is private in its types). */
interface BundleMatcher {
  matchBundles(locales: readonly string[]): unknown;
  addBundle(...args: unknown[]): unknown;
}

/**
 * @grammyjs/i18n negotiates the locale list against every bundle's locales (@fluent/langneg, a regex
 * parse per locale) on every single translation: a few percent of the bot's CPU. Bundles are loaded
 * once, so each locale list's answer is kept (cleared should a bundle be added later).
 */
function cacheBundleMatching(fluent: unknown): void {
  const matcher = fluent as BundleMatcher;
  if (typeof matcher.matchBundles !== "function" || typeof matcher.addBundle !== "function") return;
  const match = matcher.matchBundles.bind(matcher);
  const add = matcher.addBundle.bind(matcher);
  const cache = new Map<string, unknown>();
  matcher.matchBundles = (locales) => {
    const key = locales.join("\n");
    if (!cache.has(key)) cache.set(key, match(locales));
    return cache.get(key);
  };
  matcher.addBundle = (...args) => {
    cache.clear();
    return add(...args);
  };
}

const instances = new Map<string, I18n<BotContext>>();

/** One instance per default locale: each reads and parses every locale file. */
export function createI18n(defaultLocale: "id" | "en"): I18n<BotContext> {
  let i18n = instances.get(defaultLocale);
  if (!i18n) {
    i18n = newI18n(defaultLocale);
    cacheBundleMatching(i18n.fluent);
    instances.set(defaultLocale, i18n);
  }
  return i18n;
}

function newI18n(defaultLocale: "id" | "en"): I18n<BotContext> {
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
      if (lang === "en" || lang === "id") return lang;
      // Telegram sent no language: a message clearly in English is answered in English, and the choice is kept
      // as /language keeps it (the session is already read for this update: no extra Redis read).
      if (ctx.from && ctx.from.language_code === undefined && ctx.session && writtenInEnglish(ctx.message?.text ?? ctx.message?.caption ?? "")) {
        ctx.session.__language_code = "en";
        return "en";
      }
      return defaultLocale;
    },
  });
}
