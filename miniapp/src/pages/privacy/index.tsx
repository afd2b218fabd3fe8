import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { PrivacyGate, openPrivacyContract, readPrivacySetting, requestConsent, type PrivacySetting } from '../../privacy';
import { GUIDE_TITLE } from '../../privacy/guide';
import { GuideSections } from './guide-sections';
import './index.scss';

/** WeChat's consent record, where the base library has one (never in H5). */
function ConsentStatus() {
  const [setting, setSetting] = useState<PrivacySetting | null>(null);
  const [asking, setAsking] = useState(false);

  const refresh = () => void readPrivacySetting().then(setSetting);
  useDidShow(refresh);

  if (setting === null) return null;

  const ask = async () => {
    setAsking(true);
    await requestConsent();
    setAsking(false);
    refresh();
  };

  return (
    <View className="qt-card qt-privacy__status" data-testid="privacy-status">
      <Text className="qt-privacy__text" data-testid="privacy-status-text">
        {setting.needAuthorization
          ? '你还没有同意本指引：拍照、选择照片和选择文件前，小程序会先请你确认。'
          : '你已同意本指引，拍照、选择照片和选择文件可以直接使用。'}
      </Text>
      {setting.needAuthorization && (
        <Button type="primary" size="large" block loading={asking} data-testid="privacy-status-agree" onClick={() => void ask()}>
          阅读并同意
        </Button>
      )}
      <Button size="large" block data-testid="privacy-status-contract" onClick={openPrivacyContract}>
        查看在微信登记的{setting.contractName || `《${GUIDE_TITLE}》`}
      </Button>
    </View>
  );
}

export default function PrivacyPage() {
  return (
    <View className="qt-page qt-privacy">
      <Text className="qt-page__title" data-testid="privacy-title">
        {GUIDE_TITLE}
      </Text>
      <Text className="qt-page__subtitle">本指引说明工程建设质量信得过班组活动平台（小程序和网页版）如何处理你的个人信息。</Text>
      <ConsentStatus />
      <GuideSections />
      <PrivacyGate />
    </View>
  );
}
