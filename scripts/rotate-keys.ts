import { parseArgs } from 'node:util';
import { PiiCipher } from '../src/infra/crypto/pii-cipher.service.js';
import { SupporterPrivacyService } from '../src/modules/supporters/supporter-privacy.service.js';
import { runWithServices } from './context.js';

/**
 * npm run keys:rotate [-- --batch 500 --dry-run]
 *
 * Re-encrypts supporter personal data written under an older DATA_ENCRYPTION_KEY with the current
 * one. Procedure (docs/decisions/supporter-encryption.md):
 *   1. put the old key into DATA_ENCRYPTION_PREVIOUS_KEYS, set DATA_ENCRYPTION_KEY to the new key,
 *      restart the app (it reads old values and writes new ones under the new key);
 *   2. run this command (safe while the app runs; resumable; rows changed meanwhile are skipped
 *      because they are already under the new key);
 *   3. when it reports 0 left, remove the old key from DATA_ENCRYPTION_PREVIOUS_KEYS.
 * The blind index key (BLIND_INDEX_KEY) is not rotated by this command: see the decision note.
 */
const { values } = parseArgs({ options: { batch: { type: 'string', default: '500' }, 'dry-run': { type: 'boolean', default: false } } });

void runWithServices(async (app) => {
  const batchSize = Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) throw new Error('batch: must be a whole number from 1 to 10000');
  const privacy = app.get(SupporterPrivacyService);
  const keyId = app.get(PiiCipher).currentKeyId;
  const before = await privacy.staleCount();
  console.log(`Current key id ${keyId}: ${before} supporter rows hold values under an older key.`);
  if (values['dry-run'] || before === 0) return;
  const started = Date.now();
  const result = await privacy.reencryptStale({ batchSize, onProgress: (n) => console.log(`  re-encrypted ${n} rows...`) });
  const after = await privacy.staleCount();
  console.log(`Re-encrypted ${result.rewritten} rows (${result.skipped} changed meanwhile and were skipped) in ${((Date.now() - started) / 1000).toFixed(1)} s; ${after} left.`);
  if (after > 0) {
    console.log('Some rows are still under an older key (written concurrently by a process that still uses it?): run the command again.');
    process.exitCode = 2;
  } else {
    console.log('Done: the previous key can be removed from DATA_ENCRYPTION_PREVIOUS_KEYS.');
  }
});
