# An "upstream" failure, by whose system the provider's answer says failed (src/bot/features/provider-fault-text.ts).
# $provider: MMBC, tiket.com, or provider-unnamed.
error-upstream-provider-login = ⚠️ A login failed inside { $provider }'s system (a fault on their side, not your account). Try again in a moment.
error-upstream-provider = ⚠️ A fault in { $provider }'s system: it couldn't answer this. Try again in a moment.
error-upstream-airline = ⚠️ The airline didn't answer { $provider }. Try again in a moment.
error-upstream-unexplained = ⚠️ The request failed at { $provider } or at the airline, without a reason given. Try again in a moment.
provider-unnamed = the provider
