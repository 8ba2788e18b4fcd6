import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deployedEntry, deployedEnv, deployedNodeArgs } from "../../bench/flow/processes.js";

// The bot's heap flags live in `npm start`; the image must run it the same way (and the benches read them there).
describe("the node flags the bot is deployed with", () => {
  it("are the same in package.json's start script and the Dockerfile's CMD and ENV, and soft (no hard heap cap); both run the bundle", () => {
    const flags = deployedNodeArgs();
    expect(flags).toEqual(["--max-semi-space-size=8", "--heap-growing-percent=30", "--single-threaded-gc"]);
    const cmd = /^CMD (\[.*\])$/m.exec(readFileSync("Dockerfile", "utf8"))![1]!;
    expect(deployedEntry()).toBe("build/bundle/main.js");
    expect(JSON.parse(cmd)).toEqual(["node", ...flags, deployedEntry()]);
    // The allocator's arenas too (native memory, part of the RSS): set before node by npm start, as ENV in the image.
    expect(deployedEnv()).toEqual({ MALLOC_ARENA_MAX: "2" });
    const imageEnv = /^ENV (.*)$/m.exec(readFileSync("Dockerfile", "utf8").split("AS runtime")[1]!)![1]!;
    expect(imageEnv.split(/\s+/)).toContain("MALLOC_ARENA_MAX=2");
    // A hard old-space cap ends the process when reached: never a default.
    expect(flags.some((f) => f.startsWith("--max-old-space-size"))).toBe(false);
  });
});
