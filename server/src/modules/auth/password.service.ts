import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { generateOneTimePassword } from '@cacem/shared';
import argon2 from 'argon2';
import { HASH_OPTIONS } from './password-hashing.js';


@Injectable()
export class PasswordService {
  // Verified against when the account does not exist, so a missing account costs the same time as a wrong password.
  private readonly decoy = argon2.hash('decoy-password-for-timing', HASH_OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password, HASH_OPTIONS);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (hash === null) {
      await argon2.verify(await this.decoy, password).catch(() => false);
      return false;
    }
    return argon2.verify(hash, password).catch(() => false);
  }

  generateOneTimePassword(): string {
    return generateOneTimePassword(randomInt);
  }
}
