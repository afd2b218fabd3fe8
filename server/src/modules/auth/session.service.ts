import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull, LessThan, MoreThan } from 'typeorm';
import { DomainException } from '../../common/domain.exception.js';
import { writeLock } from '../../common/unique-violation.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG_TOKEN } from '../../config/app-config.token.js';
import { PreparedQuery } from '../../common/prepared-query.js';
import type { CampaignStamp } from '../../common/request-context.js';
import { AuditService } from '../audit/index.js';
import { actorOf, type Principal } from '../access/index.js';
import { AuthSession, type SessionRevokeReason } from './auth-session.entity.js';
import type { LoginResult } from './auth.schemas.js';
import { type Subject, SubjectRegistry, subjectOf } from './subject.js';

export type { LoginResult } from './auth.schemas.js';

/** What the access token carries: the principal, and the session the guard checks on every request. */
export interface AccessClaims {
  p: Principal;
  sid: string;
}

/** What the guard learns in one statement: whether the session is live, and the current campaign's id and revision. */
export interface SessionCheck {
  live: boolean;
  campaign: CampaignStamp | null;
}

type SessionCheckRow = {
  subjectType: Subject['type'];
  campaignId: number | string | null;
  campaignRevision: number | string | null;
} & Record<`live_${string}`, unknown>;

/**
 * The guard's one statement: the session, whether its subject may still log in (each kind that can stop — an account
 * deactivated, a member removed — joins its row: SubjectKind.joinLive) and the current campaign's id and revision.
 */
function sessionCheck(subjects: SubjectRegistry): PreparedQuery<{ id: string; now: Date }> {
  return new PreparedQuery<{ id: string; now: Date }>((dataSource) => {
    const qb = dataSource
      .getRepository(AuthSession)
      .createQueryBuilder('s')
      .select('s.subjectType', 'subjectType')
      .addSelect('(SELECT c.id FROM campaign c ORDER BY c.year DESC LIMIT 1)', 'campaignId')
      .addSelect('(SELECT c.revision FROM campaign c ORDER BY c.year DESC LIMIT 1)', 'campaignRevision');
    for (const [type, joinLive] of subjects.liveJoins()) {
      const alias = `live_${type}`;
      qb.addSelect(joinLive(qb, alias, `s.subjectType = '${type}' AND ${alias}.id = s.subjectId`), alias);
    }
    return qb.where('s.id = :id').andWhere('s.revokedAt IS NULL').andWhere('s.expiresAt > :now');
  });
}

/** A joined liveness column: an active flag (true, 1 or '1') or a row id. */
const truthy = (value: unknown) => value === true || Number(value) >= 1;

const REFRESH_TOKEN = /^([0-9a-f]{32})\.[A-Za-z0-9_-]{43}$/;
const hashToken = (token: string) => createHash('sha256').update(`refresh:${token}`).digest('hex');
/** Hex digests compared in constant time, so the answer's timing says nothing about how much of a guess was right. */
const sameHash = (stored: string, given: string) => stored.length === given.length && timingSafeEqual(Buffer.from(stored), Buffer.from(given));
const refreshInvalid = () => new DomainException('REFRESH_TOKEN_INVALID', HttpStatus.UNAUTHORIZED);

// Session times are the real time (see AuthSession): `Date` here is deliberate, not an oversight of the Clock.
const realNow = () => new Date();

/**
 * Sessions: created at every login, renewed by rotating refresh tokens, ended by logout, by a password reset and by a
 * refresh token used twice (one of the two holders is a thief: both lose the session).
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG_TOKEN) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly subjects: SubjectRegistry,
  ) {}

  // Built at the first check, when every module has registered its kind of subject.
  private checkQuery: PreparedQuery<{ id: string; now: Date }> | null = null;

  /** Opens a session for a principal who has just proven who they are, and hands out its first token pair. */
  async start(principal: Principal): Promise<LoginResult> {
    const id = randomBytes(16).toString('hex');
    const refreshToken = newRefreshToken(id);
    const now = realNow();
    const expiresAt = new Date(now.getTime() + this.config.auth.refreshTtlSeconds * 1000);
    const subject = subjectOf(principal);
    await this.dataSource.getRepository(AuthSession).insert({
      id,
      subjectType: subject.type,
      subjectId: subject.id,
      refreshHash: hashToken(refreshToken),
      previousRefreshHash: null,
      rotatedAt: null,
      createdAt: now,
      lastUsedAt: now,
      expiresAt,
      revokedAt: null,
      revokedReason: null,
    });
    if (now.getTime() - this.lastSweep >= 3600_000) {
      this.lastSweep = now.getTime();
      await this.removeStale(now);
    }
    return this.pair(principal, id, refreshToken, expiresAt, now);
  }

  private lastSweep = 0;

  /** Sessions a month past their end are of no use any more, not even for looking into an incident: deleted at a login, at most hourly per process. */
  async removeStale(now: Date): Promise<number> {
    const result = await this.dataSource.getRepository(AuthSession).delete({ expiresAt: LessThan(new Date(now.getTime() - 30 * 24 * 3600_000)) });
    return result.affected ?? 0;
  }

  /**
   * Trades a refresh token for a new pair; the token presented stops working. The principal is read afresh, so a
   * renamed enterprise shows and a deactivated account or removed member cannot go on. A token that was already
   * traded ends the session, unless it was traded a moment ago (two tabs refreshing at once): that one is only refused.
   */
  async refresh(refreshToken: string): Promise<LoginResult> {
    const match = REFRESH_TOKEN.exec(refreshToken);
    if (!match) throw refreshInvalid();
    const id = match[1]!;
    const hash = hashToken(refreshToken);
    const now = realNow();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const session = await manager.findOne(AuthSession, { where: { id }, ...writeLock(manager) });
      if (!session || session.revokedAt !== null || session.expiresAt <= now) return null;
      if (!sameHash(session.refreshHash, hash)) {
        // Only the token this session really issued before proves anything: that one spent again is theft and ends the
        // session. A made-up secret after a known session id proves nothing — refused like an unknown session, and the
        // session (someone else's, perhaps) is left alone.
        if (session.previousRefreshHash === null || !sameHash(session.previousRefreshHash, hash)) return null;
        const graceMs = this.config.auth.refreshReuseGraceSeconds * 1000;
        const justRotated = session.rotatedAt !== null && now.getTime() - session.rotatedAt.getTime() < graceMs;
        if (!justRotated) await this.end(manager, session, 'refresh_reuse', `session:${session.id}`);
        return null;
      }
      const principal = await this.subjects.principalOf(manager, { type: session.subjectType, id: session.subjectId });
      if (!principal) {
        await this.end(manager, session, 'account_inactive', `session:${session.id}`);
        return null;
      }
      const next = newRefreshToken(id);
      const cap = session.createdAt.getTime() + this.config.auth.sessionMaxSeconds * 1000;
      const expiresAt = new Date(Math.min(now.getTime() + this.config.auth.refreshTtlSeconds * 1000, cap));
      await manager.update(AuthSession, { id }, { refreshHash: hashToken(next), previousRefreshHash: hash, rotatedAt: now, lastUsedAt: now, expiresAt });
      return { principal, next, expiresAt };
    });
    if (!outcome) throw refreshInvalid();
    return this.pair(outcome.principal, id, outcome.next, outcome.expiresAt, now);
  }

  /** Logout: ends the caller's own session. */
  async logout(principal: Principal, sessionId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const session = await manager.findOne(AuthSession, { where: { id: sessionId }, ...writeLock(manager) });
      if (!session || session.revokedAt !== null) return;
      await this.end(manager, session, 'logout', actorOf(principal));
    });
  }

  /**
   * Ends every live session of a card or account, in the caller's transaction (a password reset: whoever knew the old
   * password is logged out everywhere). Returns how many were ended; the caller's audit entry records it.
   */
  async revokeAll(manager: EntityManager, subject: Subject, reason: SessionRevokeReason): Promise<number> {
    const result = await manager.update(
      AuthSession,
      { subjectType: subject.type, subjectId: subject.id, revokedAt: IsNull(), expiresAt: MoreThan(realNow()) },
      { revokedAt: realNow(), revokedReason: reason },
    );
    return result.affected ?? 0;
  }

  /**
   * The guard's check, one indexed query: the session is live and its card, member or account may still log in (a
   * deactivated account or a removed member is refused at the next request, not at the next login). The same statement
   * reads which campaign is current and its revision, so a request knows whether the campaign its instance keeps is
   * still the stored one (CampaignService.current) without another round trip.
   */
  async check(sessionId: string): Promise<SessionCheck> {
    this.checkQuery ??= sessionCheck(this.subjects);
    const [row] = await this.checkQuery.raw<SessionCheckRow>(this.dataSource.manager, { id: sessionId, now: realNow() });
    if (!row) return { live: false, campaign: null };
    const column = `live_${row.subjectType}` as const;
    const live = column in row ? truthy(row[column]) : true;
    const campaign = row.campaignId === null ? null : { id: Number(row.campaignId), revision: Number(row.campaignRevision) };
    return { live, campaign };
  }

  private async end(manager: EntityManager, session: AuthSession, reason: SessionRevokeReason, actor: string): Promise<void> {
    await manager.update(AuthSession, { id: session.id }, { revokedAt: realNow(), revokedReason: reason });
    await this.audit.record(manager, {
      actor,
      action: `session.${reason}`,
      entity: 'auth_session',
      entityId: session.id,
      after: { subjectType: session.subjectType, subjectId: session.subjectId, reason },
    });
  }

  private async pair(principal: Principal, sid: string, refreshToken: string, refreshExpiresAt: Date, now: Date): Promise<LoginResult> {
    const claims: AccessClaims = { p: principal, sid };
    const accessToken = await this.jwt.signAsync(claims);
    const { exp, iat } = this.jwt.decode<{ exp: number; iat: number }>(accessToken);
    return {
      accessToken,
      expiresIn: exp - iat,
      principal,
      refreshToken,
      refreshExpiresIn: Math.max(0, Math.floor((refreshExpiresAt.getTime() - now.getTime()) / 1000)),
    };
  }
}

/** `<session id>.<256 random bits>`: the id lets a refresh find its session by primary key. */
function newRefreshToken(sessionId: string): string {
  return `${sessionId}.${randomBytes(32).toString('base64url')}`;
}
