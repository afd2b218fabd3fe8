import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { errorText, teamApi } from '../../api';
import { ROUTES } from '../../utils/routes';
import { redirectIfUnauthenticated, useLoginRequired } from '../../utils/use-auth-guard';
import { TeamForm, type TeamFormValues } from './team-form';
import './index.scss';

export default function TeamNewPage() {
  useLoginRequired('declarant');
  const create = async ({ name, kind }: TeamFormValues) => {
    try {
      await teamApi.create(name, kind);
    } catch (e) {
      if (redirectIfUnauthenticated(e)) return;
      throw new Error(errorText(e), { cause: e });
    }
    void Taro.showToast({ title: '班组已创建', icon: 'success' });
    // Came from the status page: go back to it (it reloads on show) instead of stacking a second one.
    const pages = Taro.getCurrentPages();
    const previous = pages.length > 1 ? pages[pages.length - 2] : undefined;
    if (previous?.route?.includes('declarant/status')) void Taro.navigateBack();
    else void Taro.redirectTo({ url: ROUTES.status });
  };

  return (
    <View className="qt-page qt-team-new">
      <Text className="qt-page__title">新建班组</Text>
      <View className="qt-card">
        <TeamForm onSubmit={create} />
      </View>
    </View>
  );
}
