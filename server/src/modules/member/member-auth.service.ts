import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeInviteCode } from '@cacem/shared';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { DomainException } from '../../common/domain.exception.js';
import { AuditService } from '../audit/index.js';
import { AuthService, type LoginResult } from '../auth/index.js';
import { findTeam, type Team } from '../team/index.js';
import { WechatBindingService } from '../wechat/index.js';
import type { JoinTeamDto } from './dto/join-team.dto.js';
import { memberPrincipal } from './member-principal.js';
import { MemberLoginCode } from './member-login-code.entity.js';
import type { MemberJoinResult } from './member.schemas.js';
import { hashLoginCode } from './member.service.js';
import { TeamInvite } from './team-invite.entity.js';
import { TeamMember } from './team-member.entity.js';

const inviteInvalid = () => new DomainException('INVITE_CODE_INVALID', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'inviteCode' });
/** The team a row just read names (invite, member): it exists. */
async function requiredTeam(manager: EntityManager, id: number): Promise<Team> {
  const team = await findTeam(manager, id);
  if (!team) throw new Error(`team ${id} is missing`);
  return team;
}

const loginCodeInvalid = () => new DomainException('LOGIN_CODE_INVALID', HttpStatus.UNAUTHORIZED, { field: 'loginCode' });

@Injectable()
export class MemberAuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly wechat: WechatBindingService,
  ) {}

  /** A person joins a team with the invite code the declarant shared, and is logged in as its member. */
  async join(dto: JoinTeamDto): Promise<MemberJoinResult> {
    const now = this.clock.now();
    const { member, team } = await this.dataSource.transaction(async (manager) => {
      const invite = await manager.findOneBy(TeamInvite, { code: normalizeInviteCode(dto.inviteCode) });
      if (!invite || invite.expiresAt <= now) throw inviteInvalid();
      const team = await requiredTeam(manager, invite.teamId);
      const member = await manager.save(manager.create(TeamMember, { teamId: team.id, name: dto.name, role: 'member', mobile: dto.mobile ?? null, removedAt: null }));
      await this.audit.record(manager, { actor: `member:${member.id}`, action: 'member.join', entity: 'team_member', entityId: member.id, after: { teamId: team.id, name: member.name, inviteId: invite.id } });
      // Joining from the mini-program binds the member's WeChat, so the next time WeChat login alone suffices.
      await this.wechat.bindFromTicket(manager, dto.wechatTicket, { type: 'member', id: member.id });
      return { member, team };
    });
    return { ...(await this.auth.issue(memberPrincipal(member, team))), memberId: member.id };
  }

  /** A member logs in on the web with a one-time code; the code is spent even if the member logs in again later. */
  async loginWithCode(loginCode: string): Promise<LoginResult> {
    const now = this.clock.now();
    const { member, team } = await this.dataSource.transaction(async (manager) => {
      const code = await manager.findOneBy(MemberLoginCode, { codeHash: hashLoginCode(loginCode.replace(/\s/g, '')) });
      if (!code || code.usedAt || code.expiresAt <= now) throw loginCodeInvalid();
      // Spend the code with a conditional update, so two logins racing with the same code cannot both succeed.
      const spent = await manager.update(MemberLoginCode, { id: code.id, usedAt: IsNull() }, { usedAt: now });
      if (!spent.affected) throw loginCodeInvalid();
      const member = await manager.findOneBy(TeamMember, { id: code.memberId, removedAt: IsNull() });
      if (!member) throw loginCodeInvalid();
      const team = await requiredTeam(manager, member.teamId);
      await this.audit.record(manager, { actor: `member:${member.id}`, action: 'member.login_with_code', entity: 'team_member', entityId: member.id });
      return { member, team };
    });
    return this.auth.issue(memberPrincipal(member, team));
  }
}
