import { parseEmail } from "../../../domain/contact-input.js";

/** One question of /login or /resetpassword: locale keys for the question and for a bad answer. */
export interface FlowStep {
  name: "username" | "password" | "email" | "phone" | "agentCode";
  prompt: string;
  invalid: string;
  /** The answer is a password: its message is deleted before anything else, and it is never stored in a flow. */
  secret?: boolean;
  parse(text: string): string | undefined;
}

const username = (t: string) => (/^\S{1,64}$/.test(t.trim()) ? t.trim() : undefined);
const password = (min: number) => (t: string) => {
  const p = t.trim();
  return p.length >= min && p.length <= 128 && !/[\r\n]/.test(p) ? p : undefined;
};
// As registered at MMBC, so only spacing is removed: the provider compares it with its own record.
const phone = (t: string) => {
  const p = t.replace(/[\s().-]/g, "");
  return /^\+?\d{8,15}$/.test(p) ? p : undefined;
};
const agentCode = (t: string) => (/^\S{1,32}$/.test(t.trim()) ? t.trim() : undefined);
const email = (t: string) => (parseEmail(t) ? t.trim() : undefined);

export const FLOW_STEPS: Record<"login" | "reset", readonly FlowStep[]> = {
  login: [
    { name: "username", prompt: "account-login-username", invalid: "account-bad-username", parse: username },
    { name: "password", prompt: "account-login-password", invalid: "account-bad-password", secret: true, parse: password(1) },
  ],
  reset: [
    { name: "username", prompt: "account-reset-username", invalid: "account-bad-username", parse: username },
    { name: "email", prompt: "account-reset-email", invalid: "account-bad-email", parse: email },
    { name: "phone", prompt: "account-reset-phone", invalid: "account-bad-phone", parse: phone },
    { name: "agentCode", prompt: "account-reset-agent", invalid: "account-bad-agent", parse: agentCode },
    { name: "password", prompt: "account-reset-password", invalid: "account-short-password", secret: true, parse: password(6) },
  ],
};
