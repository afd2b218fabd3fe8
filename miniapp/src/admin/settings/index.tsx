import { useCallback, useEffect, useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { RUBRIC_KIND_LABEL, type RubricKind, STAGE_LABEL } from '@cacem/shared';
import { errorText, isApiError } from '../../api';
import { type CampaignView, setupApi } from '../../api/console-setup';
import { redirectIfUnauthenticated } from '../../utils/use-auth-guard';
import { ConfirmDialog } from '../console/confirm-dialog';
import { ConsoleLayout } from '../console/layout';
import { FormRow } from '../setup-pages/form-bits';
import {
  checkForm,
  formToSettings,
  nextId,
  problemsByField,
  type RubricForm,
  rubricsChanged,
  rubricTotals,
  type SettingsForm,
  settingsToForm,
  STAGE_KEYS,
} from '../setup-pages/settings-form';
import '../setup-pages/setup.scss';

const LOCKED_TEXT = '已有专家保存或提交了评分表，评分表（类别、评分项、分值、评分说明）不能再修改；其他设置仍可修改保存。';

function RubricEditor({
  kind,
  rubric,
  required,
  locked,
  problems,
  onChange,
}: {
  kind: RubricKind;
  rubric: RubricForm;
  required: string;
  locked: boolean;
  problems: Record<string, string[]>;
  onChange: (next: RubricForm) => void;
}) {
  const totals = rubricTotals(rubric, required);
  const at = `rubrics.${kind}`;
  const setCategory = (ci: number, patch: Partial<RubricForm['categories'][number]>) =>
    onChange({ ...rubric, categories: rubric.categories.map((c, i) => (i === ci ? { ...c, ...patch } : c)) });
  const setItem = (ci: number, ii: number, patch: Partial<RubricForm['categories'][number]['items'][number]>) =>
    setCategory(ci, { items: rubric.categories[ci]!.items.map((it, i) => (i === ii ? { ...it, ...patch } : it)) });
  const addCategory = () => {
    const id = nextId(rubric, `${kind[0]}c`);
    const withCat = { ...rubric, categories: [...rubric.categories, { id, title: '', items: [] }] };
    onChange({ ...withCat, categories: withCat.categories.map((c) => (c.id === id ? { ...c, items: [{ id: nextId(withCat, `${kind[0]}i`), title: '', max: '', guidance: '' }] } : c)) });
  };
  const addItem = (ci: number) => setCategory(ci, { items: [...rubric.categories[ci]!.items, { id: nextId(rubric, `${kind[0]}i`), title: '', max: '', guidance: '' }] });
  const removeCategory = (ci: number) => onChange({ ...rubric, categories: rubric.categories.filter((_, i) => i !== ci) });
  const removeItem = (ci: number, ii: number) => setCategory(ci, { items: rubric.categories[ci]!.items.filter((_, i) => i !== ii) });
  const msgs = (key: string) =>
    (problems[key] ?? []).map((m, i) => (
      <Text key={i} className="qs-problem" data-testid="settings-problem">
        {m}
      </Text>
    ));

  return (
    <View className="qc-card qs-rubric" data-testid={`settings-rubric-${kind}`}>
      <View className="qs-rubric__head">
        <Text className="qc-card__title">{RUBRIC_KIND_LABEL[kind]}</Text>
        <Text className={`qc-tag ${totals.ok ? 'qc-tag--green' : 'qc-tag--red'}`} data-testid={`settings-rubric-${kind}-total`}>
          各项合计 {totals.sum ?? '—'} / 应为 {totals.required ?? '—'}（{kind === 'materials' ? '资料审核' : '成果发布'}分值）
        </Text>
      </View>
      <Text className="qs-hint">
        评分步长 {rubric.step} 分；{rubric.isDefault ? '当前为平台默认评分表，请按标准替换。' : `来源：${rubric.source || '—'}`}
      </Text>
      {msgs(at)}
      <table className="qc-table">
        <thead>
          <tr>
            <th style={{ width: '28%' }}>评分项</th>
            <th style={{ width: '100px' }}>分值</th>
            <th>评分说明</th>
            <th style={{ width: '110px' }}>操作</th>
          </tr>
        </thead>
        <tbody>
          {rubric.categories.map((c, ci) => [
            <tr key={c.id} className="qs-rubric__category" data-testid={`settings-rubric-${kind}-category`}>
              <td colSpan={2}>
                <input className="qc-input" placeholder="类别名称" value={c.title} disabled={locked} onChange={(e) => setCategory(ci, { title: e.target.value })} data-testid={`settings-rubric-${kind}-category-title`} />
                {msgs(`${at}.c${ci}.title`)}
                {msgs(`${at}.c${ci}`)}
              </td>
              <td>
                <Text className="qc-muted">小计 {totals.perCategory[ci] ?? '—'} 分</Text>
              </td>
              <td>
                {!locked && (
                  <>
                    <button type="button" className="qc-btn qc-btn--link" onClick={() => addItem(ci)} data-testid={`settings-rubric-${kind}-add-item`}>
                      加项
                    </button>
                    <button type="button" className="qc-btn qc-btn--link" onClick={() => removeCategory(ci)}>
                      删除
                    </button>
                  </>
                )}
              </td>
            </tr>,
            ...c.items.map((it, ii) => (
              <tr key={it.id} data-testid={`settings-rubric-${kind}-item`}>
                <td>
                  <input className="qc-input" placeholder="评分项名称" value={it.title} disabled={locked} onChange={(e) => setItem(ci, ii, { title: e.target.value })} />
                  {msgs(`${at}.c${ci}.i${ii}.title`)}
                  {msgs(`${at}.c${ci}.i${ii}.id`)}
                </td>
                <td>
                  <input className="qc-input" inputMode="decimal" value={it.max} disabled={locked} onChange={(e) => setItem(ci, ii, { max: e.target.value })} data-testid={`settings-rubric-${kind}-item-max`} />
                  {msgs(`${at}.c${ci}.i${ii}.max`)}
                </td>
                <td>
                  <input className="qc-input" placeholder="专家评分时看到的说明（可不填）" value={it.guidance} disabled={locked} onChange={(e) => setItem(ci, ii, { guidance: e.target.value })} />
                </td>
                <td>
                  {!locked && (
                    <button type="button" className="qc-btn qc-btn--link" onClick={() => removeItem(ci, ii)}>
                      删除
                    </button>
                  )}
                </td>
              </tr>
            )),
          ])}
        </tbody>
      </table>
      {!locked && (
        <button type="button" className="qc-btn" style={{ marginTop: '8px' }} onClick={addCategory} data-testid={`settings-rubric-${kind}-add-category`}>
          添加类别
        </button>
      )}
    </View>
  );
}

/** 活动设置: the current campaign's settings as one form; the server checks it whole and lists every problem. */
export default function SettingsPage() {
  const [campaign, setCampaign] = useState<CampaignView | null>(null);
  const [loaded, setLoaded] = useState<SettingsForm | null>(null);
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [loadError, setLoadError] = useState('');
  const [problems, setProblems] = useState<Record<string, string[]>>({});
  const [saveError, setSaveError] = useState('');
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);
  const [locked, setLocked] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const load = useCallback(() => {
    setLoadError('');
    setupApi
      .campaign()
      .then((c) => {
        setCampaign(c);
        if (c.settings) {
          const f = settingsToForm(c.settings);
          setLoaded(f);
          setForm(f);
        } else {
          setLoadError('服务器没有返回本年度活动的完整设置（评分表、统计期间等），暂时无法在此修改。');
        }
      })
      .catch((e: unknown) => {
        if (!redirectIfUnauthenticated(e)) setLoadError(errorText(e));
      });
  }, []);
  useEffect(load, [load]);

  const hints = useMemo(() => (form ? checkForm(form) : {}), [form]);
  const hintCount = Object.values(hints).reduce((n, list) => n + list.length, 0);
  const touchedRubrics = form !== null && loaded !== null && rubricsChanged(loaded, form);

  const update = (patch: Partial<SettingsForm>) => {
    setSaved(false);
    setForm((f) => (f ? { ...f, ...patch } : f));
  };

  const save = async () => {
    if (!form) return;
    setConfirming(false);
    setSaving(true);
    setSaveError('');
    setSaved(false);
    try {
      const next = await setupApi.saveSettings(formToSettings(form));
      setProblems({});
      setSaved(true);
      setCampaign(next);
      if (next.settings) {
        const f = settingsToForm(next.settings);
        setLoaded(f);
        setForm(f);
      } else {
        setLoaded(form);
      }
    } catch (e) {
      if (redirectIfUnauthenticated(e)) return;
      setSaveError(errorText(e));
      if (isApiError(e) && e.code === 'SETTINGS_INVALID') {
        setProblems(problemsByField(e.problems.length ? e.problems : e.details.length ? e.details : [e.message]));
      } else if (isApiError(e) && e.code === 'SETTINGS_RUBRIC_LOCKED') {
        setLocked(true);
        setProblems({});
        if (loaded) setForm({ ...form, rubrics: loaded.rubrics });
      } else {
        setProblems({});
      }
    } finally {
      setSaving(false);
    }
  };

  const p = (field: string) => problems[field];
  const generalProblems = problems.settings ?? [];

  return (
    <ConsoleLayout
      active="settings"
      title="活动设置"
      subtitle={campaign ? `${campaign.year} 年度 · 当前${campaign.stageLabel}` : '本年度活动的阶段时间、分值、等级比例和评分表'}
      extra={
        form && (
          <>
            {loaded && (
              <button type="button" className="qc-btn" disabled={saving} onClick={() => { setForm(loaded); setProblems({}); setSaveError(''); }} data-testid="settings-reset">
                撤销修改
              </button>
            )}
            <button type="button" className="qc-btn qc-btn--primary" disabled={saving} onClick={() => (touchedRubrics ? setConfirming(true) : void save())} data-testid="settings-save">
              {saving ? '保存中…' : '保存'}
            </button>
          </>
        )
      }
    >
      {loadError !== '' && (
        <View className="qc-alert qc-alert--error" data-testid="settings-load-error">
          <Text>{loadError}</Text>
          <button type="button" className="qc-btn qc-btn--link" onClick={load}>
            重试
          </button>
        </View>
      )}
      {!form && loadError === '' && <Text className="qc-muted">加载中…</Text>}
      {saved && (
        <Text className="qc-alert qc-alert--success" data-testid="settings-saved">
          活动设置已保存。
        </Text>
      )}
      {saveError !== '' && (
        <View className="qc-alert qc-alert--error" data-testid="settings-error">
          <Text>{saveError}</Text>
          {generalProblems.map((m, i) => (
            <Text key={i} style={{ display: 'block' }}>
              · {m}
            </Text>
          ))}
        </View>
      )}
      {locked && (
        <Text className="qc-alert qc-alert--warning" data-testid="settings-rubric-locked">
          {LOCKED_TEXT}已恢复为保存前的评分表，请再次点击「保存」保存其他修改。
        </Text>
      )}
      {form && hintCount > 0 && (
        <View className="qc-alert qc-alert--info" data-testid="settings-hints">
          <Text>保存前检查发现 {hintCount} 处问题（以服务器检查为准）：</Text>
          <View className="qs-list">
            {Object.values(hints)
              .flat()
              .map((m, i) => (
                <Text key={i} style={{ display: 'block' }}>
                  · {m}
                </Text>
              ))}
          </View>
        </View>
      )}

      {form && (
        <>
          <View className="qc-card">
            <Text className="qc-card__title">基本信息与阶段时间</Text>
            <View className="qs-form">
              <FormRow label="活动名称" problems={p('name')} wide testId="settings-field-name">
                <input className="qc-input" style={{ width: '480px' }} value={form.name} onChange={(e) => update({ name: e.target.value })} data-testid="settings-name" />
                <Text className="qc-muted">年度 {form.year}（不可修改）</Text>
              </FormRow>
              {STAGE_KEYS.map((key) => (
                <FormRow key={key} label={STAGE_LABEL[key]} problems={p(`windows.${key}`)} testId={`settings-field-window-${key}`}>
                  <input
                    type="date"
                    className="qc-input qs-input--date"
                    value={form.windows[key].opens}
                    onChange={(e) => update({ windows: { ...form.windows, [key]: { ...form.windows[key], opens: e.target.value } } })}
                    data-testid={`settings-window-${key}-opens`}
                  />
                  <Text>至</Text>
                  <input
                    type="date"
                    className="qc-input qs-input--date"
                    value={form.windows[key].closes}
                    onChange={(e) => update({ windows: { ...form.windows, [key]: { ...form.windows[key], closes: e.target.value } } })}
                    data-testid={`settings-window-${key}-closes`}
                  />
                </FormRow>
              ))}
              {p('windows') && <FormRow label="阶段时间" problems={p('windows')}>{null}</FormRow>}
              <FormRow label="统计期间（现场活动记录的起止月份）" problems={p('statisticsPeriod')} testId="settings-field-statistics">
                <input type="month" className="qc-input qs-input--date" value={form.statisticsFrom} onChange={(e) => update({ statisticsFrom: e.target.value })} data-testid="settings-statistics-from" />
                <Text>至</Text>
                <input type="month" className="qc-input qs-input--date" value={form.statisticsTo} onChange={(e) => update({ statisticsTo: e.target.value })} data-testid="settings-statistics-to" />
              </FormRow>
            </View>
          </View>

          <View className="qc-card">
            <Text className="qc-card__title">分值、等级比例与评分规则</Text>
            <View className="qs-form">
              <FormRow label="分值（资料审核 + 成果发布 = 100）" problems={p('weights')} testId="settings-field-weights">
                <Text>资料审核</Text>
                <input className="qc-input qs-input--short" inputMode="decimal" value={form.weightMaterials} onChange={(e) => update({ weightMaterials: e.target.value })} data-testid="settings-weight-materials" />
                <Text>成果发布</Text>
                <input className="qc-input qs-input--short" inputMode="decimal" value={form.weightPresentation} onChange={(e) => update({ weightPresentation: e.target.value })} data-testid="settings-weight-presentation" />
              </FormRow>
              <FormRow label="等级比例（占评定班组的百分比）" problems={p('gradeCaps')} testId="settings-field-caps">
                <Text>卓越级 ≤</Text>
                <input className="qc-input qs-input--short" inputMode="decimal" value={form.excellentMax} onChange={(e) => update({ excellentMax: e.target.value })} data-testid="settings-cap-excellent" />
                <Text>% 示范级 ≤</Text>
                <input className="qc-input qs-input--short" inputMode="decimal" value={form.exemplaryMax} onChange={(e) => update({ exemplaryMax: e.target.value })} data-testid="settings-cap-exemplary" />
                <Text>% 改进级 ≥</Text>
                <input className="qc-input qs-input--short" inputMode="decimal" value={form.improvingMin} onChange={(e) => update({ improvingMin: e.target.value })} data-testid="settings-cap-improving" />
                <Text>%</Text>
              </FormRow>
              <FormRow label="专家评分汇总方式" problems={p('scoring.aggregation')} testId="settings-field-aggregation">
                <select className="qc-select" value={form.aggregation} onChange={(e) => update({ aggregation: e.target.value === 'mean' ? 'mean' : 'trimmed' })} data-testid="settings-aggregation">
                  <option value="trimmed">去掉一个最高分和一个最低分后平均</option>
                  <option value="mean">全部专家评分平均</option>
                </select>
              </FormRow>
              <FormRow label="现场活动记录最少条数（申报资格）" problems={p('eligibility.minActivityRecords')} testId="settings-field-min-records">
                <input className="qc-input qs-input--short" inputMode="numeric" value={form.minActivityRecords} onChange={(e) => update({ minActivityRecords: e.target.value })} data-testid="settings-min-records" />
                <Text>条</Text>
              </FormRow>
            </View>
          </View>

          {locked && (
            <Text className="qc-alert qc-alert--info" data-testid="settings-rubric-locked-note">
              评分表已锁定：{LOCKED_TEXT}
            </Text>
          )}
          {p('rubrics') && <FormRow label="评分表" problems={p('rubrics')}>{null}</FormRow>}
          {(['materials', 'presentation'] as const).map((kind) => (
            <RubricEditor
              key={kind}
              kind={kind}
              rubric={form.rubrics[kind]}
              required={kind === 'materials' ? form.weightMaterials : form.weightPresentation}
              locked={locked}
              problems={problems}
              onChange={(next) => update({ rubrics: { ...form.rubrics, [kind]: next } })}
            />
          ))}
        </>
      )}

      <ConfirmDialog open={confirming} title="保存对评分表的修改？" confirmText="保存" busy={saving} onCancel={() => setConfirming(false)} onConfirm={() => void save()} testId="settings-confirm">
        <Text style={{ display: 'block' }}>评分表修改后，专家评分按新的类别、评分项和分值进行。</Text>
        <Text style={{ display: 'block', marginTop: '8px' }}>一旦有专家保存或提交评分表，评分表将被锁定，不能再修改。</Text>
      </ConfirmDialog>
    </ConsoleLayout>
  );
}
