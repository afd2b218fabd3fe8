import { useState } from 'react';
import { View } from '@tarojs/components';
import { Form, Input } from '@nutui/nutui-react-taro';
import { ERROR_MESSAGES, INVITE_CODE_LENGTH, MEMBER_NAME_MAX, isValidMobile, normalizeInviteCode } from '@cacem/shared';
import { SubmitBar } from '../../components/submit-bar';

export interface JoinFormValues {
  inviteCode: string;
  name: string;
  /** Empty when the person gave none. */
  mobile: string;
}

export interface JoinFormProps {
  /** From the QR code's `?code=`. */
  initialCode?: string;
  /** Resolves when joined; rejects with the text to show under the form. */
  onSubmit: (values: JoinFormValues) => Promise<void>;
}

// Shape only (length, letters and digits): whether the code exists and is still valid is the server's answer.
const INVITE_CODE_PATTERN = new RegExp(`^[A-Z0-9]{${INVITE_CODE_LENGTH}}$`);

const inviteCodeRule = (_rule: unknown, value: string | undefined) => INVITE_CODE_PATTERN.test(normalizeInviteCode(value ?? ''));
const nameRule = (_rule: unknown, value: string | undefined) => (value ?? '').trim() !== '';
const nameLengthRule = (_rule: unknown, value: string | undefined) => (value ?? '').trim().length <= MEMBER_NAME_MAX;
const mobileRule = (_rule: unknown, value: string | undefined) => (value ?? '').trim() === '' || isValidMobile(value ?? '');

export function JoinForm({ initialCode = '', onSubmit }: JoinFormProps) {
  const [form] = Form.useForm();
  const [serverError, setServerError] = useState('');
  const [submitting, setSubmitting] = useState(false);

  const finish = async (values: Partial<JoinFormValues>) => {
    setServerError('');
    setSubmitting(true);
    try {
      await onSubmit({
        inviteCode: normalizeInviteCode(values.inviteCode ?? ''),
        name: (values.name ?? '').trim(),
        mobile: (values.mobile ?? '').replace(/[\s-]/g, ''),
      });
    } catch (e) {
      setServerError(e instanceof Error ? e.message : String(e));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <View>
      <Form form={form} labelPosition="top" initialValues={{ inviteCode: initialCode }} onFinish={(values: JoinFormValues) => void finish(values)}>
        <Form.Item
          label="邀请码"
          name="inviteCode"
          rules={[
            { required: true, message: '请输入邀请码' },
            { validator: inviteCodeRule, message: `邀请码为 ${INVITE_CODE_LENGTH} 位字母或数字，请核对` },
          ]}
        >
          <Input name="inviteCode" placeholder={`${INVITE_CODE_LENGTH} 位，申报企业提供`} maxLength={INVITE_CODE_LENGTH + 2} data-testid="join-code" />
        </Form.Item>
        <Form.Item
          label="姓名"
          name="name"
          rules={[
            { required: true, message: '请填写姓名' },
            { validator: nameRule, message: '请填写姓名' },
            { validator: nameLengthRule, message: `姓名不超过 ${MEMBER_NAME_MAX} 个字` },
          ]}
        >
          <Input name="memberName" placeholder="您的真实姓名" maxLength={MEMBER_NAME_MAX} data-testid="join-name" />
        </Form.Item>
        <Form.Item label="手机号（选填）" name="mobile" rules={[{ validator: mobileRule, message: ERROR_MESSAGES.MOBILE_INVALID }]}>
          <Input name="mobile" type="tel" placeholder="11 位手机号" maxLength={13} data-testid="join-mobile" />
        </Form.Item>
      </Form>
      <SubmitBar label="加入班组" submitting={submitting} onSubmit={() => form.submit()} error={serverError} testIdPrefix="join" />
    </View>
  );
}
