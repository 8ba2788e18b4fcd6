import type { Logger } from "pino";
import type { TiketSessions } from "./sessions.js";
import type { TiketHttp } from "./tiket-http.js";
import type { CheckOrderWire } from "./wire-schemas.js";

/** What paying an order from the deposit needs: the HTTP client, the order's sessions and markers, the partner keys. */
export interface PartnerCredentials {
  secretKey: string;
  confirmKey: string;
  username: string;
}

export interface IssueContext {
  http: TiketHttp;
  sessions: TiketSessions;
  partner: PartnerCredentials;
  timeZone: string;
  logger: Logger;
  poll: { maxMs: number; intervalMs: number };
  checkOrder: (orderId: string) => Promise<CheckOrderWire>;
}
