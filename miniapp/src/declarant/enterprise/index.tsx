import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { enterpriseApi, errorText } from '../../api';
import { ROUTES } from '../../utils/routes';
import { redirectIfUnauthenticated } from '../../utils/use-auth-guard';
import { useReloadOnShow } from '../../utils/use-reload-on-show';
import { useLoaded } from '../../utils/use-request';
import { CreditCodeForm } from './credit-code-form';
import './index.scss';

export default function EnterprisePage() {
  const loaded = useLoaded(() => enterpriseApi.mine(), []);
  useReloadOnShow(loaded);
  const { data: enterprise, error: loadError } = loaded;

  // Not useAction: the form shows its own failure under the field, so this rejects with the sentence to show.
  const record = async (creditCode: string) => {
    try {
      loaded.setData(await enterpriseApi.recordCreditCode(creditCode));
    } catch (e) {
      if (redirectIfUnauthenticated(e)) return;
      throw new Error(errorText(e), { cause: e });
    }
    void Taro.showToast({ title: '登记成功', icon: 'success' });
    void Taro.redirectTo({ url: ROUTES.status });
  };

  return (
    <View className="qt-page qt-enterprise">
      <Text className="qt-page__title">企业信息</Text>
      {loadError !== '' && (
        <Text className="qt-error" data-testid="enterprise-load-error">
          {loadError}
        </Text>
      )}
      {enterprise && (
        <View className="qt-card">
          <View className="qt-enterprise__row">
            <Text className="qt-enterprise__label">企业名称</Text>
            <Text className="qt-enterprise__value" data-testid="enterprise-name">
              {enterprise.name}
            </Text>
          </View>
          <View className="qt-enterprise__row">
            <Text className="qt-enterprise__label">报名卡号</Text>
            <Text className="qt-enterprise__value" data-testid="enterprise-card-no">
              {enterprise.cardNo}
            </Text>
          </View>
          {enterprise.creditCode !== null && (
            <View className="qt-enterprise__row">
              <Text className="qt-enterprise__label">统一社会信用代码</Text>
              <Text className="qt-enterprise__value" data-testid="enterprise-credit-code">
                {enterprise.creditCode}
              </Text>
            </View>
          )}
        </View>
      )}
      {enterprise && enterprise.creditCode === null && (
        <View className="qt-card">
          <Text className="qt-hint">申报班组前，请先登记企业的统一社会信用代码。请对照营业执照仔细核对。</Text>
          <CreditCodeForm onSubmit={record} />
        </View>
      )}
      {enterprise && enterprise.creditCode !== null && (
        <View className="qt-actions">
          <Button
            type="primary"
            size="large"
            block
            data-testid="enterprise-go-status"
            onClick={() => void Taro.redirectTo({ url: ROUTES.status })}
          >
            查看班组状态
          </Button>
        </View>
      )}
    </View>
  );
}
