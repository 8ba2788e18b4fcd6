import type { I18n } from "@grammyjs/i18n";
import type { Api } from "grammy";
import type { BotContext } from "./context.js";
import { LOCALES } from "./i18n.js";

const COMMANDS = ["search", "bookings", "status", "issue", "ticket", "balance", "digest", "settings", "account", "login", "logout", "resetpassword", "language", "cancel", "help"] as const;
type Command = (typeof COMMANDS)[number];

/**
 * The name each command is listed under, per language: Indonesian agents are taught /cari, /pesanan,
 * /cek… by /bantuan and the messages, so their menu lists those (every one is also registered under
 * its English name). Commands without an Indonesian alias keep their name.
 */
const MENU_NAMES: Record<string, Partial<Record<Command, string>>> = {
  id: { search: "cari", bookings: "pesanan", status: "cek", issue: "issued", ticket: "etiket", balance: "saldo", digest: "ringkasan", settings: "pengaturan", account: "akun", language: "bahasa", cancel: "batal", help: "bantuan" },
};

/** The command menu in each language (Telegram picks by the user's app language), default one last. */
export async function publishCommands(api: Api, i18n: I18n<BotContext>, defaultLocale: string): Promise<void> {
  const list = (locale: string) => COMMANDS.map((command) => ({ command: MENU_NAMES[locale]?.[command] ?? command, description: i18n.t(locale, `command-${command}`) }));
  for (const locale of LOCALES) await api.setMyCommands(list(locale), { language_code: locale });
  await api.setMyCommands(list(defaultLocale));
}
