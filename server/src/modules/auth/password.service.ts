import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { generateOneTimePassword } from '@cacem/shared';
import argon2 from 'argon2';

@Injectable()
export class PasswordService {
  // Verified against when the account does not exist, so a missing account costs the same time as a wrong password.
  private readonly decoy = argon2.hash('decoy-password-for-timing', { type: argon2.argon2id });

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
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
