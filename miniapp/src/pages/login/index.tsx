import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Form, Input, Tabs } from '@nutui/nutui-react-taro';
import { ERROR_MESSAGES, LOGIN_CODE_LENGTH, isWellFormedCardNo, normalizeCardNo } from '@cacem/shared';
import { authApi, enterpriseApi, errorText, saveSession, type LoginResult } from '../../api';
import { ROUTES, landingAfterLogin, openPage } from '../../utils/routes';
import { clearWechatTicket, getWechatTicket, inviteCodeFromScan } from '../../utils/wechat-ticket';
import { SubmitBar } from '../../components/submit-bar';
import { PRIVACY_PAGE } from '../../privacy/consent';
import { BindUnitAccount } from './bind-unit-account';
import { CAN_SCAN, WechatLogin } from './wechat-login';
import './index.scss';
import { DIGITS_KEYBOARD } from '../../utils/keyboard';

type LoginTab = 'card' | 'account' | 'member';

/** The one-time member login code is for browsers; in the mini-program members use WeChat. */
const MEMBER_CODE_LOGIN = process.env.TARO_ENV !== 'weapp';

interface CardLoginValues {
  cardNo: string;
  password: string;
}

interface AccountLoginValues {
  username: string;
  password: string;
}

async function goAfterLogin(result: LoginResult): Promise<void> {
  saveSession(result.accessToken, result.principal, result);
  clearWechatTicket();
  let hasCreditCode = false;
  if (result.principal.role === 'declarant') {
    try {
      hasCreditCode = (await enterpriseApi.mine()).creditCode !== null;
    } catch {
      // The enterprise page loads (and reports) the same data again.
    }
  }
  await openPage(landingAfterLogin(result.principal, hasCreditCode), 'redirect');
}

const loginCodeRule = (_rule: unknown, value: string | undefined) => new RegExp(`^\\d{${LOGIN_CODE_LENGTH}}$`).test((value ?? '').trim());

export default function LoginPage() {
  const [tab, setTab] = useState<LoginTab>('card');
  const [error, setError] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [ticket, setTicket] = useState<string | null>(() => getWechatTicket());
  const [cardForm] = Form.useForm();
  const [accountForm] = Form.useForm();
  const [memberForm] = Form.useForm();

  useDidShow(() => setTicket(getWechatTicket()));

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
    run(() => authApi.cardLogin(normalizeCardNo(values.cardNo), values.password, getWechatTicket()));

  const onAccountLogin = (values: AccountLoginValues) =>
    run(() => authApi.login(values.username.trim(), values.password, getWechatTicket()));

  const onMemberLogin = (values: { loginCode: string }) => run(() => authApi.memberLogin(values.loginCode.trim()));

  const switchTab = (value: LoginTab) => {
    setTab(value);
    setError('');
  };

  const scanInvite = async () => {
    try {
      const scanned = await Taro.scanCode({ onlyFromCamera: false, scanType: ['qrCode'] });
      const code = inviteCodeFromScan(scanned.path || scanned.result || '');
      if (!code) {
        setError('这不是班组邀请二维码，请扫描申报企业出示的邀请码');
        return;
      }
      void Taro.navigateTo({ url: `${ROUTES.join}?code=${encodeURIComponent(code)}` });
    } catch {
      // Cancelled by the person: nothing to say.
    }
  };

  const formOf = { card: cardForm, account: accountForm, member: memberForm };

  return (
    <View className="qt-page qt-login">
      <Text className="qt-page__title">登录</Text>
      <WechatLogin onBound={goAfterLogin} onUnbound={setTicket} onError={setError} />

      {ticket !== null && (
        <View className="qt-card qt-login__unbound" data-testid="login-unbound">
          <Text className="qt-login__unbound-text">
            该微信还没有绑定账号。班组成员请加入班组；申报企业请在下方用报名卡登录，登录后自动绑定本微信；推荐单位联系人请输入秘书处提供的绑定码。
          </Text>
          <View className="qt-actions">
            <Button type="primary" size="large" block data-testid="login-unbound-join" onClick={() => void Taro.navigateTo({ url: ROUTES.join })}>
              加入班组（输入邀请码）
            </Button>
            {CAN_SCAN && (
              <Button size="large" block data-testid="login-unbound-scan" onClick={() => void scanInvite()}>
                扫描邀请二维码
              </Button>
            )}
            <Button size="large" block data-testid="login-unbound-card" onClick={() => switchTab('card')}>
              报名卡登录
            </Button>
          </View>
          <BindUnitAccount ticket={ticket} onBound={goAfterLogin} />
        </View>
      )}

      <Tabs className="qt-login__tabs" value={tab} onChange={(value) => switchTab(value as LoginTab)} duration={0}>
        <Tabs.TabPane title="报名卡登录" value="card">
          <Form className="qt-login__form" form={cardForm} labelPosition="top" onFinish={(values: CardLoginValues) => void onCardLogin(values)}>
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
              <Input name="cardNo" {...DIGITS_KEYBOARD} placeholder="10 位数字，印在报名卡上" data-testid="login-card-no" />
            </Form.Item>
            <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
              <Input name="cardPassword" type="password" placeholder="报名卡上的密码" data-testid="login-card-password" />
            </Form.Item>
          </Form>
          <Text className="qt-hint">申报企业使用秘书处发放的报名卡登录。</Text>
        </Tabs.TabPane>
        <Tabs.TabPane title="账号登录" value="account">
          <Form className="qt-login__form" form={accountForm} labelPosition="top" onFinish={(values: AccountLoginValues) => void onAccountLogin(values)}>
            <Form.Item label="账号" name="username" rules={[{ required: true, message: '请输入账号' }]}>
              <Input name="username" placeholder="秘书处、推荐单位或专家账号" data-testid="login-username" />
            </Form.Item>
            <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
              <Input name="password" type="password" placeholder="请输入密码" data-testid="login-password" />
            </Form.Item>
          </Form>
        </Tabs.TabPane>
        {MEMBER_CODE_LOGIN && (
          <Tabs.TabPane title="班组成员登录" value="member">
            <Form className="qt-login__form" form={memberForm} labelPosition="top" onFinish={(values: { loginCode: string }) => void onMemberLogin(values)}>
              <Form.Item
                label="登录码"
                name="loginCode"
                rules={[
                  { required: true, message: '请输入登录码' },
                  { validator: loginCodeRule, message: `登录码为 ${LOGIN_CODE_LENGTH} 位数字` },
                ]}
              >
                <Input name="loginCode" {...DIGITS_KEYBOARD} maxLength={LOGIN_CODE_LENGTH} placeholder="申报企业给您的 6 位数字" data-testid="login-member-code" />
              </Form.Item>
            </Form>
            <Text className="qt-hint">登录码由申报企业在“班组成员”页面生成，只能使用一次。</Text>
          </Tabs.TabPane>
        )}
      </Tabs>

      <SubmitBar label="登录" submitting={submitting} onSubmit={() => formOf[tab].submit()} error={error} testIdPrefix="login" />
      <View className="qt-login__join">
        <Text className="qt-login__join-link" data-testid="login-go-join" onClick={() => void Taro.navigateTo({ url: ROUTES.join })}>
          有邀请码？加入班组
        </Text>
      </View>
      <View className="qt-login__privacy">
        <Text className="qt-login__privacy-link" data-testid="login-privacy" onClick={() => void Taro.navigateTo({ url: PRIVACY_PAGE })}>
          隐私保护指引
        </Text>
      </View>
    </View>
  );
}
