import type { Agent } from "./bot-harness.js";

/** The flight buttons (`…:o:<index>`) of the agent's last message: the results list's picks. */
export function flightButtons(agent: Agent): { text: string; callback_data: string }[] {
  return agent.last()!.reply_markup!.inline_keyboard.flat().filter((b) => "callback_data" in b && b.callback_data.includes(":o:")) as { text: string; callback_data: string }[];
}
