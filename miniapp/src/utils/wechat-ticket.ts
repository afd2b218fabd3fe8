import Taro from '@tarojs/taro';

const TICKET_KEY = 'qt.wechatTicket';

/**
 * The server's short-lived ticket for a WeChat not yet bound to anyone: kept only until it expires,
 * so that joining a team or a card login right after can bind this WeChat.
 */
export function saveWechatTicket(ticket: string, expiresInSeconds: number, now: number = Date.now()): void {
  Taro.setStorageSync(TICKET_KEY, JSON.stringify({ ticket, expiresAt: now + expiresInSeconds * 1000 }));
}

export function getWechatTicket(now: number = Date.now()): string | null {
  const raw: unknown = Taro.getStorageSync(TICKET_KEY);
  if (!raw || typeof raw !== 'string') return null;
  try {
    const { ticket, expiresAt } = JSON.parse(raw) as { ticket: string; expiresAt: number };
    if (expiresAt > now) return ticket;
  } catch {
    // fall through: an unreadable ticket is no ticket
  }
  clearWechatTicket();
  return null;
}

export function clearWechatTicket(): void {
  Taro.removeStorageSync(TICKET_KEY);
}

/** The invite code inside a scanned QR: the join path `/pages/join/index?code=XXXX`, or a bare code. */
export function inviteCodeFromScan(scanned: string): string | null {
  const match = /[?&]code=([A-Za-z0-9-]+)/.exec(scanned);
  if (match) return match[1]!;
  const bare = scanned.trim();
  return /^[A-Za-z0-9]{6,12}$/.test(bare) ? bare : null;
}
