import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { errorText, wechatApi } from '../../api';

/**
 * One consent allows one message, and WeChat shows the consent sheet only when requestSubscribeMessage is called
 * straight from the tap (after an awaited request it fails with "can only be invoked by user TAP gesture"): so the
 * template id is fetched when the button appears, and the tap calls WeChat before anything else.
 */
export function SubscribeButton() {
  // undefined: not loaded yet; '': the server sends no WeChat reminders.
  const [templateId, setTemplateId] = useState<string | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [note, setNote] = useState('');

  const loadTemplate = () => {
    setLoading(true);
    return wechatApi
      .templates()
      .then(({ statusTemplateId }) => {
        setTemplateId(statusTemplateId);
        setNote('');
      })
      .catch((e: unknown) => setNote(errorText(e)))
      .finally(() => setLoading(false));
  };

  useEffect(() => {
    void loadTemplate();
  }, []);

  const subscribe = async (id: string) => {
    setNote('');
    let answer: Record<string, string>;
    try {
      answer = (await Taro.requestSubscribeMessage({ tmplIds: [id], entityIds: [] })) as unknown as Record<string, string>;
    } catch {
      // WeChat refused to show the sheet (e.g. the person turned subscribe messages off for this mini-program).
      setNote('微信未能打开订阅提示。请稍后再点一次；如仍不行，请在小程序右上角“…”→“设置”中打开“订阅消息”。');
      return;
    }
    if (answer[id] !== 'accept') {
      setNote('未开启提醒。需要时可再次点击开启。');
      return;
    }
    try {
      await wechatApi.subscribe([id]);
      setNote('已开启：申报状态变化时将通过微信提醒您一次。');
    } catch (e) {
      setNote(errorText(e));
    }
  };

  const tap = () => {
    if (templateId) {
      void subscribe(templateId);
      return;
    }
    // The template could not be read when the button appeared: read it again; the next tap asks WeChat.
    void loadTemplate();
  };

  if (templateId === '') return null;
  return (
    <View className="qt-inbox__subscribe">
      <Button type="success" size="large" block loading={loading} disabled={loading} data-testid="inbox-subscribe" onClick={tap}>
        开启微信消息提醒
      </Button>
      {note !== '' && <Text className="qt-hint">{note}</Text>}
    </View>
  );
}
