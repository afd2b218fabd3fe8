import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Checkbox, Input, Switch, TextArea } from '@nutui/nutui-react-taro';
import { REVIEW_FORMS, REVIEW_FORM_LABEL, UNIT_STATISTICS_ROWS, checkUnitStatistics, statisticsMonthLabel, type ReviewForm } from '@cacem/shared';
import { errorText, isApiError, recommendationApi, type StatisticsView, type UnitStatisticsValues } from '../../api';
import { SubmitBar } from '../../components/submit-bar';
import { formatDate, formatDateTime } from '../../utils/format';
import { redirectIfUnauthenticated } from '../../utils/use-auth-guard';
import { useReloadOnShow } from '../../utils/use-reload-on-show';
import { useLoaded } from '../../utils/use-request';
import { StatField } from './stat-field';
import { PREFILLED_FIELDS, draftFrom, isEdited, valuesFrom, type PrefilledField, type StatisticsDraft } from './statistics-draft';
import './index.scss';
import { DECIMAL_KEYBOARD, DIGITS_KEYBOARD } from '../../utils/keyboard';

type Problem = { field: string; message: string };
type StringField = { [K in keyof StatisticsDraft]: StatisticsDraft[K] extends string ? K : never }[keyof StatisticsDraft];

const CONTACT_FIELDS: Array<{ field: StringField; label: string; type?: 'tel' | 'text'; max: number }> = [
  { field: 'department', label: '归口部门', max: 100 },
  { field: 'departmentHead', label: '归口部门负责人', max: 30 },
  { field: 'contactPerson', label: '联系人', max: 30 },
  { field: 'mobile', label: '手机', type: 'tel', max: 11 },
  { field: 'email', label: '邮箱', max: 100 },
];

const MEETING_FIELDS: Array<{ field: StringField; label: string; unit?: string; placeholder?: string; number?: boolean }> = [
  { field: 'meetingRegisteredTeams', label: '发布会报名班组数', unit: '个', number: true },
  { field: 'meetingPresentingTeams', label: '发布班组数', unit: '个', number: true },
  { field: 'meetingDate', label: '发布会时间', placeholder: '例如 2026-05-20' },
  { field: 'meetingPlace', label: '发布会地点' },
  { field: 'meetingAttendance', label: '参会人数', unit: '人', number: true },
];

/** The period comes as months ('2025-05'); a full date is shown as it is. */
const periodLabel = (value: string) => (/^\d{4}-\d{2}$/.test(value) ? statisticsMonthLabel(value) : formatDate(value));

/** 附件3 统计表: every field of the contract, checked by the shared rule before sending; separate from the page for tests. */
export function StatisticsForm() {
  const [draft, setDraft] = useState<StatisticsDraft | null>(null);
  const [touched, setTouched] = useState<Partial<Record<PrefilledField, boolean>>>({});
  const [problems, setProblems] = useState<Problem[]>([]);
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);

  const edit = (v: StatisticsView) => {
    setDraft(draftFrom(v));
    setTouched({});
  };
  const loaded = useLoaded(async () => {
    const v = await recommendationApi.statistics();
    edit(v);
    return v;
  }, []);
  useReloadOnShow(loaded);
  const view = loaded.data;
  const adopt = (v: StatisticsView) => {
    loaded.setData(v);
    edit(v);
  };
  const shownError = error || loaded.error;

  if (!view || !draft) {
    return shownError !== '' ? (
      <Text className="qt-error" data-testid="stat-save-error">
        {shownError}
      </Text>
    ) : (
      <Text className="qt-hint">正在加载…</Text>
    );
  }

  const update = <K extends keyof StatisticsDraft>(field: K, value: StatisticsDraft[K]) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    if ((PREFILLED_FIELDS as readonly string[]).includes(field)) setTouched({ ...touched, [field]: true });
    // Once a save was tried, problems follow the edits so that fixed ones disappear.
    if (checked) setProblems(checkUnitStatistics(valuesFrom(next)));
  };

  // Not useAction: the server's problems go beside their fields, so the sentence above them is its message alone.
  const save = async () => {
    setError('');
    setChecked(true);
    const values = valuesFrom(draft);
    const found = checkUnitStatistics(values);
    setProblems(found);
    if (found.length > 0) {
      setError(`统计表还有 ${found.length} 处需要修改`);
      return;
    }
    setSaving(true);
    try {
      adopt(await recommendationApi.saveStatistics(values as UnitStatisticsValues));
      setChecked(false);
      void Taro.showToast({ title: '统计表已保存', icon: 'success' });
    } catch (e) {
      if (redirectIfUnauthenticated(e)) return;
      setError(errorText(e));
      if (isApiError(e)) setProblems(e.problems.map((p) => ({ field: p.field ?? '', message: p.message })));
    } finally {
      setSaving(false);
    }
  };

  const problemsOf = (field: string) => problems.filter((p) => p.field === field).map((p) => p.message);
  const known = new Set<string>([...Object.keys(draft)]);
  const unplaced = problems.filter((p) => !known.has(p.field) || (!draft.meetingHeld && p.field.startsWith('meeting') && p.field !== 'meetingHeld'));

  const numberInput = (field: StringField, decimals: boolean) => (
    <Input
      value={draft[field]}
      {...(decimals ? DECIMAL_KEYBOARD : DIGITS_KEYBOARD)}
      placeholder={decimals ? '0.00' : '0'}
      onChange={(v: string) => update(field, v)}
      data-testid={`stat-${field}`}
    />
  );

  const prefillExtra = (field: PrefilledField) =>
    isEdited(view, draft, field, touched[field] === true) ? (
      <Text className="qt-tag-edited" data-testid={`stat-edited-${field}`}>
        已修改
      </Text>
    ) : null;

  const toggleForm = (form: ReviewForm, on: boolean) =>
    update('reviewForms', on ? REVIEW_FORMS.filter((f) => f === form || draft.reviewForms.includes(f)) : draft.reviewForms.filter((f) => f !== form));

  return (
    <View data-testid="stat-form">
      <Text className="qt-page__subtitle" data-testid="stat-period">
        统计期间：{periodLabel(view.period.from)} 至 {periodLabel(view.period.to)}
      </Text>
      {view.updatedAt && (
        <Text className="qt-stat__saved" data-testid="stat-saved">
          已于 {formatDateTime(view.updatedAt)} 报送，可修改后重新保存。
        </Text>
      )}

      <View className="qt-card">
        <Text className="qt-rec__section-title">活动开展情况</Text>
        {UNIT_STATISTICS_ROWS.map((row) => {
          const prefilled = (PREFILLED_FIELDS as readonly string[]).includes(row.field) ? (row.field as PrefilledField) : null;
          return (
            <StatField key={row.field} field={row.field} label={row.label} unit={row.unit} extra={prefilled ? prefillExtra(prefilled) : null} problems={problemsOf(row.field)}>
              {numberInput(row.field, row.unit === '万元')}
              {prefilled && (
                <Text className="qt-stat__prefill" data-testid={`stat-prefill-${prefilled}`}>
                  系统统计：{view.prefill[prefilled]}
                </Text>
              )}
            </StatField>
          );
        })}
        <StatField field="featuresAndProblems" label="主要特点及存在的问题" problems={problemsOf('featuresAndProblems')}>
          <TextArea
            value={draft.featuresAndProblems}
            maxLength={2000}
            showCount
            autoSize
            onChange={(v: string) => update('featuresAndProblems', v)}
            data-testid="stat-featuresAndProblems"
          />
        </StatField>
      </View>

      <View className="qt-card">
        <Text className="qt-rec__section-title">评审及交流形式</Text>
        <StatField field="reviewForms" label="评审及交流形式（可多选）" problems={problemsOf('reviewForms')}>
          <View className="qt-stat__forms">
            {REVIEW_FORMS.map((f) => (
              <Checkbox key={f} checked={draft.reviewForms.includes(f)} onChange={(on: boolean) => toggleForm(f, on)} data-testid={`stat-review-${f}`}>
                {REVIEW_FORM_LABEL[f]}
              </Checkbox>
            ))}
          </View>
        </StatField>
        <StatField field="meetingHeld" label="是否组织发布会" problems={problemsOf('meetingHeld')}>
          <View className="qt-stat__switch">
            <Switch checked={draft.meetingHeld} onChange={(on: boolean) => update('meetingHeld', on)} data-testid="stat-meetingHeld" />
            <Text data-testid="stat-meetingHeld-text">{draft.meetingHeld ? '是' : '否'}</Text>
          </View>
        </StatField>
        {draft.meetingHeld && (
          <View className="qt-stat__meeting" data-testid="stat-meeting">
            {MEETING_FIELDS.map((m) => (
              <StatField key={m.field} field={m.field} label={m.label} unit={m.unit} problems={problemsOf(m.field)}>
                {m.number ? (
                  numberInput(m.field, false)
                ) : (
                  <Input value={draft[m.field]} placeholder={m.placeholder ?? ''} onChange={(v: string) => update(m.field, v)} data-testid={`stat-${m.field}`} />
                )}
              </StatField>
            ))}
          </View>
        )}
      </View>

      <View className="qt-card">
        <Text className="qt-rec__section-title">填报单位</Text>
        {CONTACT_FIELDS.map((c) => (
          <StatField key={c.field} field={c.field} label={c.label} problems={problemsOf(c.field)}>
            <Input value={draft[c.field]} type={c.type ?? 'text'} maxLength={c.max} onChange={(v: string) => update(c.field, v)} data-testid={`stat-${c.field}`} />
          </StatField>
        ))}
      </View>

      {problems.length > 0 && (
        <View className="qt-card qt-rec__problems" data-testid="stat-problems">
          <Text className="qt-rec__section-title">需要修改（{problems.length} 处）</Text>
          {problems.map((p) => (
            <Text key={`${p.field}:${p.message}`} className="qt-rec__problem" data-testid="stat-problem" data-field={p.field}>
              · {p.message}
            </Text>
          ))}
        </View>
      )}
      {unplaced.length > 0 && <Text className="qt-hint">以上部分问题不对应页面上显示的栏目，请核对后重新保存。</Text>}

      <SubmitBar label="保存统计表" submitting={saving} onSubmit={() => void save()} error={shownError} testIdPrefix="stat-save" />
    </View>
  );
}

export default function RecommenderStatisticsPage() {
  return (
    <View className="qt-page qt-stat">
      <Text className="qt-page__title">工程建设质量信得过班组活动统计表</Text>
      <StatisticsForm />
    </View>
  );
}
