/**
 * /login or /resetpassword typed as a word: "@Bot login joko password Rahasia" in a group (addressed to the
 * bot by its mention first), "login joko Rahasia" in a private chat. `rest`: the words after it, which may
 * hold the password. A group line that doesn't start with the bot's mention is chatter, not a command.
 */
export function typedAccountCommand(text: string, botUsername?: string): { kind: "login" | "reset"; rest: string } | undefined {
  let line = text.trim();
  if (botUsername !== undefined) {
    const mention = `@${botUsername.toLowerCase()}`;
    if (!line.toLowerCase().startsWith(mention)) return undefined;
    line = line.slice(mention.length).replace(/^[\s,:]+/, "");
  }
  const m = /^(login|resetpassword)(?:\s+([\s\S]*))?$/i.exec(line);
  if (!m) return undefined;
  return { kind: m[1]!.toLowerCase() === "login" ? "login" : "reset", rest: (m[2] ?? "").trim() };
}
