import { parseArgs } from 'node:util';
import { KeyRotationService } from '../src/infra/crypto/key-rotation.service.js';
import { PiiCipherService } from '../src/infra/crypto/pii-cipher.service.js';
import { runWithServices } from './context.js';

/**
 * npm run keys:rotate [-- --batch 500 --dry-run]
 *
 * Re-encrypts every value written under an older DATA_ENCRYPTION_KEY with the current one: each
 * module registers the tables it encrypts (KeyRotationService): supporters' personal data, petition
 * signers' display names and comments, the outbox's plain addresses and message secrets.
 * Procedure (docs/decisions/supporter-encryption.md):
 *   1. put the old key into DATA_ENCRYPTION_PREVIOUS_KEYS, set DATA_ENCRYPTION_KEY to the new key,
 *      restart the app (it reads old values and writes new ones under the new key);
 *   2. run this command (safe while the app runs; resumable; rows changed meanwhile are skipped
 *      because they are already under the new key);
 *   3. when it reports 0 left, remove the old key from DATA_ENCRYPTION_PREVIOUS_KEYS.
 * The blind index key (BLIND_INDEX_KEY) is not rotated by this command: see the decision note.
 */
const { values } = parseArgs({
  options: { batch: { type: 'string', default: '500' }, 'dry-run': { type: 'boolean', default: false } },
});

void runWithServices(async (app) => {
  const batchSize = Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000)
    throw new Error('batch: must be a whole number from 1 to 10000');
  const targets = app.get(KeyRotationService).registered;
  const keyId = app.get(PiiCipherService).currentKeyId;
  console.log(`Current key id ${keyId}.`);
  let left = 0;
  for (const target of targets) {
    const before = await target.staleCount();
    console.log(`${target.name} rows holding values under an older key: ${before}`);
    if (values['dry-run'] || before === 0) continue;
    const started = Date.now();
    const result = await target.reencryptStale({
      batchSize,
      onProgress: (n) => console.log(`  re-encrypted ${n} ${target.name} rows...`),
    });
    const after = await target.staleCount();
    left += after;
    console.log(
      `Re-encrypted ${result.rewritten} ${target.name} rows (${result.skipped} changed meanwhile and were skipped) in ${((Date.now() - started) / 1000).toFixed(1)} s; ${after} left.`,
    );
  }
  if (values['dry-run']) return;
  if (left > 0) {
    console.log(
      'Some rows are still under an older key (written concurrently by a process that still uses it?): run the command again.',
    );
    process.exitCode = 2;
  } else {
    console.log(
      'Done: nothing is left under an older key; the previous key can be removed from DATA_ENCRYPTION_PREVIOUS_KEYS.',
    );
  }
});
