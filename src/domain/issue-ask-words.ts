/**
 * Words with which a member asks someone else to issue ("minta issue ABC123", "tolong issued ABC123",
 * "please issue ABC123", "mohon di-issued ABC123", "can you issue ABC123?", "bisa tolong issued ABC123"): from a member who may not spend they go straight to
 * the group's issuers, rather than to a refusal she would then have to pass on.
 */
const ASKING = new Set(["minta", "mintain", "tolong", "tlg", "mohon", "please", "pls", "plz", "pliss", "can", "could", "would"]);

export function asksSomeoneToIssue(text: string): boolean {
  return text.toLowerCase().split(/[^a-z]+/).some((w) => ASKING.has(w));
}
