import { api } from '../../e2e/support/api.js';
import type { MiniProgram } from '../runtime/mini-program.js';

export interface Session {
  accessToken: string;
  refreshToken?: string;
  expiresIn: number;
  principal: Record<string, unknown> & { role: string; teamId?: number };
}

/** Logs in through the API (the login screens have journeys of their own). */
export const accountLogin = (base: string, username: string, password: string) => api<Session>(base, 'POST', '/auth/login', { json: { username, password } });
export const cardLogin = (base: string, cardNo: string, password: string) => api<Session>(base, 'POST', '/auth/card-login', { json: { cardNo, password } });
export const memberLogin = (base: string, loginCode: string) => api<Session>(base, 'POST', '/auth/member-login', { json: { loginCode } });

/** Puts a session on the phone where the mini-program keeps it (miniapp/src/api/session.ts), as after a login. */
export function signIn(mp: MiniProgram, session: Session): void {
  const storage = mp.wx.storage;
  storage.set('qt.principal', JSON.stringify(session.principal));
  storage.set('qt.accessToken', session.accessToken);
  if (session.refreshToken) storage.set('qt.refreshToken', session.refreshToken);
  storage.set('qt.accessExpiresAt', Date.now() + session.expiresIn * 1000);
}
