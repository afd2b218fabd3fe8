import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { authApi, errorText, saveSession } from '../../api';
import { ROUTES, openPage } from '../../utils/routes';
import { clearWechatTicket, getWechatTicket } from '../../utils/wechat-ticket';
import { JoinForm, type JoinFormValues } from './join-form';
import './index.scss';

/** Reached from the team's invite QR (`/pages/join/index?code=XXXX`) or from the login page. */
export default function JoinPage() {
  const router = useRouter();
  const initialCode = decodeURIComponent(router.params.code ?? '');

  const join = async ({ inviteCode, name, mobile }: JoinFormValues) => {
    try {
      const result = await authApi.join({ inviteCode, name, ...(mobile ? { mobile } : {}), wechatTicket: getWechatTicket() });
      saveSession(result.accessToken, result.principal, result);
      clearWechatTicket();
    } catch (e) {
      throw new Error(errorText(e), { cause: e });
    }
    void Taro.showToast({ title: '已加入班组', icon: 'success' });
    void openPage(ROUTES.home);
  };

  return (
    <View className="qt-page qt-join">
      <Text className="qt-page__title">加入班组</Text>
      <Text className="qt-page__subtitle">输入申报企业给您的邀请码，填写姓名即可加入。</Text>
      <View className="qt-card">
        <JoinForm initialCode={initialCode} onSubmit={join} />
      </View>
    </View>
  );
}
