import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { BuiltProviders } from "../providers/build-provider.js";
import type { RedisKeys } from "../store/keys.js";
import { accountKeys } from "../store/accounts/account-keys.js";
import { AccountStore } from "../store/accounts/account-store.js";
import { CredentialCipher } from "../store/accounts/credential-cipher.js";
import { FlowStore } from "../store/accounts/flow-store.js";
import { LinkedAccounts } from "./linked-accounts.js";
import { mmbcAccountFactory } from "./mmbc-accounts.js";
import { MmbcProvider } from "../providers/mmbc/mmbc-provider.js";

export interface BuildAccountsInput {
  config: Config;
  built: Pick<BuiltProviders, "search" | "byId">;
  redis: Redis;
  keys: RedisKeys;
  logger: Logger;
  onCall?: (endpoint: string, outcome: string, ms: number) => void;
}

/** The account resolver of the composition root: linked logins when CREDENTIALS_KEY is set. */
export function buildAccounts({ config, built, redis, keys, logger, onCall }: BuildAccountsInput): LinkedAccounts {
  const cipher = config.CREDENTIALS_KEY ? new CredentialCipher(config.CREDENTIALS_KEY) : undefined;
  const akeys = accountKeys(keys);
  return new LinkedAccounts({
    defaults: { search: built.search, byId: built.byId },
    store: cipher && new AccountStore(redis, akeys, cipher),
    flows: cipher && new FlowStore(redis, akeys, cipher),
    factory: mmbcAccountFactory(config, built.byId.mmbc, logger, onCall),
    logger: logger.child({ component: "accounts" }),
    // The login the bot itself uses (the sandbox's when MMBC_BASE_URL is unset) and the configured one.
    operatorLogins: [built.byId.mmbc instanceof MmbcProvider ? built.byId.mmbc.username : undefined, config.MMBC_USERNAME].filter((u): u is string => !!u),
  });
}
