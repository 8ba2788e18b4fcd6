# /login and /resetpassword with the bot operator's own MMBC username: refused before anything reaches MMBC,
# with the same words whoever asks (src/bot/features/account/flow-answer.ts).
account-operator-login = 🔒 That is the bot operator's own MMBC account. It is managed in the bot's settings by the operator, never linked or reset through a chat, so I sent nothing to MMBC. /login links <b>your own</b> MMBC account; /resetpassword resets its password.
# Too many /login or /resetpassword tries (per person, and per username whoever types them): nothing is sent to MMBC.
account-too-many-tries = ⏳ Too many login and password-reset tries in a short time, so I sent nothing to MMBC. Try again in { $minutes } min.
