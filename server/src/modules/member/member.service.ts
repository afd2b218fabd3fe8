import { createHash, randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { INVITE_CODE_ALPHABET, INVITE_CODE_LENGTH, LOGIN_CODE_LENGTH, MEMBER_ROLE_LABEL, randomCode, TEAM_KIND_LABEL } from '@cacem/shared';
import QRCode from 'qrcode';
import { type DataSource, IsNull, LessThan } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { notFound } from '../../common/domain.exception.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { AuditService } from '../audit/index.js';
import type { UpdateMemberDto } from './dto/update-member.dto.js';
import { MemberLoginCode } from './member-login-code.entity.js';
import type { MemberLoginCodeView, MemberProfile, TeamInviteView, TeamMemberView } from './member.schemas.js';
import { TeamInvite } from './team-invite.entity.js';
import { TeamMember } from './team-member.entity.js';
import { findTeam, type Team } from '../team/index.js';
import { wechatBoundIds } from '../wechat/index.js';

const INVITE_TTL_MS = 7 * 24 * 3600_000;
const LOGIN_CODE_TTL_MS = 24 * 3600_000;
const CODE_RETRIES = 5;

export const hashLoginCode = (code: string) => createHash('sha256').update(`member-login:${code}`).digest('hex');

export function memberView(member: TeamMember, wechatBound = false): TeamMemberView {
  return {
    id: member.id,
    name: member.name,
    role: member.role,
    roleLabel: MEMBER_ROLE_LABEL[member.role],
    mobile: member.mobile,
    joinedAt: member.joinedAt,
    wechatBound,
  };
}

@Injectable()
export class MemberService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, teamId: number): Promise<{ items: TeamMemberView[] }> {
    requireAccess(principal, 'team.read', await this.team(teamId));
    const members = await this.dataSource.getRepository(TeamMember).find({ where: { teamId, removedAt: IsNull() }, order: { role: 'ASC', id: 'ASC' } });
    const bound = await this.boundMemberIds(members.map((m) => m.id));
    return { items: members.map((m) => memberView(m, bound.has(m.id))) };
  }

  async update(principal: Principal, teamId: number, memberId: number, dto: UpdateMemberDto): Promise<TeamMemberView> {
    requireAccess(principal, 'team.manage', await this.team(teamId));
    return this.dataSource.transaction(async (manager) => {
      const member = await manager.findOneBy(TeamMember, { id: memberId, teamId, removedAt: IsNull() });
      if (!member) throw notFound('MEMBER_NOT_FOUND');
      const before = { name: member.name, role: member.role, mobile: member.mobile };
      const after = { name: dto.name, role: dto.role, mobile: dto.mobile ?? null };
      await manager.update(TeamMember, { id: member.id }, after);
      await this.audit.record(manager, { actor: actorOf(principal), action: 'member.update', entity: 'team_member', entityId: member.id, before, after });
      return memberView({ ...member, ...after });
    });
  }

  async remove(principal: Principal, teamId: number, memberId: number): Promise<void> {
    requireAccess(principal, 'team.manage', await this.team(teamId));
    await this.dataSource.transaction(async (manager) => {
      const member = await manager.findOneBy(TeamMember, { id: memberId, teamId, removedAt: IsNull() });
      if (!member) throw notFound('MEMBER_NOT_FOUND');
      await manager.update(TeamMember, { id: member.id }, { removedAt: this.clock.now() });
      await manager.delete(MemberLoginCode, { memberId: member.id });
      await this.audit.record(manager, { actor: actorOf(principal), action: 'member.remove', entity: 'team_member', entityId: member.id, before: memberView(member) });
    });
  }

  async createInvite(principal: Principal, teamId: number): Promise<TeamInviteView> {
    const declarant = requireAccess(principal, 'team.manage');
    requireAccess(principal, 'team.manage', await this.team(teamId));
    const expiresAt = new Date(this.clock.now().getTime() + INVITE_TTL_MS);
    const invite = await this.withFreshCode(async (code) =>
      this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(manager.create(TeamInvite, { teamId, code, expiresAt, createdByCardId: declarant.cardId }));
        await this.audit.record(manager, { actor: actorOf(principal), action: 'member.invite', entity: 'team', entityId: teamId, after: { expiresAt } });
        return saved;
      }),
      () => randomCode(INVITE_CODE_ALPHABET, INVITE_CODE_LENGTH, randomInt),
    );
    const joinPath = `/pages/join/index?code=${invite.code}`;
    return { code: invite.code, expiresAt: invite.expiresAt, joinPath, qrDataUrl: await QRCode.toDataURL(joinPath, { errorCorrectionLevel: 'M', margin: 2, width: 480 }) };
  }

  async createLoginCode(principal: Principal, teamId: number, memberId: number): Promise<MemberLoginCodeView> {
    requireAccess(principal, 'team.manage', await this.team(teamId));
    const member = await this.dataSource.getRepository(TeamMember).findOneBy({ id: memberId, teamId, removedAt: IsNull() });
    if (!member) throw notFound('MEMBER_NOT_FOUND');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + LOGIN_CODE_TTL_MS);
    const code = await this.withFreshCode(async (candidate) => {
      await this.dataSource.transaction(async (manager) => {
        // Spent and expired codes are cleared first so the six-digit space stays free; one live code per member.
        await manager.delete(MemberLoginCode, { expiresAt: LessThan(now) });
        await manager.delete(MemberLoginCode, { memberId: member.id });
        await manager.save(manager.create(MemberLoginCode, { memberId: member.id, codeHash: hashLoginCode(candidate), expiresAt, usedAt: null }));
        await this.audit.record(manager, { actor: actorOf(principal), action: 'member.login_code', entity: 'team_member', entityId: member.id, after: { expiresAt } });
      });
      return candidate;
    }, () => randomCode('0123456789', LOGIN_CODE_LENGTH, randomInt));
    return { code, expiresAt };
  }

  async me(principal: Principal): Promise<MemberProfile> {
    const member = requireAccess(principal, 'member.self');
    const row = await this.dataSource.getRepository(TeamMember).findOneBy({ id: member.memberId, removedAt: IsNull() });
    if (!row) throw notFound('MEMBER_NOT_FOUND');
    const team = requireAccess(principal, 'team.read', await this.team(row.teamId));
    const bound = await this.boundMemberIds([row.id]);
    return { member: memberView(row, bound.has(row.id)), team: { id: team.id, name: team.name, kind: team.kind, kindLabel: TEAM_KIND_LABEL[team.kind] } };
  }

  /** The team an action names, for requireAccess to check against the caller (null: there is none). */
  private team(id: number): Promise<Team | null> {
    return findTeam(this.dataSource.manager, id);
  }

  private async withFreshCode<T>(attempt: (code: string) => Promise<T>, generate: () => string): Promise<T> {
    for (let i = 1; ; i++) {
      try {
        return await attempt(generate());
      } catch (error) {
        if (isUniqueViolation(error) && i < CODE_RETRIES) continue;
        throw error;
      }
    }
  }

  private boundMemberIds(memberIds: number[]): Promise<Set<number>> {
    return wechatBoundIds(this.dataSource.manager, 'member', memberIds);
  }
}

