import type { Redis } from "ioredis";
import type { Contact } from "../domain/passenger.js";
import { TTL, type RedisKeys } from "./keys.js";
import { readJson, writeJson } from "./redis-json.js";
import { contactSchema } from "./schemas.js";

/** The last contact used in a chat, offered again on the next booking. */
export class ContactStore {
  constructor(private readonly redis: Redis, private readonly keys: RedisKeys) {}

  last(chatId: number): Promise<Contact | undefined> {
    return readJson(this.redis, this.keys.lastContact(chatId), contactSchema);
  }

  async migrateChat(from: number, to: number): Promise<void> {
    const last = await this.last(from);
    if (last) await this.remember(to, last);
  }

  remember(chatId: number, contact: Contact): Promise<void> {
    return writeJson(this.redis, this.keys.lastContact(chatId), contact, TTL.contact);
  }
}
