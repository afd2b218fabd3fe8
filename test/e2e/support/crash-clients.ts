import { randomBytes } from 'node:crypto';
import { creditCodeCheckChar } from '@cacem/shared';
import { PDFDocument } from 'pdf-lib';
import { zipFixture } from '../../../server/test/support/material-files.js';
import { api } from './api.js';
import { login } from './season.js';

/**
 * The crowd of crash-safety.e2e.ts (and durability.e2e.ts): teams whose declarants upload declaration materials and
 * whose members send on-site records with photos, all at once over real HTTP. Here: the teams, their people, and the
 * random files they send. What each kind of client writes is in crowd-writes.ts, how the crowd runs in crowd-run.ts,
 * how what it stored is read back in crowd-verify.ts.
 */

export { sha256 } from './file-hashes.js';
export const between = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));

/** A JPEG by its magic bytes (the server sniffs content) with random bytes after it, so each has its own SHA-256. */
export function photoBytes(): Buffer {
  return Buffer.concat([Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'), randomBytes(between(50, 120) * 1024), Buffer.from('ffd9', 'hex')]);
}

/** A valid one-page PDF carrying random bytes as an attachment. */
export async function pdfBytes(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]);
  await doc.attach(randomBytes(between(100, 300) * 1024), 'data.bin', { mimeType: 'application/octet-stream' });
  return Buffer.from(await doc.save());
}

/** A .pptx skeleton (what the server checks for) with random bytes as a media part. */
export function pptxBytes(): Buffer {
  return zipFixture({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>',
    'ppt/presentation.xml': '<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>',
    'ppt/media/blob.bin': randomBytes(between(100, 300) * 1024),
  });
}

export interface CrowdTeam {
  teamId: number;
  applicationId: number;
  declarantToken: string;
  members: Array<{ memberId: number; token: string }>;
}

/** `teams` enterprises, each with a team, a draft application and `membersPerTeam` members who joined by invite. */
export async function prepareCrowd(base: string, teams: number, membersPerTeam: number, tag: string): Promise<CrowdTeam[]> {
  const secretariat = await login(base, 'mishuchu', 'Demo@2026');
  const units = await api<{ items: Array<{ id: number }> }>(base, 'GET', '/recommending-units');
  return Promise.all(
    Array.from({ length: teams }, async (_, t) => {
      const card = await api<{ cardNo: string; password: string }>(base, 'POST', '/registration-cards', { token: secretariat, json: { enterpriseName: `${tag}崩溃测试建设有限公司${t + 1}` } });
      const token = (await api<{ accessToken: string }>(base, 'POST', '/auth/card-login', { json: { cardNo: card.cardNo, password: card.password } })).accessToken;
      const body = `9111010${String(900 + t).padStart(10, '0')}`;
      await api(base, 'PUT', '/enterprises/me/credit-code', { token, json: { creditCode: body + creditCodeCheckChar(body) } });
      const team = await api<{ id: number }>(base, 'POST', '/teams', { token, json: { name: `${tag}钢筋班组${t + 1}`, kind: 'construction_crew' } });
      const application = await api<{ id: number }>(base, 'PUT', `/teams/${team.id}/application`, {
        token,
        json: {
          recommendingUnitId: units.items[t % units.items.length]!.id,
          profile: { leaderName: '王建国', leaderMobile: '13800138000', memberCount: membersPerTeam, specialty: '钢筋工程', projectName: '城市轨道交通工程', introduction: '班组简介' },
          declarations: { isBasicFormalUnit: true, declaresNoAccidentsInThreeYears: true, hasActivityPlan: true, hasImplementationPlan: true },
        },
      });
      const invite = await api<{ code: string }>(base, 'POST', `/teams/${team.id}/invites`, { token });
      const members = await Promise.all(
        Array.from({ length: membersPerTeam }, async (_, m) => {
          const joined = await api<{ accessToken: string; memberId: number }>(base, 'POST', '/auth/join', { json: { inviteCode: invite.code, name: `成员${t + 1}-${m + 1}` } });
          return { memberId: joined.memberId, token: joined.accessToken };
        }),
      );
      return { teamId: team.id, applicationId: application.id, declarantToken: token, members };
    }),
  );
}
