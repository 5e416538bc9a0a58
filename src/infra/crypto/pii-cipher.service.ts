import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/config.js';

const VERSION = 'v1';

/**
 * Encryption of personal data at rest (AES-256-GCM) and keyed hashes for looking it up.
 * Ciphertext is `v1.<keyId>.<iv>.<tag>.<data>` (base64url), so a value says which key wrote it and
 * key rotation can re-encrypt row by row while old keys still decrypt.
 */
@Injectable()
export class PiiCipherService {
  private readonly current: { id: string; key: Buffer };
  private readonly keys = new Map<string, Buffer>();
  private readonly blindKey: Buffer;
  private readonly ipKey: Buffer;

  constructor(config: AppConfig) {
    const current = config.get('DATA_ENCRYPTION_KEY');
    this.current = { id: keyId(current), key: current };
    for (const k of [current, ...config.get('DATA_ENCRYPTION_PREVIOUS_KEYS')]) this.keys.set(keyId(k), k);
    this.blindKey = config.get('BLIND_INDEX_KEY');
    this.ipKey = config.get('IP_HASH_KEY');
  }

  get currentKeyId(): string {
    return this.current.id;
  }

  encrypt(plain: string): string;
  encrypt(plain: string | null | undefined): string | null;
  encrypt(plain: string | null | undefined): string | null {
    if (plain === null || plain === undefined) return null;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [
      VERSION,
      this.current.id,
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      data.toString('base64url'),
    ].join('.');
  }

  decrypt(value: string): string;
  decrypt(value: string | null | undefined): string | null;
  decrypt(value: string | null | undefined): string | null {
    if (value === null || value === undefined) return null;
    const [version, id, iv, tag, data] = value.split('.');
    const key = this.keys.get(id);
    if (version !== VERSION || !key)
      throw new Error(`cannot decrypt: unknown key ${id} (set DATA_ENCRYPTION_PREVIOUS_KEYS)`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** True when the value was written under an older key (rotation still to do). */
  isStale(value: string | null | undefined): boolean {
    return !!value && value.split('.')[1] !== this.current.id;
  }

  /** Deterministic keyed hash for equality lookups of a normalized value (the blind index). */
  blindIndex(normalized: string): string {
    return createHmac('sha256', this.blindKey).update(normalized).digest('base64url');
  }

  /**
   * A keyed hash of a normalized value that only matches within `scope` (a petition id): equal
   * inputs in one scope give equal hashes, but it cannot be joined to the global blind index or to
   * another scope without the key.
   */
  scopedIndex(scope: string, normalized: string): string {
    return createHmac('sha256', this.blindKey).update(`scoped:${scope}\u0000${normalized}`).digest('base64url');
  }

  /** Stands in for an IP address wherever one would be kept (consent log, fraud signals). */
  ipHash(ip: string): string {
    return createHmac('sha256', this.ipKey).update(ip).digest('base64url').slice(0, 22);
  }
}

function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}
