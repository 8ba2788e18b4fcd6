import type { ProviderId } from "../../domain/flight.js";
import { providerName } from "../../presenters/format.js";

type Translating = { t: (key: string, vars?: Record<string, string | number>) => string };

/** What the failing call was about, when the caller knows: whose system it is said to be, by name. */
export interface FaultAbout {
  /** The provider called; unnamed, it is "the provider". */
  provider?: ProviderId;
  /** Reading the deposit: no airline takes part, so whatever the text says, the provider's own system failed. */
  deposit?: boolean;
}

/**
 * A login inside the provider's own system failing (MMBC's "system failed login", spec §1 and §6): not the
 * agent's login, which MMBC refuses as "invalid login" (invalid_credentials), so nothing for them to fix.
 */
const PROVIDER_LOGIN = /system failed login|login failed|gagal login/i;

/**
 * The provider saying the airline didn't answer it: MMBC's "failed to receive data" (spec §6), tiket.com's
 * "Gagal mendapatkan respon dari maskapai" / "Failed to get a response from the airline", as its `lang` words it.
 */
const AIRLINE_SILENT = /failed to receive data|gagal mendapatkan respon(?:s)? dari maskapai|failed to get a response from the airline/i;

/**
 * An `upstream` failure in the agent's language, naming whose system failed: the provider's for its own
 * login and for the deposit, the airline's only when the provider says the airline didn't answer. The
 * provider's own words are left out (they are logged): in English or Indonesian whatever the agent reads,
 * they say nothing the agent can fix; a text not known here gets a plain line instead.
 */
export function upstreamFaultText(ctx: Translating, messages: readonly string[], about: FaultAbout = {}): string {
  const provider = about.provider ? providerName(about.provider) : ctx.t("provider-unnamed");
  const said = messages.join("\n");
  if (PROVIDER_LOGIN.test(said)) return ctx.t("error-upstream-provider-login", { provider });
  if (about.deposit) return ctx.t("error-upstream-provider", { provider });
  if (AIRLINE_SILENT.test(said)) return ctx.t("error-upstream-airline", { provider });
  return ctx.t("error-upstream-unexplained", { provider });
}
