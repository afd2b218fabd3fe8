import { useState } from 'react';
import { View } from '@tarojs/components';
import { Checkbox, Form, Input, TextArea } from '@nutui/nutui-react-taro';
import { ERROR_MESSAGES, isValidMobile } from '@cacem/shared';
import type { ApplicationInput, ApplicationView, RecommendingUnit } from '../../api';
import { DECLARATIONS } from '../../utils/declarations';
import { SubmitBar } from '../../components/submit-bar';
import { UnitPicker } from './unit-picker';
import { DIGITS_KEYBOARD } from '../../utils/keyboard';

export interface RegistrationFormProps {
  application: ApplicationView | null;
  units: RecommendingUnit[];
  editable: boolean;
  onSave: (input: ApplicationInput) => Promise<void>;
}

export { DECLARATIONS };

interface FormValues {
  recommendingUnitId?: number;
  leaderName: string;
  leaderMobile: string;
  memberCount: string;
  specialty: string;
  projectName: string;
  introduction: string;
  isBasicFormalUnit: boolean;
  declaresNoAccidentsInThreeYears: boolean;
  hasActivityPlan: boolean;
  hasImplementationPlan: boolean;
}

const notBlank = (message: string) => ({ validator: (_r: unknown, v: string | undefined) => (v ?? '').trim() !== '', message });

function initialValues(app: ApplicationView | null): FormValues {
  const p = app?.profile;
  const d = app?.declarations;
  return {
    recommendingUnitId: app?.recommendingUnit?.id,
    leaderName: p?.leaderName ?? '',
    leaderMobile: p?.leaderMobile ?? '',
    memberCount: p?.memberCount ? String(p?.memberCount) : '',
    specialty: p?.specialty ?? '',
    projectName: p?.projectName ?? '',
    introduction: p?.introduction ?? '',
    isBasicFormalUnit: d?.isBasicFormalUnit ?? false,
    declaresNoAccidentsInThreeYears: d?.declaresNoAccidentsInThreeYears ?? false,
    hasActivityPlan: d?.hasActivityPlan ?? false,
    hasImplementationPlan: d?.hasImplementationPlan ?? false,
  };
}

export function RegistrationForm({ application, units, editable, onSave }: RegistrationFormProps) {
  const [form] = Form.useForm();
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);

  const finish = async (v: FormValues) => {
    setError('');
    setSaving(true);
    try {
      await onSave({
        recommendingUnitId: v.recommendingUnitId!,
        profile: {
          leaderName: v.leaderName.trim(),
          leaderMobile: v.leaderMobile.replace(/[\s-]/g, ''),
          memberCount: Number(v.memberCount),
          specialty: v.specialty.trim(),
          projectName: v.projectName.trim(),
          introduction: v.introduction.trim(),
        },
        declarations: {
          isBasicFormalUnit: v.isBasicFormalUnit === true,
          declaresNoAccidentsInThreeYears: v.declaresNoAccidentsInThreeYears === true,
          hasActivityPlan: v.hasActivityPlan === true,
          hasImplementationPlan: v.hasImplementationPlan === true,
        },
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <View className="qt-card qt-reg__form" data-testid="reg-form">
      <Form form={form} labelPosition="top" disabled={!editable} initialValues={initialValues(application)} onFinish={(v: FormValues) => void finish(v)}>
        <Form.Item label="推荐单位" name="recommendingUnitId" rules={[{ required: true, message: '请选择推荐单位' }]}>
          <UnitPicker units={units} disabled={!editable} />
        </Form.Item>
        <Form.Item label="班组长姓名" name="leaderName" rules={[notBlank('请填写班组长姓名')]}>
          <Input name="leaderName" maxLength={30} data-testid="reg-leader-name" />
        </Form.Item>
        <Form.Item
          label="班组长手机"
          name="leaderMobile"
          rules={[notBlank('请填写班组长手机'), { validator: (_r: unknown, v: string | undefined) => isValidMobile(v ?? ''), message: ERROR_MESSAGES.MOBILE_INVALID }]}
        >
          <Input name="leaderMobile" type="tel" maxLength={13} data-testid="reg-leader-mobile" />
        </Form.Item>
        <Form.Item
          label="班组人数"
          name="memberCount"
          rules={[{ validator: (_r: unknown, v: string | undefined) => /^\d{1,4}$/.test((v ?? '').trim()) && Number(v) >= 1, message: '请填写班组人数（正整数）' }]}
        >
          <Input name="memberCount" {...DIGITS_KEYBOARD} maxLength={4} data-testid="reg-member-count" />
        </Form.Item>
        <Form.Item label="专业/工种" name="specialty" rules={[notBlank('请填写专业或工种')]}>
          <Input name="specialty" maxLength={50} placeholder="例如：钢筋工、混凝土工" data-testid="reg-specialty" />
        </Form.Item>
        <Form.Item label="项目名称" name="projectName" rules={[notBlank('请填写项目名称')]}>
          <Input name="projectName" maxLength={100} data-testid="reg-project-name" />
        </Form.Item>
        <Form.Item label="班组简介" name="introduction" rules={[notBlank('请填写班组简介')]}>
          <TextArea maxLength={1000} showCount autoSize placeholder="班组的组成、主要工作和质量活动开展情况" data-testid="reg-introduction" />
        </Form.Item>
        {DECLARATIONS.map((d) => (
          <Form.Item key={d.key} name={d.key} valuePropName="checked" className="qt-reg__declaration">
            <Checkbox data-testid={`reg-decl-${d.key}`}>{d.text}</Checkbox>
          </Form.Item>
        ))}
      </Form>
      {editable && <SubmitBar label="保存报名表" submitting={saving} onSubmit={() => form.submit()} error={error} testIdPrefix="reg-save" />}
    </View>
  );
}
