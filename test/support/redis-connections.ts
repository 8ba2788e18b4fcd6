import { Redis } from "ioredis";
import { afterAll, inject } from "vitest";

/**
 * Connections to the test Redis, one per simulated process (cutting one is that process dying),
 * all closed after the file's tests.
 */
export function redisConnections(): () => Redis {
  const conns: Redis[] = [];
  afterAll(() => conns.forEach((c) => c.disconnect()));
  return () => {
    const c = new Redis(inject("redisUrl"));
    conns.push(c);
    return c;
  };
}
