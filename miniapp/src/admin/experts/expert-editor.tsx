import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { EXPERT_ASSESSMENT_STATUSES, EXPERT_TRAINING_STATUSES } from '@cacem/shared';
import { type Expert, setupApi } from '../../api/console-setup';
import { useAction } from '../../utils/use-request';
import { Button, Check, Select, type SelectOption, TextInput } from '../console/kit';
import { SidePanel } from '../console/side-panel';
import { ASSESSMENT_LABEL, EMPTY_EXPERT_FORM, type ExpertForm, expertToForm, formToExpertInput, TRAINING_LABEL } from '../setup-pages/expert-form';
import { FormRow } from '../setup-pages/form-bits';
import { type FieldErrors, fieldErrors } from './field-errors';

export type Editing = { mode: 'add' } | { mode: 'edit'; expert: Expert };

const TRAINING_OPTIONS = EXPERT_TRAINING_STATUSES.map((s) => ({ value: s, label: TRAINING_LABEL[s] }));
const ASSESSMENT_OPTIONS = EXPERT_ASSESSMENT_STATUSES.map((s) => ({ value: s, label: ASSESSMENT_LABEL[s] }));

export interface ExpertEditorProps {
  editing: Editing;
  unitOptions: Array<SelectOption<string>>;
  onClose: () => void;
  /** Saved: the sentence for the page's notice line. */
  onSaved: (notice: string) => void;
}

/** 添加专家 / 编辑专家: the whole record in a drawer; the server checks it and its messages show beside the fields. */
export function ExpertEditor({ editing, unitOptions, onClose, onSaved }: ExpertEditorProps) {
  const [form, setForm] = useState<ExpertForm>(() => (editing.mode === 'edit' ? expertToForm(editing.expert) : EMPTY_EXPERT_FORM));
  const [problems, setProblems] = useState<FieldErrors>({});
  const save = useAction(async () => {
    setProblems({});
    try {
      if (editing.mode === 'add') return await setupApi.createExpert(formToExpertInput(form));
      // The expert stays linked to the same enterprise record only while its name is left as it was.
      const enterpriseId = editing.expert.enterpriseName === form.enterpriseName.trim() ? editing.expert.enterpriseId : null;
      return await setupApi.updateExpert(editing.expert.id, formToExpertInput(form, enterpriseId));
    } catch (e) {
      setProblems(fieldErrors(e));
      throw e;
    }
  });

  const submit = async () => {
    const saved = await save.run();
    if (saved) onSaved(editing.mode === 'edit' ? `已保存专家「${saved.name}」的信息` : `已添加专家「${saved.name}」`);
  };
  const set = (patch: Partial<ExpertForm>) => setForm((f) => ({ ...f, ...patch }));
  const err = (...fields: Array<keyof ExpertForm>) => {
    const found = fields.flatMap((f) => (problems[f] ? [problems[f]!] : []));
    return found.length ? found : undefined;
  };

  return (
    <SidePanel open title={editing.mode === 'edit' ? `编辑专家：${editing.expert.name}` : '添加专家'} onClose={() => !save.busy && onClose()} testId="experts-panel">
      <View className="qs-form" style={{ gridTemplateColumns: '1fr' }}>
        <FormRow label="姓名" problems={err('name')}>
          <TextInput value={form.name} onChange={(name) => set({ name })} data-testid="expert-form-name" />
        </FormRow>
        <FormRow label="手机号" problems={err('mobile')}>
          <TextInput value={form.mobile} inputMode="tel" onChange={(mobile) => set({ mobile })} data-testid="expert-form-mobile" />
        </FormRow>
        <FormRow label="所在企业" problems={err('enterpriseName')}>
          <TextInput style={{ width: '100%' }} value={form.enterpriseName} onChange={(enterpriseName) => set({ enterpriseName })} data-testid="expert-form-enterprise" />
        </FormRow>
        <FormRow label="推荐单位" problems={err('recommendingUnitId')}>
          <Select
            style={{ width: '100%' }}
            value={form.recommendingUnitId}
            options={[{ value: '', label: '请选择推荐单位' }, ...unitOptions]}
            onChange={(recommendingUnitId) => set({ recommendingUnitId })}
            data-testid="expert-form-unit"
          />
        </FormRow>
        <FormRow label="专业" problems={err('specialties')} hint="多个专业用顿号或逗号分隔，如：土建、安装">
          <TextInput style={{ width: '100%' }} value={form.specialties} onChange={(specialties) => set({ specialties })} data-testid="expert-form-specialties" />
        </FormRow>
        <FormRow label="培训" problems={err('trainingStatus', 'trainedAt')}>
          <Select value={form.trainingStatus} options={TRAINING_OPTIONS} onChange={(trainingStatus) => set({ trainingStatus })} data-testid="expert-form-training" />
          <TextInput type="date" className="qs-input--date" value={form.trainedAt} onChange={(trainedAt) => set({ trainedAt })} data-testid="expert-form-trained-at" />
        </FormRow>
        <FormRow label="考核" problems={err('assessmentStatus', 'assessedAt')}>
          <Select value={form.assessmentStatus} options={ASSESSMENT_OPTIONS} onChange={(assessmentStatus) => set({ assessmentStatus })} data-testid="expert-form-assessment" />
          <TextInput type="date" className="qs-input--date" value={form.assessedAt} onChange={(assessedAt) => set({ assessedAt })} data-testid="expert-form-assessed-at" />
        </FormRow>
        <FormRow label="状态" problems={err('active')}>
          <Check checked={form.active} onChange={(active) => set({ active })} label="启用" data-testid="expert-form-active" />
        </FormRow>
      </View>
      {save.error !== '' && (
        <Text className="qc-alert qc-alert--error" data-testid="expert-form-error">
          {save.error}
        </Text>
      )}
      <View className="qs-actions">
        <Button disabled={save.busy} onClick={onClose}>
          取消
        </Button>
        <Button variant="primary" disabled={save.busy} onClick={() => void submit()} data-testid="expert-form-save">
          {save.busy ? '保存中…' : '保存'}
        </Button>
      </View>
    </SidePanel>
  );
}
