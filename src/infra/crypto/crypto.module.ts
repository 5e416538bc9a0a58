import { Global, Module } from '@nestjs/common';
import { LinkSigner } from './link-signer.service.js';
import { PiiCipher } from './pii-cipher.service.js';

@Global()
@Module({ providers: [PiiCipher, LinkSigner], exports: [PiiCipher, LinkSigner] })
export class CryptoModule {}
