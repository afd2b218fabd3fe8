import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Form, Input, Tabs } from '@nutui/nutui-react-taro';
import { ERROR_MESSAGES, isWellFormedCardNo, normalizeCardNo } from '@cacem/shared';
import { authApi, enterpriseApi, errorText, saveSession, type LoginResult } from '../../api';
import { landingAfterLogin } from '../../utils/routes';
import './index.scss';
import { SubmitBar } from '../../components/submit-bar';

type LoginTab = 'card' | 'account';

interface CardLoginValues {
  cardNo: string;
  password: string;
}

interface AccountLoginValues {
  username: string;
  password: string;
}

async function goAfterLogin(result: LoginResult): Promise<void> {
  saveSession(result.accessToken, result.principal);
  let hasCreditCode = false;
  if (result.principal.role === 'declarant') {
    try {
      hasCreditCode = (await enterpriseApi.mine()).creditCode !== null;
    } catch {
      // The enterprise page loads (and reports) the same data again.
    }
  }
  await Taro.redirectTo({ url: landingAfterLogin(result.principal, hasCreditCode) });
}

export default function LoginPage() {
  const [tab, setTab] = useState<LoginTab>('card');
  const [error, setError] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [cardForm] = Form.useForm();
  const [accountForm] = Form.useForm();

  const run = async (login: () => Promise<LoginResult>) => {
    setError('');
    setSubmitting(true);
    try {
      await goAfterLogin(await login());
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSubmitting(false);
    }
  };

  const onCardLogin = (values: CardLoginValues) =>
    run(() => authApi.cardLogin(normalizeCardNo(values.cardNo), values.password));

  const onAccountLogin = (values: AccountLoginValues) =>
    run(() => authApi.login(values.username.trim(), values.password));

  const switchTab = (value: LoginTab) => {
    setTab(value);
    setError('');
  };

  return (
    <View className="qt-page qt-login">
      <Text className="qt-page__title">登录</Text>
      <Tabs
        className="qt-login__tabs"
        value={tab}
        onChange={(value) => switchTab(value as LoginTab)}
        duration={0}
      >
        <Tabs.TabPane title="报名卡登录" value="card">
          <Form
            className="qt-login__form"
            form={cardForm}
            labelPosition="top"
            onFinish={(values: CardLoginValues) => void onCardLogin(values)}
          >
            <Form.Item
              label="报名卡号"
              name="cardNo"
              rules={[
                { required: true, message: '请输入报名卡号' },
                {
                  validator: (_rule, value: string | undefined) => !value || isWellFormedCardNo(value),
                  message: ERROR_MESSAGES.CARD_NO_MALFORMED,
                },
              ]}
            >
              <Input name="cardNo" type="digit" placeholder="10 位数字，印在报名卡上" data-testid="login-card-no" />
            </Form.Item>
            <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
              <Input name="cardPassword" type="password" placeholder="报名卡上的密码" data-testid="login-card-password" />
            </Form.Item>
          </Form>
          <Text className="qt-hint">申报企业使用秘书处发放的报名卡登录。</Text>
        </Tabs.TabPane>
        <Tabs.TabPane title="账号登录" value="account">
          <Form
            className="qt-login__form"
            form={accountForm}
            labelPosition="top"
            onFinish={(values: AccountLoginValues) => void onAccountLogin(values)}
          >
            <Form.Item label="账号" name="username" rules={[{ required: true, message: '请输入账号' }]}>
              <Input name="username" placeholder="秘书处、推荐单位或专家账号" data-testid="login-username" />
            </Form.Item>
            <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
              <Input name="password" type="password" placeholder="请输入密码" data-testid="login-password" />
            </Form.Item>
          </Form>
        </Tabs.TabPane>
      </Tabs>

      <SubmitBar label="登录" submitting={submitting} onSubmit={() => (tab === 'card' ? cardForm : accountForm).submit()} error={error} testIdPrefix="login" />
    </View>
  );
}
