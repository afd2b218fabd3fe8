import type { LoginResult } from '../../api';

export interface WechatLoginProps {
  /** The WeChat is bound: log in with the returned session. */
  onBound: (result: LoginResult) => Promise<void>;
  /** Not bound yet: the ticket lets the next login or join bind it. */
  onUnbound: (wechatTicket: string) => void;
  onError: (message: string) => void;
}

/** Outside the mini-program there is no WeChat login (see wechat-login.weapp.tsx). */
export function WechatLogin(_props: WechatLoginProps) {
  return null;
}

/** Scanning an invite QR needs the mini-program; in a browser the link opens the join page directly. */
export const CAN_SCAN = false;
