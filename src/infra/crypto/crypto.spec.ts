import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../config/config.js';
import { LinkSignerService } from './link-signer.service.js';
import { PiiCipherService } from './pii-cipher.service.js';

const key = () => randomBytes(32).toString('base64');
const config = (env: Record<string, string> = {}) =>
  loadConfig({
    TOKEN_SECRET: 'x'.repeat(40),
    DATA_ENCRYPTION_KEY: key(),
    BLIND_INDEX_KEY: key(),
    IP_HASH_KEY: key(),
    WEBHOOK_SECRET: 'y'.repeat(40),
    ...env,
  });

describe('PiiCipherService', () => {
  it('should round-trip personal data without the plain text appearing in the ciphertext', () => {
    const cipher = new PiiCipherService(config());
    const stored = cipher.encrypt('Ada Lovelace');
    expect(stored).not.toContain('Ada');
    expect(cipher.decrypt(stored)).toBe('Ada Lovelace');
    expect(cipher.encrypt('Ada Lovelace')).not.toBe(stored); // random IV per value
  });

  it('should still read values written under a previous key and report them as stale', () => {
    const oldKey = key();
    const before = new PiiCipherService(config({ DATA_ENCRYPTION_KEY: oldKey }));
    const stored = before.encrypt('0123 456');
    const after = new PiiCipherService(config({ DATA_ENCRYPTION_KEY: key(), DATA_ENCRYPTION_PREVIOUS_KEYS: oldKey }));
    expect(after.decrypt(stored)).toBe('0123 456');
    expect(after.isStale(stored)).toBe(true);
    expect(after.isStale(after.encrypt('x'))).toBe(false);
    expect(() => new PiiCipherService(config()).decrypt(stored)).toThrow(/unknown key/);
  });

  it('should refuse tampered ciphertext', () => {
    const cipher = new PiiCipherService(config());
    const parts = cipher.encrypt('secret').split('.');
    parts[4] = Buffer.from('tampered').toString('base64url');
    expect(() => cipher.decrypt(parts.join('.'))).toThrow();
  });
});

describe('LinkSignerService', () => {
  const signer = new LinkSignerService(config());

  it('should accept its own token for the same purpose only', () => {
    const token = signer.signFor('unsubscribe', 'supporter-1');
    expect(signer.verify('unsubscribe', token)).toBe('supporter-1');
    expect(() => signer.verify('erase', token)).toThrow(/not valid for this action/);
  });

  it('should refuse expired and forged tokens with a 400 naming the field', () => {
    const expired = signer.sign({ purpose: 'confirm', subject: 's', expiresAt: Math.floor(Date.now() / 1000) - 1 });
    expect(() => signer.verify('confirm', expired)).toThrow(/token: has expired/);
    const [payload] = signer.signFor('confirm', 's').split('.');
    expect(() => signer.verify('confirm', `${payload}.forged`)).toThrow(/not a valid link token/);
  });
});
