import { failReply, jsonReply, type EndpointHandler } from "../http/reply.js";
import { thousands } from "../wire-format.js";

export const cekSaldo: EndpointHandler = ({ state }) => jsonReply({ result: "ok", saldo: thousands(state.balance) });

/** Not authenticated by password (it is the "forgot password" call): the username must match. */
export const resetPassword: EndpointHandler = ({ state, params }) => {
  const fields = ["username", "email", "phone", "agencode", "newpassword"] as const;
  if (fields.some((f) => !params[f]?.trim())) return failReply("data invalid");
  const username = params.username ?? "";
  const newpassword = params.newpassword ?? "";
  if (username !== state.credentials.username && !state.extraAccounts.has(username)) return failReply("data invalid");
  if (newpassword.length < 6) return failReply("password minimal 6 characters");
  state.setPassword(username, newpassword);
  return jsonReply({ result: "ok", username, newpassword });
};
