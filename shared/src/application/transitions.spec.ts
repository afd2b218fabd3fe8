import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { CampaignSettings } from '../campaign/campaign-settings.js';
import { type DomainError } from '../errors/domain-error.js';
import { APPLICATION_STATUSES, applicationStep, type ApplicationStatus } from './application-status.js';
import { assertTransition, canTransition, isFinalStatus, TRANSITIONS, transitionsFrom } from './transitions.js';

const settings = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../config/campaigns/2026.json'), 'utf8')) as CampaignSettings;
const on = (isoDate: string) => ({ settings, now: new Date(`${isoDate}T04:00:00Z`) });

function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected a DomainError');
}

describe('application status machine', () => {
  it('follows the five steps of 第八条 from draft to certificate', () => {
    const path: Array<[ApplicationStatus, ApplicationStatus, 'declarant' | 'recommender' | 'secretariat' | 'expert' | 'system', string]> = [
      ['draft', 'submitted', 'declarant', '2026-06-10'],
      ['submitted', 'recommended', 'recommender', '2026-06-20'],
      ['recommended', 'screened_in', 'secretariat', '2026-07-03'],
      ['screened_in', 'reviewed', 'system', '2026-07-20'],
      ['reviewed', 'invited', 'secretariat', '2026-07-30'],
      ['invited', 'presented', 'expert', '2026-08-20'],
      ['presented', 'graded', 'secretariat', '2026-09-25'],
      ['graded', 'certified', 'secretariat', '2026-10-15'],
    ];
    for (const [from, to, role, date] of path) expect(canTransition(from, to, role, on(date))).toBe(true);
  });

  it('lets only the recommending unit recommend or decline, and only in the registration window', () => {
    expect(canTransition('submitted', 'recommended', 'recommender')).toBe(true);
    expect(canTransition('submitted', 'declined', 'declarant')).toBe(false);
    expect(canTransition('submitted', 'recommended', 'recommender', on('2026-07-01'))).toBe(false);
    expect(canTransition('recommended', 'declined', 'recommender', on('2026-06-20'))).toBe(false);
  });

  it('after the window, changes a recommendation only through the secretariat', () => {
    const july = on('2026-07-05');
    expect(assertTransition('submitted', 'recommended', 'secretariat', july).action).toBe('recommendBySecretariat');
    expect(assertTransition('recommended', 'declined', 'secretariat', july).action).toBe('declineBySecretariat');
    expect(assertTransition('declined', 'recommended', 'secretariat', july).action).toBe('recommendBySecretariat');
    expect(assertTransition('submitted', 'recommended', 'recommender', on('2026-06-10')).action).toBe('recommend');
    expect(thrown(() => assertTransition('submitted', 'recommended', 'recommender', july)).code).toBe('TRANSITION_OUTSIDE_WINDOW');
  });

  it('lets the declarant withdraw before screening, never after', () => {
    for (const from of ['draft', 'submitted', 'recommended'] as const) expect(canTransition(from, 'withdrawn', 'declarant')).toBe(true);
    for (const from of ['screened_in', 'reviewed', 'invited', 'graded'] as const) expect(canTransition(from, 'withdrawn', 'declarant')).toBe(false);
  });

  it('reaches disqualified from every state after submission, by the secretariat only (第十五条)', () => {
    for (const from of APPLICATION_STATUSES) {
      const expected = !['draft', 'withdrawn', 'disqualified'].includes(from);
      expect({ from, allowed: canTransition(from, 'disqualified', 'secretariat') }).toEqual({ from, allowed: expected });
      expect(canTransition(from, 'disqualified', 'recommender')).toBe(false);
    }
  });

  it('treats an invited team that did not present as forfeited (视同放弃)', () => {
    expect(canTransition('invited', 'forfeited', 'expert', on('2026-08-20'))).toBe(true);
    expect(canTransition('invited', 'graded', 'secretariat')).toBe(false);
  });

  it('says why a move is refused: not allowed, wrong role, or outside the window', () => {
    const notAllowed = thrown(() => assertTransition('draft', 'graded', 'secretariat'));
    expect(notAllowed.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(notAllowed.message).toBe('申报当前为「填写中」，不能变为「已评定等级」');
    expect(thrown(() => assertTransition('draft', 'submitted', 'recommender')).code).toBe('TRANSITION_ROLE_FORBIDDEN');
    const late = thrown(() => assertTransition('draft', 'submitted', 'declarant', on('2026-07-02')));
    expect(late.code).toBe('TRANSITION_OUTSIDE_WINDOW');
    expect(late.message).toBe('此操作只能在报名与推荐阶段（2026-06-01 至 2026-06-30）进行');
    expect(assertTransition('draft', 'submitted', 'declarant', on('2026-06-30')).action).toBe('submit');
  });

  it('judges the window by the Beijing date: 30 June 23:30 in Beijing is still open', () => {
    expect(canTransition('draft', 'submitted', 'declarant', { settings, now: new Date('2026-06-30T15:30:00Z') })).toBe(true);
    expect(canTransition('draft', 'submitted', 'declarant', { settings, now: new Date('2026-06-30T16:30:00Z') })).toBe(false);
  });

  it('offers each role only its own moves', () => {
    expect(transitionsFrom('submitted', 'recommender').map((t) => t.to)).toEqual(['recommended', 'declined']);
    expect(transitionsFrom('submitted', 'secretariat').map((t) => t.action)).toEqual(['recommendBySecretariat', 'declineBySecretariat', 'disqualify']);
    expect(transitionsFrom('submitted', 'declarant').map((t) => t.to)).toEqual(['withdrawn']);
    expect(transitionsFrom('reviewed', 'secretariat', on('2026-07-20')).map((t) => t.to)).toEqual(['invited', 'not_invited', 'disqualified']);
  });

  it('has one entry per move and role, and only disqualified and withdrawn as dead ends', () => {
    const keys = TRANSITIONS.flatMap((t) => t.roles.map((role) => `${t.from}->${t.to}:${role}`));
    expect(new Set(keys).size).toBe(keys.length);
    expect(APPLICATION_STATUSES.filter(isFinalStatus)).toEqual(['disqualified', 'withdrawn']);
    for (const status of APPLICATION_STATUSES) expect(typeof applicationStep(status)).toBe('string');
  });
});
