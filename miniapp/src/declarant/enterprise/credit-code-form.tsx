import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Form, Input } from '@nutui/nutui-react-taro';
import { CREDIT_CODE_PROBLEM_TEXT, checkCreditCode, normalizeCreditCode } from '@cacem/shared';
import { SubmitBar } from '../../components/submit-bar';

export interface CreditCodeFormProps {
  /** Resolves when recorded; rejects with the text to show under the field. */
  onSubmit: (creditCode: string) => Promise<void>;
}

function creditCodeRule(_rule: unknown, value: string | undefined): Promise<boolean> {
  const problem = checkCreditCode(value ?? '');
  return problem === null ? Promise.resolve(true) : Promise.reject(new Error(CREDIT_CODE_PROBLEM_TEXT[problem]));
}

export function CreditCodeForm({ onSubmit }: CreditCodeFormProps) {
  const [form] = Form.useForm();
  const [serverError, setServerError] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const value = Form.useWatch('creditCode', form) as string | undefined;
  const looksValid = value !== undefined && value !== '' && checkCreditCode(value) === null;

  const finish = async (values: { creditCode: string }) => {
    setServerError('');
    setSubmitting(true);
    try {
      await onSubmit(normalizeCreditCode(values.creditCode));
    } catch (e) {
      setServerError(e instanceof Error ? e.message : String(e));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <View>
      <Form form={form} labelPosition="top" onFinish={(values: { creditCode: string }) => void finish(values)}>
        <Form.Item label="统一社会信用代码" name="creditCode" rules={[{ validator: creditCodeRule }]}>
          <Input
            name="creditCode"
            placeholder="18 位，见营业执照"
            maxLength={24}
            data-testid="credit-code-input"
          />
        </Form.Item>
      </Form>
      {looksValid && (
        <Text className="qt-enterprise__ok" data-testid="credit-code-ok">
          校验通过
        </Text>
      )}
      <SubmitBar label="登记统一社会信用代码" submitting={submitting} onSubmit={() => form.submit()} error={serverError} testIdPrefix="credit-code" />
    </View>
  );
}
