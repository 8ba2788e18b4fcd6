import { z } from "zod";

/**
 * Only the provider keys the CLI needs. The bot's createConfig would demand BOT_TOKEN and friends,
 * and faking them would hide the real config errors this tool exists to diagnose.
 */
const schema = z
  .object({
    MMBC_BASE_URL: z.url().optional(),
    MMBC_USERNAME: z.string().optional(),
    MMBC_PASSWORD: z.string().optional(),
    TIMEZONE: z
      .string()
      .default("Asia/Jakarta")
      .refine((tz) => {
        try {
          new Intl.DateTimeFormat("en", { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      }, "unknown time zone"),
    // warn by default: the CLI's own output is the point, info lines would drown it.
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("warn"),
  })
  .refine((c) => !c.MMBC_BASE_URL || (c.MMBC_USERNAME && c.MMBC_PASSWORD), {
    message: "MMBC_USERNAME and MMBC_PASSWORD are required with MMBC_BASE_URL",
    path: ["MMBC_USERNAME"],
  });

export type CliEnv = z.output<typeof schema>;

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** Empty strings count as unset, as in the bot's config, so a copied `.env.example` stays valid. */
export function readCliEnv(env: Record<string, string | undefined>): CliEnv {
  const keys = ["MMBC_BASE_URL", "MMBC_USERNAME", "MMBC_PASSWORD", "TIMEZONE", "LOG_LEVEL"] as const;
  const picked = Object.fromEntries(keys.flatMap((k) => (env[k]?.trim() ? [[k, env[k]]] : [])));
  const result = schema.safeParse(picked);
  // prettifyError shows paths and messages, never the values, so the password cannot leak here.
  if (!result.success) throw new ConfigError(z.prettifyError(result.error));
  return result.data;
}
