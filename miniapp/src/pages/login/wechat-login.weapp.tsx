import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { authApi, errorText, type LoginResult } from '../../api';
import { saveWechatTicket } from '../../utils/wechat-ticket';

export interface WechatLoginProps {
  onBound: (result: LoginResult) => Promise<void>;
  onUnbound: (wechatTicket: string) => void;
  onError: (message: string) => void;
}

export function WechatLogin({ onBound, onUnbound, onError }: WechatLoginProps) {
  const [busy, setBusy] = useState(false);

  const login = async () => {
    setBusy(true);
    onError('');
    try {
      // A wx.login code lasts five minutes and works once: ask for a fresh one on every tap.
      const { code } = await Taro.login();
      const answer = await authApi.wechatLogin(code);
      if (answer.status === 'bound') {
        await onBound(answer);
      } else {
        saveWechatTicket(answer.wechatTicket, answer.expiresIn);
        onUnbound(answer.wechatTicket);
      }
    } catch (e) {
      onError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="qt-login__wechat">
      <Button type="success" size="large" block loading={busy} disabled={busy} data-testid="login-wechat" onClick={() => void login()}>
        微信一键登录
      </Button>
    </View>
  );
}

export const CAN_SCAN = true;
