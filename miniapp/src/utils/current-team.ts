import Taro from '@tarojs/taro';
import type { Id, Principal } from '../api/types';

const CURRENT_TEAM_KEY = 'qt.currentTeam';

export interface CurrentTeam {
  id: Id;
  name: string;
}

/** The team a declarant last opened; a member always works in their own team. */
export function currentTeamOf(principal: Principal | null): CurrentTeam | null {
  if (!principal) return null;
  if (principal.role === 'member') {
    const saved = readSaved();
    return { id: principal.teamId, name: saved && String(saved.id) === String(principal.teamId) ? saved.name : '' };
  }
  if (principal.role === 'declarant') return readSaved();
  return null;
}

export function rememberCurrentTeam(team: CurrentTeam): void {
  Taro.setStorageSync(CURRENT_TEAM_KEY, JSON.stringify(team));
}

function readSaved(): CurrentTeam | null {
  const raw: unknown = Taro.getStorageSync(CURRENT_TEAM_KEY);
  if (!raw || typeof raw !== 'string') return null;
  try {
    return JSON.parse(raw) as CurrentTeam;
  } catch {
    return null;
  }
}
