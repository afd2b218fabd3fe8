import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { consoleReviewApi, type DrawView } from '../../api/console-review';
import { useAction } from '../../utils/use-request';
import { ConfirmDialog } from '../console/confirm-dialog';
import { Field } from '../console/filters';
import { Button, TextInput } from '../console/kit';
import { parseDrawForm } from '../review-pages/logic';
import { failure, type Notice } from '../review-pages/parts';

const EMPTY = { panelCount: '', panelSize: '', seed: '' };

export interface DrawFormProps {
  /** How many draws this season already has (a new one replaces them as the latest). */
  drawCount: number;
  onNotice: (notice: Notice | null) => void;
  onDrawn: (view: DrawView) => void;
}

/** 新的抽取: how many panels of how many experts, and an optional public seed; checked here, confirmed, then drawn. */
export function DrawForm({ drawCount, onNotice, onDrawn }: DrawFormProps) {
  const [form, setForm] = useState(EMPTY);
  const [formError, setFormError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const parsed = parseDrawForm(form);

  const ask = () => {
    onNotice(null);
    if (!parsed.ok) {
      setFormError(parsed.message);
      return;
    }
    setFormError('');
    setConfirming(true);
  };

  const draw = useAction(async () => {
    if (!parsed.ok) return;
    try {
      const view = await consoleReviewApi.createDraw(parsed.value);
      onNotice({ ok: true, text: `已抽取 ${view.panelCount} 个专家组（种子 ${view.seed}），结果已保存并公开。` });
      setForm(EMPTY);
      onDrawn(view);
    } catch (e) {
      const text = failure(e);
      if (text !== null) onNotice({ ok: false, text: `抽取失败：${text}` });
    } finally {
      setConfirming(false);
    }
  });

  return (
    <View className="qc-card">
      <Text className="qc-card__title">新的抽取</Text>
      <form
        className="rp-form"
        data-testid="draw-form"
        onSubmit={(e) => {
          e.preventDefault();
          ask();
        }}
      >
        <Field label="专家组数">
          <TextInput type="number" min={1} max={100} value={form.panelCount} onChange={(v) => setForm({ ...form, panelCount: v })} data-testid="draw-panel-count" style={{ width: '120px' }} />
        </Field>
        <Field label="每组人数（含组长）">
          <TextInput type="number" min={1} max={50} value={form.panelSize} onChange={(v) => setForm({ ...form, panelSize: v })} data-testid="draw-panel-size" style={{ width: '120px' }} />
        </Field>
        <Field label="种子（可不填）">
          <TextInput value={form.seed} placeholder="不填则随机生成" maxLength={100} onChange={(v) => setForm({ ...form, seed: v })} data-testid="draw-seed" style={{ width: '320px' }} />
        </Field>
        <Button submit variant="primary" data-testid="draw-submit">
          抽取专家组
        </Button>
      </form>
      {formError && (
        <Text className="qc-alert qc-alert--error" data-testid="draw-form-error" style={{ marginTop: '12px' }}>
          {formError}
        </Text>
      )}

      <ConfirmDialog
        open={confirming}
        title="确认抽取专家组？"
        confirmText="确认抽取"
        danger
        busy={draw.busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void draw.run()}
        testId="draw-confirm"
      >
        {parsed.ok && (
          <Text style={{ display: 'block' }}>
            抽取 {parsed.value.panelCount} 个专家组，每组 {parsed.value.panelSize} 人（含组长），种子：{parsed.value.seed ?? '由系统随机生成'}。
          </Text>
        )}
        <Text style={{ display: 'block', marginTop: '8px' }}>抽取结果连同种子、专家和申报名单一并保存并公开，任何人可据此复核；抽取后各专家即可看到所在的专家组。</Text>
        {drawCount > 0 && (
          <Text className="qc-alert qc-alert--warning" style={{ marginTop: '12px' }} data-testid="draw-confirm-warning">
            本届已抽取过 {drawCount} 次，新的抽取将成为最新的专家组。
          </Text>
        )}
      </ConfirmDialog>
    </View>
  );
}
