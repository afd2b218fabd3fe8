import { Text, View } from '@tarojs/components';
import { STAGE_LABEL } from '@cacem/shared';
import { Select, TextInput } from '../console/kit';
import { FormRow } from '../setup-pages/form-bits';
import { type SettingsForm, STAGE_KEYS } from '../setup-pages/settings-form';

export interface FieldsProps {
  form: SettingsForm;
  /** The problems the server listed, by field. */
  problems: Record<string, string[]>;
  update: (patch: Partial<SettingsForm>) => void;
}

const AGGREGATION_OPTIONS = [
  { value: 'trimmed' as const, label: '去掉一个最高分和一个最低分后平均' },
  { value: 'mean' as const, label: '全部专家评分平均' },
];

/** 基本信息与阶段时间: the campaign's name, each stage's dates, and the statistics period. */
export function BasicsCard({ form, problems, update }: FieldsProps) {
  const p = (field: string) => problems[field];
  const setWindow = (key: (typeof STAGE_KEYS)[number], end: 'opens' | 'closes', value: string) =>
    update({ windows: { ...form.windows, [key]: { ...form.windows[key], [end]: value } } });
  return (
    <View className="qc-card">
      <Text className="qc-card__title">基本信息与阶段时间</Text>
      <View className="qs-form">
        <FormRow label="活动名称" problems={p('name')} wide testId="settings-field-name">
          <TextInput style={{ width: '480px' }} value={form.name} onChange={(name) => update({ name })} data-testid="settings-name" />
          <Text className="qc-muted">年度 {form.year}（不可修改）</Text>
        </FormRow>
        {STAGE_KEYS.map((key) => (
          <FormRow key={key} label={STAGE_LABEL[key]} problems={p(`windows.${key}`)} testId={`settings-field-window-${key}`}>
            <TextInput type="date" className="qs-input--date" value={form.windows[key].opens} onChange={(v) => setWindow(key, 'opens', v)} data-testid={`settings-window-${key}-opens`} />
            <Text>至</Text>
            <TextInput type="date" className="qs-input--date" value={form.windows[key].closes} onChange={(v) => setWindow(key, 'closes', v)} data-testid={`settings-window-${key}-closes`} />
          </FormRow>
        ))}
        {p('windows') && <FormRow label="阶段时间" problems={p('windows')}>{null}</FormRow>}
        <FormRow label="统计期间（现场活动记录的起止月份）" problems={p('statisticsPeriod')} testId="settings-field-statistics">
          <TextInput type="month" className="qs-input--date" value={form.statisticsFrom} onChange={(statisticsFrom) => update({ statisticsFrom })} data-testid="settings-statistics-from" />
          <Text>至</Text>
          <TextInput type="month" className="qs-input--date" value={form.statisticsTo} onChange={(statisticsTo) => update({ statisticsTo })} data-testid="settings-statistics-to" />
        </FormRow>
      </View>
    </View>
  );
}

/** 分值、等级比例与评分规则: the two parts' weights, the grade caps, how sheets are averaged, the records required. */
export function ScoringCard({ form, problems, update }: FieldsProps) {
  const p = (field: string) => problems[field];
  return (
    <View className="qc-card">
      <Text className="qc-card__title">分值、等级比例与评分规则</Text>
      <View className="qs-form">
        <FormRow label="分值（资料审核 + 成果发布 = 100）" problems={p('weights')} testId="settings-field-weights">
          <Text>资料审核</Text>
          <TextInput className="qs-input--short" inputMode="decimal" value={form.weightMaterials} onChange={(weightMaterials) => update({ weightMaterials })} data-testid="settings-weight-materials" />
          <Text>成果发布</Text>
          <TextInput className="qs-input--short" inputMode="decimal" value={form.weightPresentation} onChange={(weightPresentation) => update({ weightPresentation })} data-testid="settings-weight-presentation" />
        </FormRow>
        <FormRow label="等级比例（占评定班组的百分比）" problems={p('gradeCaps')} testId="settings-field-caps">
          <Text>卓越级 ≤</Text>
          <TextInput className="qs-input--short" inputMode="decimal" value={form.excellentMax} onChange={(excellentMax) => update({ excellentMax })} data-testid="settings-cap-excellent" />
          <Text>% 示范级 ≤</Text>
          <TextInput className="qs-input--short" inputMode="decimal" value={form.exemplaryMax} onChange={(exemplaryMax) => update({ exemplaryMax })} data-testid="settings-cap-exemplary" />
          <Text>% 改进级 ≥</Text>
          <TextInput className="qs-input--short" inputMode="decimal" value={form.improvingMin} onChange={(improvingMin) => update({ improvingMin })} data-testid="settings-cap-improving" />
          <Text>%</Text>
        </FormRow>
        <FormRow label="专家评分汇总方式" problems={p('scoring.aggregation')} testId="settings-field-aggregation">
          <Select value={form.aggregation} options={AGGREGATION_OPTIONS} onChange={(aggregation) => update({ aggregation })} data-testid="settings-aggregation" />
        </FormRow>
        <FormRow label="现场活动记录最少条数（申报资格）" problems={p('eligibility.minActivityRecords')} testId="settings-field-min-records">
          <TextInput className="qs-input--short" inputMode="numeric" value={form.minActivityRecords} onChange={(minActivityRecords) => update({ minActivityRecords })} data-testid="settings-min-records" />
          <Text>条</Text>
        </FormRow>
      </View>
    </View>
  );
}
