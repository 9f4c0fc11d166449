import { Module } from '@nestjs/common';
import { KeyRing } from './key-ring';
import { SealedBox } from './sealed-box';
import { SigningKeysRepository } from './signing-keys.repository';

@Module({ providers: [KeyRing, SealedBox, SigningKeysRepository], exports: [KeyRing, SealedBox] })
export class KeysModule {}
