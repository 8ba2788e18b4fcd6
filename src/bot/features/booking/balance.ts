import { LeanComposer } from "../../lean-composer.js";
import { throttle } from "../../middlewares/throttle.js";
import { isProviderError } from "../../../domain/errors.js";
import { usableProviders } from "../../../services/book-flight.js";
import type { BotContext } from "../../context.js";
import { actorOf } from "../../actor.js";
import { money, providerName } from "../../../presenters/format.js";
import { providerErrorText } from "../provider-error-text.js";

export const balanceFeature = new LeanComposer<BotContext>();

/** The deposit of each account this person may use here (never one they may not). */
balanceFeature.command(["balance", "saldo"], throttle("lookup"), async (ctx) => {
  try {
    const { byId } = await usableProviders(ctx.deps.access, actorOf(ctx));
    const lines: string[] = [];
    for (const provider of Object.values(byId)) {
      const balance = await provider.balance();
      lines.push(ctx.t("balance", { balance: money(balance), provider: providerName(provider.id), sandbox: provider.sandbox ? "yes" : "no" }));
    }
    await ctx.reply(lines.join("\n"), { parse_mode: "HTML" });
  } catch (e) {
    if (!isProviderError(e)) throw e;
    await ctx.reply(providerErrorText(ctx, e), { parse_mode: "HTML" });
  }
});
