import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Form, Input } from '@nutui/nutui-react-taro';
import { ERROR_MESSAGES, isValidMobile } from '@cacem/shared';
import { recommendingUnitApi, type CreatedContact, type FilingRow } from '../../api';
import { SubmitBar } from '../../components/submit-bar';
import { formatDateTime } from '../../utils/format';
import { useAction, useLoaded } from '../../utils/use-request';

export interface ContactsPanelProps {
  unit: Pick<FilingRow, 'unitId' | 'name'>;
  onChanged: () => void;
  onClose: () => void;
}

interface ContactValues {
  displayName: string;
  username: string;
  mobile?: string;
}

/** A unit's contacts; a new contact's password and bind code are shown once, here. */
export function ContactsPanel({ unit, onChanged, onClose }: ContactsPanelProps) {
  const [form] = Form.useForm();
  const loaded = useLoaded(() => recommendingUnitApi.contacts(unit.unitId), [unit.unitId]);
  const contacts = loaded.data?.items ?? null;
  const [created, setCreated] = useState<CreatedContact | null>(null);
  const [newCode, setNewCode] = useState<{ userId: number; bindCode: string; expiresAt: string } | null>(null);

  useEffect(() => {
    setCreated(null);
    setNewCode(null);
  }, [unit.unitId]);

  const create = useAction(async (v: ContactValues) => {
    const mobile = (v.mobile ?? '').replace(/[\s-]/g, '');
    const answer = await recommendingUnitApi.createContact(unit.unitId, {
      displayName: v.displayName.trim(),
      username: v.username.trim(),
      ...(mobile ? { mobile } : {}),
    });
    setCreated(answer);
    form.resetFields();
    loaded.reload();
    onChanged();
  });

  const reissue = useAction(async (userId: number) => {
    setNewCode({ userId, ...(await recommendingUnitApi.newBindCode(unit.unitId, userId)) });
  });
  const listError = reissue.error || loaded.error;

  return (
    <View className="qt-card" data-testid="units-contacts-panel" data-unit-id={String(unit.unitId)}>
      <View className="qt-units__panel-head">
        <Text className="qt-page__subtitle">联系人 · {unit.name}</Text>
        <Text className="qt-units__link" data-testid="units-contacts-close" onClick={onClose}>
          收起
        </Text>
      </View>
      {listError !== '' && (
        <Text className="qt-error" data-testid="units-contacts-error">
          {listError}
        </Text>
      )}
      {contacts?.map((c) => (
        <View key={c.id} className="qt-units__contact" data-testid="units-contact-row" data-id={String(c.id)}>
          <Text>{c.displayName}</Text>
          <Text data-testid="units-contact-username">{c.username}</Text>
          <Text>{c.mobile ?? '—'}</Text>
          <Text>{c.active ? '启用' : '停用'}</Text>
          <Text>{c.wechatBound ? '已绑定微信' : '未绑定微信'}</Text>
          <View>
            <Text className="qt-units__link" data-testid="contact-new-bind-code" onClick={() => void reissue.run(c.id)}>
              生成新绑定码
            </Text>
            {newCode?.userId === c.id && (
              <Text data-testid="contact-new-bind-code-value">
                {newCode.bindCode}（{formatDateTime(newCode.expiresAt)} 前有效）
              </Text>
            )}
          </View>
        </View>
      ))}
      {contacts?.length === 0 && <Text className="qt-hint">尚无联系人</Text>}

      <Form form={form} labelPosition="top" onFinish={(v: ContactValues) => void create.run(v)}>
        <View className="qt-units__form-row">
          <Form.Item label="姓名" name="displayName" rules={[{ required: true, message: '请填写联系人姓名' }]}>
            <Input name="displayName" maxLength={30} data-testid="contact-display-name" />
          </Form.Item>
          <Form.Item
            label="登录账号"
            name="username"
            rules={[
              { required: true, message: '请填写登录账号' },
              { validator: (_r: unknown, v: string | undefined) => /^[A-Za-z0-9_.-]{3,40}$/.test((v ?? '').trim()), message: '账号为 3–40 位字母、数字或 _ . -' },
            ]}
          >
            <Input name="username" maxLength={40} data-testid="contact-username" />
          </Form.Item>
          <Form.Item
            label="手机（选填）"
            name="mobile"
            rules={[{ validator: (_r: unknown, v: string | undefined) => !v || isValidMobile(v), message: ERROR_MESSAGES.MOBILE_INVALID }]}
          >
            <Input name="mobile" type="tel" maxLength={13} data-testid="contact-mobile" />
          </Form.Item>
        </View>
      </Form>
      <SubmitBar label="添加联系人" submitting={create.busy} onSubmit={() => form.submit()} error={create.error} testIdPrefix="contact-create" block={false} />

      {created && (
        <View className="qt-card qt-units__created" data-testid="contact-created">
          <Text className="qt-hint">已为「{created.displayName}」创建账号：</Text>
          <View className="qt-units__created-line">
            <Text className="qt-units__created-label">登录账号</Text>
            <Text className="qt-units__created-value" data-testid="contact-created-username">
              {created.username}
            </Text>
          </View>
          <View className="qt-units__created-line">
            <Text className="qt-units__created-label">一次性密码</Text>
            <Text className="qt-units__created-value" data-testid="contact-password">
              {created.password}
            </Text>
          </View>
          <View className="qt-units__created-line">
            <Text className="qt-units__created-label">微信绑定码</Text>
            <Text className="qt-units__created-value" data-testid="contact-bind-code">
              {created.bindCode}
            </Text>
          </View>
          <Text className="qt-units__warning">密码只显示这一次；绑定码 7 天内有效，联系人在小程序中微信登录后输入即可绑定。请立即抄录并交给联系人。</Text>
          <Button size="small" data-testid="contact-created-close" onClick={() => setCreated(null)}>
            已抄录，关闭
          </Button>
        </View>
      )}
    </View>
  );
}
