import { Global, Module } from '@nestjs/common';
import { KeyRotation } from './key-rotation.service.js';
import { LinkSigner } from './link-signer.service.js';
import { PiiCipher } from './pii-cipher.service.js';

@Global()
@Module({ providers: [PiiCipher, LinkSigner, KeyRotation], exports: [PiiCipher, LinkSigner, KeyRotation] })
export class CryptoModule {}
