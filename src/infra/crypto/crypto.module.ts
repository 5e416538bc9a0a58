import { Global, Module } from '@nestjs/common';
import { KeyRotationService } from './key-rotation.service.js';
import { LinkSignerService } from './link-signer.service.js';
import { PiiCipherService } from './pii-cipher.service.js';

@Global()
@Module({
  providers: [PiiCipherService, LinkSignerService, KeyRotationService],
  exports: [PiiCipherService, LinkSignerService, KeyRotationService],
})
export class CryptoModule {}
