import { useEffect, useState, useSyncExternalStore } from 'react';
import { Button, Text, View } from '@tarojs/components';
import {
  AGREE_BUTTON_ID,
  answerConsent,
  consentState,
  mountGate,
  openPrivacyContract,
  readPrivacySetting,
  reportExposure,
  subscribeConsent,
  unmountGate,
} from './consent';
import { CONSENT_TEXT, GUIDE_TITLE } from './guide';
import './privacy-gate.scss';

const GENERAL_EXPLANATION = '同意后，拍照、选择照片和从微信聊天选择文件等功能可以直接使用。';

/**
 * WeChat's consent popup for privacy interfaces (chooseMedia, chooseMessageFile…): place one in every component or
 * page that calls them. It stays hidden until WeChat holds such a call back for consent; the newest mounted gate,
 * i.e. the one on the page in front, shows it.
 */
export function PrivacyGate() {
  const [gateId, setGateId] = useState<number | null>(null);
  const [contractName, setContractName] = useState(`《${GUIDE_TITLE}》`);
  const { request, topGate } = useSyncExternalStore(subscribeConsent, consentState, consentState);
  const visible = request !== null && gateId !== null && topGate === gateId;

  useEffect(() => {
    const id = mountGate();
    setGateId(id);
    return () => unmountGate(id);
  }, []);

  useEffect(() => {
    if (!visible) return;
    reportExposure();
    void readPrivacySetting().then((setting) => {
      if (setting?.contractName) setContractName(setting.contractName);
    });
  }, [visible]);

  if (!visible) return null;
  const explanation = request.purpose === 'general' ? GENERAL_EXPLANATION : CONSENT_TEXT[request.purpose].explanation;

  return (
    <View className="qt-privacy-gate" data-testid="privacy-gate" catchMove>
      <View className="qt-privacy-gate__panel" role="dialog" aria-labelledby="qt-privacy-gate-title">
        <Text className="qt-privacy-gate__title" id="qt-privacy-gate-title">
          隐私保护提示
        </Text>
        <Text className="qt-privacy-gate__text" data-testid="privacy-gate-explanation">
          {explanation}
        </Text>
        <Text className="qt-privacy-gate__text">
          请阅读
          <Text className="qt-privacy-gate__link" data-testid="privacy-gate-contract" onClick={openPrivacyContract}>
            {contractName}
          </Text>
          ，其中写明我们收集哪些信息、为什么收集、保存多久以及如何联系我们。
        </Text>
        <View className="qt-privacy-gate__buttons">
          <Button className="qt-privacy-gate__button" data-testid="privacy-gate-refuse" onClick={() => answerConsent(false)}>
            拒绝
          </Button>
          <Button
            id={AGREE_BUTTON_ID}
            className="qt-privacy-gate__button qt-privacy-gate__button--agree"
            openType="agreePrivacyAuthorization"
            data-testid="privacy-gate-agree"
            onAgreePrivacyAuthorization={() => answerConsent(true)}
          >
            同意并继续
          </Button>
        </View>
      </View>
    </View>
  );
}
