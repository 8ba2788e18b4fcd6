import { Composer } from "grammy";
import { isProviderError } from "../../../domain/errors.js";
import type { BotContext } from "../../context.js";
import { money } from "../../format.js";
import { providerErrorText } from "../provider-error-text.js";

export const balanceFeature = new Composer<BotContext>();

balanceFeature.command(["balance", "saldo"], async (ctx) => {
  try {
    const { byId } = await ctx.deps.accounts.forChat(ctx.chat, ctx.from!.id);
    const lines: string[] = [];
    for (const provider of Object.values(byId)) {
      const balance = await provider.balance();
      lines.push(ctx.t("balance", { balance: money(balance), provider: provider.id === "mmbc" ? "MMBC" : "tiket.com", sandbox: provider.sandbox ? "yes" : "no" }));
    }
    await ctx.reply(lines.join("\n"), { parse_mode: "HTML" });
  } catch (e) {
    if (!isProviderError(e)) throw e;
    await ctx.reply(providerErrorText(ctx, e), { parse_mode: "HTML" });
  }
});
