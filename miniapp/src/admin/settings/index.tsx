import { useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { isApiError } from '../../api';
import { setupApi } from '../../api/console-setup';
import { useAction, useLoaded } from '../../utils/use-request';
import { ConfirmDialog } from '../console/confirm-dialog';
import { Button } from '../console/kit';
import { ConsoleLayout } from '../console/layout';
import { FormRow } from '../setup-pages/form-bits';
import { checkForm, formToSettings, problemsByField, rubricsChanged, type SettingsForm, settingsToForm } from '../setup-pages/settings-form';
import { RubricEditor } from './rubric-editor';
import { BasicsCard, ScoringCard } from './settings-fields';
import '../setup-pages/setup.scss';

const LOCKED_TEXT = '已有专家保存或提交了评分表，评分表（类别、评分项、分值、评分说明）不能再修改；其他设置仍可修改保存。';

/** 活动设置: the current campaign's settings as one form; the server checks it whole and lists every problem. */
export default function SettingsPage() {
  // The form as last loaded or saved (撤销修改 returns to it), and the form being edited.
  const [baseline, setBaseline] = useState<SettingsForm | null>(null);
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [problems, setProblems] = useState<Record<string, string[]>>({});
  const [saved, setSaved] = useState(false);
  const [locked, setLocked] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const loaded = useLoaded(async () => {
    const c = await setupApi.campaign();
    if (c.settings) {
      const f = settingsToForm(c.settings);
      setBaseline(f);
      setForm(f);
    }
    return c;
  }, []);
  const campaign = loaded.data;
  const loadError = loaded.error || (campaign && !campaign.settings ? '服务器没有返回本年度活动的完整设置（评分表、统计期间等），暂时无法在此修改。' : '');

  const hints = useMemo(() => (form ? checkForm(form) : {}), [form]);
  const hintCount = Object.values(hints).reduce((n, list) => n + list.length, 0);
  const touchedRubrics = form !== null && baseline !== null && rubricsChanged(baseline, form);

  const update = (patch: Partial<SettingsForm>) => {
    setSaved(false);
    setForm((f) => (f ? { ...f, ...patch } : f));
  };

  // The server's refusal: every problem beside its field, or (the rubric locked meanwhile) the saved rubric back.
  const refused = (e: unknown, sent: SettingsForm) => {
    if (isApiError(e) && e.code === 'SETTINGS_INVALID') {
      setProblems(problemsByField(e.problems.length ? e.problems : e.details.length ? e.details : [e.message]));
    } else if (isApiError(e) && e.code === 'SETTINGS_RUBRIC_LOCKED') {
      setLocked(true);
      setProblems({});
      if (baseline) setForm({ ...sent, rubrics: baseline.rubrics });
    } else {
      setProblems({});
    }
  };

  const save = useAction(async () => {
    if (!form) return;
    setConfirming(false);
    setSaved(false);
    try {
      const next = await setupApi.saveSettings(formToSettings(form));
      setProblems({});
      setSaved(true);
      loaded.setData(next);
      const f = next.settings ? settingsToForm(next.settings) : form;
      setBaseline(f);
      if (next.settings) setForm(f);
    } catch (e) {
      refused(e, form);
      throw e;
    }
  });

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
            {baseline && (
              <Button
                disabled={save.busy}
                onClick={() => {
                  setForm(baseline);
                  setProblems({});
                  save.setError('');
                }}
                data-testid="settings-reset"
              >
                撤销修改
              </Button>
            )}
            <Button variant="primary" disabled={save.busy} onClick={() => (touchedRubrics ? setConfirming(true) : void save.run())} data-testid="settings-save">
              {save.busy ? '保存中…' : '保存'}
            </Button>
          </>
        )
      }
    >
      {loadError !== '' && (
        <View className="qc-alert qc-alert--error" data-testid="settings-load-error">
          <Text>{loadError}</Text>
          <Button variant="link" onClick={loaded.reload}>
            重试
          </Button>
        </View>
      )}
      {!form && loadError === '' && <Text className="qc-muted">加载中…</Text>}
      {saved && (
        <Text className="qc-alert qc-alert--success" data-testid="settings-saved">
          活动设置已保存。
        </Text>
      )}
      {save.error !== '' && (
        <View className="qc-alert qc-alert--error" data-testid="settings-error">
          <Text>{save.error}</Text>
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
          <BasicsCard form={form} problems={problems} update={update} />
          <ScoringCard form={form} problems={problems} update={update} />
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

      <ConfirmDialog open={confirming} title="保存对评分表的修改？" confirmText="保存" busy={save.busy} onCancel={() => setConfirming(false)} onConfirm={() => void save.run()} testId="settings-confirm">
        <Text style={{ display: 'block' }}>评分表修改后，专家评分按新的类别、评分项和分值进行。</Text>
        <Text style={{ display: 'block', marginTop: '8px' }}>一旦有专家保存或提交评分表，评分表将被锁定，不能再修改。</Text>
      </ConfirmDialog>
    </ConsoleLayout>
  );
}
