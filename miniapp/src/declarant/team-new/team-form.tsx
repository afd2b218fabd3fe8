import { useState } from 'react';
import { View } from '@tarojs/components';
import { Form, Input, Radio } from '@nutui/nutui-react-taro';
import { TEAM_KINDS, TEAM_KIND_LABEL, TEAM_NAME_MAX, type TeamKind } from '@cacem/shared';
import { SubmitBar } from '../../components/submit-bar';

export interface TeamFormValues {
  name: string;
  kind: TeamKind;
}

export interface TeamFormProps {
  /** Resolves when created; rejects with the text to show under the form. */
  onSubmit: (values: TeamFormValues) => Promise<void>;
}

export function TeamForm({ onSubmit }: TeamFormProps) {
  const [form] = Form.useForm();
  const [serverError, setServerError] = useState('');
  const [submitting, setSubmitting] = useState(false);

  const finish = async (values: { name: string; kind: TeamKind }) => {
    setServerError('');
    setSubmitting(true);
    try {
      await onSubmit({ name: values.name.trim(), kind: values.kind });
    } catch (e) {
      setServerError(e instanceof Error ? e.message : String(e));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <View>
      <Form
        form={form}
        labelPosition="top"
        initialValues={{ kind: TEAM_KINDS[0] }}
        onFinish={(values: TeamFormValues) => void finish(values)}
      >
        <Form.Item
          label="班组名称"
          name="name"
          rules={[
            { required: true, message: '请填写班组名称' },
            { validator: (_rule: unknown, value: string | undefined) => (value ?? '').trim() !== '', message: '请填写班组名称' },
            {
              validator: (_rule: unknown, value: string | undefined) => (value ?? '').trim().length <= TEAM_NAME_MAX,
              message: `班组名称不超过 ${TEAM_NAME_MAX} 个字`,
            },
          ]}
        >
          <Input name="teamName" placeholder="例如：第一项目部钢筋班组" maxLength={TEAM_NAME_MAX} data-testid="team-name-input" />
        </Form.Item>
        <Form.Item label="班组类型" name="kind" rules={[{ required: true, message: '请选择班组类型' }]}>
          <Radio.Group className="qt-team-new__kinds" direction="horizontal" data-testid="team-kind">
            {TEAM_KINDS.map((kind) => (
              <Radio key={kind} value={kind} data-testid={`team-kind-${kind}`}>
                {TEAM_KIND_LABEL[kind]}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
      </Form>
      <SubmitBar label="创建班组" submitting={submitting} onSubmit={() => form.submit()} error={serverError} testIdPrefix="team" />
    </View>
  );
}
