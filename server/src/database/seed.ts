import { randomInt } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CampaignSettings, checkCampaignSettings, cardNoFromBody } from '@cacem/shared';
import argon2 from 'argon2';
import type { DataSource, EntityManager } from 'typeorm';
import { type AccountRole } from '../modules/access/index.js';
import { UserAccount } from '../modules/account/user-account.entity.js';
import { HASH_OPTIONS } from '../modules/auth/password-hashing.js';
import { Campaign } from '../modules/campaign/campaign.entity.js';
import { Enterprise } from '../modules/enterprise/enterprise.entity.js';
import { RecommendingUnit } from '../modules/recommending-unit/recommending-unit.entity.js';
import { RegistrationCard } from '../modules/registration-card/registration-card.entity.js';
import { Team } from '../modules/team/team.entity.js';
import { MemberLoginCode } from '../modules/member/member-login-code.entity.js';
import { hashLoginCode } from '../modules/member/member.service.js';
import { TeamInvite } from '../modules/member/team-invite.entity.js';
import { TeamMember } from '../modules/member/team-member.entity.js';

export class SeedDataError extends Error {}

/** Campaign settings from config/campaigns/<year>.json, each validated by the shared rules. */
export function readCampaignSettings(configDir: string): CampaignSettings[] {
  const dir = join(configDir, 'campaigns');
  return readdirSync(dir)
    .filter((f) => /^\d{4}\.json$/.test(f))
    .sort()
    .map((file) => {
      const settings = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CampaignSettings;
      const problems = checkCampaignSettings(settings);
      if (problems.length) throw new SeedDataError(`活动设置 ${file} 无效：${problems.join('；')}`);
      return settings;
    });
}

export function readRecommendingUnits(configDir: string): Array<{ seq: number; name: string }> {
  const data = JSON.parse(readFileSync(join(configDir, 'recommending-units.json'), 'utf8')) as { units: Array<{ seq: number; name: string }> };
  return data.units;
}

/** Reference data every install starts with: the campaigns and the 70 recommending units of Annex 2. Idempotent. */
export async function seedReferenceData(dataSource: DataSource, configDir: string): Promise<void> {
  const campaigns = readCampaignSettings(configDir);
  const units = readRecommendingUnits(configDir);
  await dataSource.transaction(async (manager) => {
    for (const settings of campaigns) {
      const existing = await manager.findOneBy(Campaign, { year: settings.year });
      // Settings edited by the secretariat in the database win over the file after the first seed.
      if (!existing) await manager.save(manager.create(Campaign, { year: settings.year, name: settings.name, settings }));
    }
    for (const unit of units) {
      const existing = await manager.findOneBy(RecommendingUnit, { seq: unit.seq });
      if (!existing) await manager.save(manager.create(RecommendingUnit, { ...unit, active: true }));
    }
  });
}

export interface DemoAccount {
  role: string;
  login: string;
  password: string;
  note: string;
}

export const DEMO_PASSWORD = 'Demo@2026';
export const DEMO_CARD_PASSWORD = 'DEMO2026KP';
const DEMO_ENTERPRISE = '示例建设集团第一工程有限公司';
const DEMO_CREDIT_CODE = '91350100M000100Y43';

async function ensureAccount(
  manager: EntityManager,
  username: string,
  role: AccountRole,
  displayName: string,
  extra: Partial<UserAccount> = {},
): Promise<void> {
  if (await manager.findOneBy(UserAccount, { username })) return;
  const passwordHash = await argon2.hash(DEMO_PASSWORD, HASH_OPTIONS);
  await manager.save(manager.create(UserAccount, { username, role, displayName, passwordHash, active: true, recommendingUnitId: null, teamId: null, ...extra }));
}

/**
 * The demo team's leader, a standing invite code, and a fresh one-time web login code for the leader (a login code
 * is spent when used, so each start prints a new one).
 */
async function ensureDemoMember(manager: EntityManager, teamId: number, cardId: number): Promise<{ inviteCode: string; loginCode: string }> {
  let member = await manager.findOneBy(TeamMember, { teamId, name: '张建国' });
  if (!member) member = await manager.save(manager.create(TeamMember, { teamId, name: '张建国', role: 'leader', mobile: '13800138000', removedAt: null }));
  const inviteCode = 'BANZU226';
  if (!(await manager.findOneBy(TeamInvite, { code: inviteCode }))) {
    await manager.save(manager.create(TeamInvite, { teamId, code: inviteCode, expiresAt: new Date('2099-12-31T00:00:00Z'), createdByCardId: cardId }));
  }
  const loginCode = String(100000 + randomInt(900000));
  await manager.delete(MemberLoginCode, { memberId: member.id });
  await manager.delete(MemberLoginCode, { codeHash: hashLoginCode(loginCode) });
  await manager.save(manager.create(MemberLoginCode, { memberId: member.id, codeHash: hashLoginCode(loginCode), expiresAt: new Date(Date.now() + 24 * 3600_000), usedAt: null }));
  return { inviteCode, loginCode };
}

/** Demo people of every role, for the embedded default only. Idempotent; returns what to print. */
export async function seedDemo(dataSource: DataSource): Promise<DemoAccount[]> {
  return dataSource.transaction(async (manager) => {
    const [campaign] = await manager.find(Campaign, { order: { year: 'DESC' }, take: 1 });
    if (!campaign) throw new SeedDataError('没有年度活动，无法创建演示数据');
    const cardNo = cardNoFromBody(`${campaign.year}00001`);
    let card = await manager.findOneBy(RegistrationCard, { cardNo });
    if (!card) {
      const enterprise = await manager.save(manager.create(Enterprise, { name: DEMO_ENTERPRISE, creditCode: DEMO_CREDIT_CODE }));
      card = await manager.save(
        manager.create(RegistrationCard, {
          cardNo,
          campaignId: campaign.id,
          serial: 1,
          enterpriseId: enterprise.id,
          passwordHash: await argon2.hash(DEMO_CARD_PASSWORD, HASH_OPTIONS),
          issuedById: null,
          firstLoginAt: null,
          lastLoginAt: null,
        }),
      );
      await manager.save(manager.create(Team, { enterpriseId: enterprise.id, name: '钢筋加工一班', kind: 'construction_crew' }));
    }
    const team = await manager.findOneByOrFail(Team, { enterpriseId: card.enterpriseId, name: '钢筋加工一班' });
    const unit = await manager.findOneByOrFail(RecommendingUnit, { seq: 1 });
    await ensureAccount(manager, 'mishuchu', 'secretariat', '秘书处演示账号');
    await ensureAccount(manager, 'tuijian01', 'recommender', `${unit.name}联系人`, { recommendingUnitId: unit.id });
    await ensureAccount(manager, 'zhuanjia01', 'expert', '演示专家');
    const { inviteCode, loginCode } = await ensureDemoMember(manager, team.id, card.id);
    return [
      { role: '秘书处', login: 'mishuchu', password: DEMO_PASSWORD, note: '账号登录；发放报名卡' },
      { role: '申报企业', login: cardNo, password: DEMO_CARD_PASSWORD, note: `报名卡登录；${DEMO_ENTERPRISE}` },
      { role: '推荐单位联系人', login: 'tuijian01', password: DEMO_PASSWORD, note: `账号登录；${unit.name}` },
      { role: '专家', login: 'zhuanjia01', password: DEMO_PASSWORD, note: '账号登录' },
      { role: '班组成员', login: loginCode, password: '（一次性登录码）', note: `网页“班组成员登录”；张建国，钢筋加工一班；新成员可用邀请码 ${inviteCode} 加入` },
    ];
  });
}
