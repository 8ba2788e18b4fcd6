import type { DemoAgent } from "./agent.js";
import type { Transcript } from "./transcript.js";

/** A departure some days ahead on the Jakarta calendar (the bot's zone), as an agent would type it. */
function travelDate(days: number): string {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date(Date.now() + days * 86_400_000)).split("-");
  return `${d}-${m}-${y}`;
}

const byData = (describe: string, test: (data: string) => boolean) => ({ describe, test: (b: { callback_data: string }) => test(b.callback_data) });

async function scene<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw new Error(`calendar scene, step "${name}" failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

/**
 * The fare calendar: from a search's results, the cheapest fare of each day ±3 days (the cheapest
 * starred), then the starred day's flights opened from the search cache; and the chat's daily digest.
 */
export async function runCalendarScene(agent: DemoAgent, transcript: Transcript): Promise<void> {
  transcript.section("Fare calendar ±3 days, daily digest");
  await scene("/search CGK DPS", async () => {
    const results = await agent.say(`/search CGK DPS ${travelDate(25)} 1`);
    if (!results?.text?.includes("CGK → DPS")) throw new Error(`no results: ${results?.text ?? ""}`);
  });
  await scene("📅 ±3 days", async () => {
    const calendar = await agent.tap(byData("📅 ±3 days", (d) => d.startsWith("cal:r:")));
    if (!calendar?.text?.includes("⭐")) throw new Error(`no calendar: ${calendar?.text ?? ""}`);
  });
  await scene("open the cheapest day", async () => {
    const cheapest = agent.findButton({ describe: "⭐ day", test: (b) => b.callback_data.startsWith("cal:d:") && b.text.startsWith("⭐") });
    if (!cheapest) throw new Error("no starred day");
    const results = await agent.tap({ describe: cheapest.button.text, test: (b) => b.callback_data === cheapest.button.callback_data });
    if (!results?.text?.includes("CGK → DPS")) throw new Error(`no results for the day: ${results?.text ?? ""}`);
  });
  await scene("/digest", async () => {
    const digest = await agent.say("/digest");
    if (!digest?.text?.includes("Daily digest")) throw new Error(`no digest: ${digest?.text ?? ""}`);
  });
}
