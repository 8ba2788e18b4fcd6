import { LeanComposer } from "../../lean-composer.js";
import { throttle } from "../../middlewares/throttle.js";
import { isProviderError } from "../../../domain/errors.js";
import { usableProviders } from "../../../services/book-flight.js";
import type { BotContext } from "../../context.js";
import type { ProviderId } from "../../../domain/flight.js";
import { actorOf } from "../../actor.js";
import { money, providerName } from "../../../presenters/format.js";
import { providerErrorText } from "../provider-error-text.js";

export const balanceFeature = new LeanComposer<BotContext>();

/** The deposit of each account this person may use here (never one they may not). */
balanceFeature.command(["balance", "saldo"], throttle("lookup"), async (ctx) => {
  let asked: ProviderId | undefined;
  try {
    const { byId } = await usableProviders(ctx.deps.access, actorOf(ctx));
    const lines: string[] = [];
    for (const provider of Object.values(byId)) {
      asked = provider.id;
      const balance = await provider.balance();
      lines.push(ctx.t("balance", { balance: money(balance), provider: providerName(provider.id), sandbox: provider.sandbox ? "yes" : "no" }));
    }
    await ctx.reply(lines.join("\n"), { parse_mode: "HTML" });
  } catch (e) {
    if (!isProviderError(e)) throw e;
    // With two accounts (MMBC and tiket.com) the failure names whose deposit could not be read.
    await ctx.reply(providerErrorText(ctx, e, { provider: asked, deposit: true }), { parse_mode: "HTML" });
  }
});
