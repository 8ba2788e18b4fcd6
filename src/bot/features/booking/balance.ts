import { Composer } from "grammy";
import { isProviderError } from "../../../domain/errors.js";
import type { BotContext } from "../../context.js";
import { money } from "../../format.js";
import { providerErrorText } from "../provider-error-text.js";

export const balanceFeature = new Composer<BotContext>();

balanceFeature.command(["balance", "saldo"], async (ctx) => {
  try {
    const balance = await ctx.deps.provider.balance();
    await ctx.reply(ctx.t("balance", { balance: money(balance), sandbox: ctx.deps.provider.sandbox ? "yes" : "no" }), { parse_mode: "HTML" });
  } catch (e) {
    if (!isProviderError(e)) throw e;
    await ctx.reply(providerErrorText(ctx, e), { parse_mode: "HTML" });
  }
});
