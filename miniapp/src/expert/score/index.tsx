import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { isApiError } from '../../api';
import { type PanelSheets, reviewApi, type ScoreKind } from '../../api/review';
import { formatDateTime } from '../../utils/format';
import { useLoginRequired } from '../../utils/use-auth-guard';
import { useAction, useLoaded } from '../../utils/use-request';
import { ConfirmDialog } from '../confirm-dialog';
import { formatScore, itemMessagesFromDetails, missingItems, runningTotal, sheetMessages } from '../score-sheet';
import { MaterialsCard } from './materials-card';
import { OverallComment } from './overall-comment';
import { PanelTotals } from './panel-totals';
import { ScoreBar } from './score-bar';
import { ScoreCategories } from './score-categories';
import { itemAnchor } from './score-item';
import { SheetHead } from './sheet-head';
import { useScoreDraft } from './use-score-draft';
import './index.scss';

const scrollTo = (itemId: string) => {
  void Taro.pageScrollTo({ selector: `#${itemAnchor(itemId)}`, duration: 200, offsetTop: -80 }).catch(() => undefined);
};

/** 评分: one expert's score sheet for one team and part — score item by item, save drafts, submit once. */
export default function ExpertScorePage() {
  useLoginRequired('expert');
  const params = useRouter().params;
  const applicationId = params.applicationId ?? '';
  const kind: ScoreKind = params.kind === 'presentation' ? 'presentation' : 'materials';

  const [panelSheets, setPanelSheets] = useState<PanelSheets | null>(null);
  const [showMissing, setShowMissing] = useState(false);
  const [localError, setLocalError] = useState('');
  const [savedAt, setSavedAt] = useState('');
  const [confirming, setConfirming] = useState(false);

  // Loaded once per visit; the page reloads itself after submitting and when another device saved in between.
  const loaded = useLoaded(async () => {
    if (applicationId === '') return null;
    const p = await reviewApi.sheet(applicationId, kind);
    draft.fill(p);
    if (p.sheet.status === 'submitted') {
      reviewApi
        .panelSheets(applicationId, kind)
        .then(setPanelSheets)
        .catch(() => setPanelSheets(null));
    } else {
      setPanelSheets(null);
    }
    return p;
  }, [applicationId, kind]);
  const page = loaded.data;
  const draft = useScoreDraft(applicationId, kind, page);

  // The server's refusal: its per-item messages beside the items, and a reload when the sheet changed meanwhile.
  const refused = (e: unknown) => {
    if (!isApiError(e)) return;
    const byItem = itemMessagesFromDetails(e.details);
    draft.setServerMessages(byItem);
    const first = Object.keys(byItem)[0];
    if (first) scrollTo(first);
    if (e.code === 'CONFLICT' || e.code === 'REVIEW_ALREADY_SUBMITTED') loaded.reload();
  };

  const save = useAction(async () => {
    const body = await draft.bodyToSend();
    if (!body) return;
    try {
      const sheet = await reviewApi.saveDraft(applicationId, kind, body);
      draft.saved(sheet.version);
      if (page) loaded.setData({ ...page, sheet });
      setSavedAt(formatDateTime(new Date().toISOString()).slice(11));
      void Taro.showToast({ title: '草稿已保存', icon: 'success' });
    } catch (e) {
      refused(e);
      throw e;
    }
  });

  const submit = useAction(async () => {
    const body = await draft.bodyToSend();
    if (!body) return;
    try {
      await reviewApi.submit(applicationId, kind, body);
    } catch (e) {
      setConfirming(false);
      refused(e);
      throw e;
    }
    draft.saved();
    setConfirming(false);
    setShowMissing(false);
    void Taro.showToast({ title: '评分已提交', icon: 'success' });
    loaded.reload();
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
  });

  const error = localError || save.error || submit.error;
  const clearErrors = () => {
    setLocalError('');
    save.setError('');
    submit.setError('');
  };

  const askSave = () => {
    if (!page) return;
    const messages = sheetMessages(page.rubric, draft.texts, false);
    if (Object.keys(messages).length > 0) {
      setLocalError('有评分项的分数不正确，请按提示修改后再保存');
      scrollTo(Object.keys(messages)[0]!);
      return;
    }
    clearErrors();
    void save.run();
  };

  const askSubmit = () => {
    if (!page) return;
    setShowMissing(true);
    const ids = Object.keys(sheetMessages(page.rubric, draft.texts, true));
    if (ids.length > 0) {
      const missing = missingItems(page.rubric, draft.texts).length;
      clearErrors();
      setLocalError(missing > 0 ? `还有 ${missing} 项未打分，请逐项评分后再提交` : '有评分项的分数不正确，请按提示修改后再提交');
      scrollTo(ids[0]!);
      return;
    }
    clearErrors();
    setConfirming(true);
  };

  if (!page) {
    // Opened without its team (an old link, a forwarded page): say where the sheets are instead of asking the server.
    const loadError = applicationId === '' ? '没有指定要评分的班组。请从「评审首页」的评审任务进入。' : loaded.error;
    return (
      <View className="qt-page qt-exp-score">
        {loadError !== '' ? (
          <Text className="qt-error" data-testid="exp-score-load-error">
            {loadError}
          </Text>
        ) : (
          <Text className="qt-hint">正在加载…</Text>
        )}
      </View>
    );
  }

  const { rubric, sheet } = page;
  const editable = page.canEdit;
  const sum = runningTotal(rubric, draft.texts);
  const busy = save.busy || submit.busy;

  return (
    <View className={`qt-page qt-exp-score${editable ? '' : ' qt-exp-score--readonly'}`} data-testid="exp-score" data-status={sheet.status}>
      <SheetHead page={page} />
      {panelSheets && <PanelTotals data={panelSheets} />}
      {!editable && sheet.status !== 'submitted' && page.closedReason && (
        <Text className="qt-exp__banner qt-exp__banner--warn" data-testid="exp-score-closed">
          {page.closedReason}
        </Text>
      )}
      <MaterialsCard materials={page.application.materials} />
      {editable && (
        <Text className="qt-exp__banner qt-exp__banner--info">
          每项 0 至满分，以 {formatScore(rubric.step)} 分为单位。可先保存草稿，离开本页时也会自动保存；全部评完后提交。
        </Text>
      )}
      <ScoreCategories
        rubric={rubric}
        texts={draft.texts}
        comments={draft.comments}
        messages={{ ...draft.serverMessages, ...sheetMessages(rubric, draft.texts, showMissing) }}
        editable={editable}
        onText={(id, text) => {
          clearErrors();
          draft.setText(id, text);
        }}
        onComment={draft.setComment}
      />
      <OverallComment value={draft.overall} editable={editable} onChange={draft.setOverall} />
      {error !== '' && !editable && (
        <Text className="qt-error" data-testid="exp-score-error">
          {error}
        </Text>
      )}
      {editable && (
        <ScoreBar
          error={error}
          savedAt={savedAt}
          total={sum.total}
          scored={sum.scored}
          items={sum.items}
          max={rubric.total}
          saving={save.busy}
          busy={busy}
          onSave={askSave}
          onSubmit={askSubmit}
        />
      )}
      <ConfirmDialog
        visible={confirming}
        title="提交评分"
        message={`本表总分 ${formatScore(sum.total)} 分。提交后不能修改（除非组长退回），确定提交？`}
        confirmText="确认提交"
        busy={submit.busy}
        onConfirm={() => void submit.run()}
        onCancel={() => setConfirming(false)}
        testId="exp-submit-confirm"
      />
    </View>
  );
}
