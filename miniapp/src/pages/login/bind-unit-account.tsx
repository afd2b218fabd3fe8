import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { authApi, errorText, type LoginResult } from '../../api';

export interface BindUnitAccountProps {
  /** The unbound WeChat's ticket from /auth/wechat-login. */
  ticket: string;
  onBound: (result: LoginResult) => Promise<void>;
}

/** 绑定推荐单位账号: the contact types the 8-character code the secretariat gave them. */
export function BindUnitAccount({ ticket, onBound }: BindUnitAccountProps) {
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const bind = async () => {
    const bindCode = code.trim();
    if (bindCode === '') {
      setError('请输入绑定码');
      return;
    }
    setError('');
    setBusy(true);
    try {
      await onBound(await authApi.bind(bindCode, ticket));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <View className="qt-actions">
        <Button size="large" block data-testid="login-unbound-bind" onClick={() => setOpen(true)}>
          绑定推荐单位账号
        </Button>
      </View>
    );
  }
  return (
    <View className="qt-login__bind" data-testid="login-bind">
      <Text className="qt-login__unbound-text">请输入秘书处提供的 8 位绑定码：</Text>
      <Input value={code} maxLength={8} placeholder="绑定码" onChange={setCode} data-testid="login-bind-code" />
      {error !== '' && (
        <Text className="qt-error" data-testid="login-bind-error">
          {error}
        </Text>
      )}
      <View className="qt-actions">
        <Button type="primary" size="large" block loading={busy} disabled={busy} data-testid="login-bind-submit" onClick={() => void bind()}>
          绑定并登录
        </Button>
      </View>
    </View>
  );
}
