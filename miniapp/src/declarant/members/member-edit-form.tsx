import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button, Form, Input, Radio } from '@nutui/nutui-react-taro';
import { ERROR_MESSAGES, MEMBER_NAME_MAX, MEMBER_ROLES, MEMBER_ROLE_LABEL, isValidMobile, type MemberRole } from '@cacem/shared';
import type { TeamMember } from '../../api';
import { SubmitBar } from '../../components/submit-bar';

export interface MemberEditValues {
  name: string;
  role: MemberRole;
  mobile: string | null;
}

export interface MemberEditFormProps {
  member: TeamMember;
  onSubmit: (values: MemberEditValues) => Promise<void>;
  onCancel: () => void;
}

const notBlank = (_rule: unknown, value: string | undefined) => (value ?? '').trim() !== '';
const mobileRule = (_rule: unknown, value: string | undefined) => (value ?? '').trim() === '' || isValidMobile(value ?? '');

export function MemberEditForm({ member, onSubmit, onCancel }: MemberEditFormProps) {
  const [form] = Form.useForm();
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);

  const finish = async (values: { name: string; role: MemberRole; mobile?: string }) => {
    setError('');
    setSaving(true);
    try {
      const mobile = (values.mobile ?? '').replace(/[\s-]/g, '');
      await onSubmit({ name: values.name.trim(), role: values.role, mobile: mobile === '' ? null : mobile });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <View className="qt-members__edit" data-testid="member-edit-form">
      <Form
        form={form}
        labelPosition="top"
        initialValues={{ name: member.name, role: member.role, mobile: member.mobile ?? '' }}
        onFinish={(values: { name: string; role: MemberRole; mobile?: string }) => void finish(values)}
      >
        <Form.Item
          label="姓名"
          name="name"
          rules={[
            { validator: notBlank, message: '请填写姓名' },
            { validator: (_r: unknown, v: string | undefined) => (v ?? '').trim().length <= MEMBER_NAME_MAX, message: `姓名不超过 ${MEMBER_NAME_MAX} 个字` },
          ]}
        >
          <Input name="memberName" maxLength={MEMBER_NAME_MAX} data-testid="member-edit-name" />
        </Form.Item>
        <Form.Item label="角色" name="role">
          <Radio.Group direction="horizontal">
            {MEMBER_ROLES.map((role) => (
              <Radio key={role} value={role} data-testid={`member-edit-role-${role}`}>
                {MEMBER_ROLE_LABEL[role]}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item label="手机号（选填）" name="mobile" rules={[{ validator: mobileRule, message: ERROR_MESSAGES.MOBILE_INVALID }]}>
          <Input name="mobile" type="tel" maxLength={13} data-testid="member-edit-mobile" />
        </Form.Item>
      </Form>
      <SubmitBar label="保存" submitting={saving} onSubmit={() => form.submit()} error={error} testIdPrefix="member-edit" />
      <Button size="large" block data-testid="member-edit-cancel" onClick={onCancel}>
        取消
      </Button>
    </View>
  );
}
