import { createHmac, timingSafeEqual } from 'node:crypto';
import { HttpStatus } from '@nestjs/common';
import type { Clock } from '../common/clock.js';
import { DomainException } from '../common/domain.exception.js';
import { KEY_PATTERN } from './object-store.js';

export const FILES_ROUTE = '/api/v1/files';

/** What a file link grants: one stored object, served with this type and download name. */
export interface SignedFile {
  key: string;
  mime: string;
  filename: string | null;
}

const base64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');

/** Short-lived links to stored files that need no login (<img src>, wx.downloadFile): an HMAC over key, type, name and expiry. */
export class FileLinks {
  private readonly key: Buffer;

  constructor(
    secret: string,
    private readonly clock: Clock,
  ) {
    // A key of its own, so a file link can never pass for an access token or the other way round.
    this.key = createHmac('sha256', secret).update('cacem:file-links').digest();
  }

  /** `/api/v1/files/<token>`, valid for `ttlSeconds`. */
  sign(key: string, { mime, filename, ttlSeconds = 600 }: { mime: string; filename?: string; ttlSeconds?: number }): string {
    if (!KEY_PATTERN.test(key)) throw new Error(`not a storage key: ${key}`);
    const exp = Math.floor(this.clock.now().getTime() / 1000) + ttlSeconds;
    const payload = base64url(JSON.stringify({ k: key, m: mime, n: filename ?? null, e: exp }));
    return `${FILES_ROUTE}/${payload}.${this.mac(payload)}`;
  }

  /** What a link grants, or FILE_LINK_INVALID (404) / FILE_LINK_EXPIRED (403). */
  verify(token: string): SignedFile {
    const invalid = () => new DomainException('FILE_LINK_INVALID', HttpStatus.NOT_FOUND);
    const [payload, signature, ...rest] = token.split('.');
    if (!payload || !signature || rest.length > 0) throw invalid();
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
    let claims: { k?: unknown; m?: unknown; n?: unknown; e?: unknown };
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof claims;
    } catch {
      throw invalid();
    }
    if (typeof claims.k !== 'string' || !KEY_PATTERN.test(claims.k) || typeof claims.m !== 'string' || typeof claims.e !== 'number') throw invalid();
    if (claims.e * 1000 <= this.clock.now().getTime()) throw new DomainException('FILE_LINK_EXPIRED', HttpStatus.FORBIDDEN);
    return { key: claims.k, mime: claims.m, filename: typeof claims.n === 'string' ? claims.n : null };
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
