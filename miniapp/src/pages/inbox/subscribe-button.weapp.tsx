import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { errorText, wechatApi } from '../../api';

/** One consent allows one message, and WeChat asks only from a tap: so the tap calls requestSubscribeMessage directly. */
export function SubscribeButton() {
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [note, setNote] = useState('');

  const ensureTemplate = async (): Promise<string> => {
    if (templateId) return templateId;
    const { statusTemplateId } = await wechatApi.templates();
    setTemplateId(statusTemplateId);
    return statusTemplateId;
  };

  const subscribe = async () => {
    setNote('');
    try {
      const id = await ensureTemplate();
      const answer = (await Taro.requestSubscribeMessage({ tmplIds: [id], entityIds: [] })) as unknown as Record<string, string>;
      const accepted = answer[id] === 'accept' ? [id] : [];
      if (accepted.length === 0) {
        setNote('未开启提醒。需要时可再次点击开启。');
        return;
      }
      await wechatApi.subscribe(accepted);
      setNote('已开启：申报状态变化时将通过微信提醒您一次。');
    } catch (e) {
      setNote(errorText(e));
    }
  };

  return (
    <View className="qt-inbox__subscribe">
      <Button type="success" size="large" block data-testid="inbox-subscribe" onClick={() => void subscribe()}>
        开启微信消息提醒
      </Button>
      {note !== '' && <Text className="qt-hint">{note}</Text>}
    </View>
  );
}
