import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { z } from "zod";

/** The stored shape: versioned so the algorithm can change later without misreading old records. */
export const sealedSchema = z.object({
  v: z.literal(1),
  iv: z.string().min(1),
  tag: z.string().min(1),
  ct: z.string().min(1),
});
export type Sealed = z.output<typeof sealedSchema>;

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM with a fresh random IV per record. `context` (the record's key, e.g. the account id) is
 * authenticated too, so a ciphertext copied under another account's key fails to open.
 */
export class CredentialCipher {
  private readonly idKey: Buffer;

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error("CredentialCipher needs a 32-byte key");
    // A separate key for ids: an id must never help anyone verify a guess with the encryption key.
    this.idKey = Buffer.from(hkdfSync("sha256", key, Buffer.alloc(0), "agt account id", 32));
  }

  seal(value: unknown, context: string): Sealed {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    cipher.setAAD(Buffer.from(context, "utf8"));
    const ct = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
    return { v: 1, iv: iv.toString("base64"), tag: cipher.getAuthTag().toString("base64"), ct: ct.toString("base64") };
  }

  /** Throws when the key is wrong or the record was altered. */
  open(sealed: Sealed, context: string): unknown {
    const decipher = createDecipheriv("aes-256-gcm", this.key, Buffer.from(sealed.iv, "base64"));
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(Buffer.from(sealed.tag, "base64"));
    const plain = Buffer.concat([decipher.update(Buffer.from(sealed.ct, "base64")), decipher.final()]);
    return JSON.parse(plain.toString("utf8"));
  }

  /** Like `seal`, for bytes and at rest as bytes: IV, tag, ciphertext, with no JSON or base64 around them. */
  sealBytes(plain: Buffer, context: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    cipher.setAAD(Buffer.from(context, "utf8"));
    const ct = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), ct]);
  }

  /** Throws when the key is wrong or the bytes were altered. */
  openBytes(sealed: Buffer, context: string): Buffer {
    if (sealed.length < IV_BYTES + TAG_BYTES) throw new Error("sealed bytes too short");
    const decipher = createDecipheriv("aes-256-gcm", this.key, sealed.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  }

  /** A short keyed fingerprint: stable for the same input, meaningless without the key. */
  fingerprint(value: string): string {
    return createHmac("sha256", this.idKey).update(value, "utf8").digest("hex").slice(0, 12);
  }
}
