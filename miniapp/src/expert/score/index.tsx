import { useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidHide, useRouter, useUnload } from '@tarojs/taro';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import { errorText, isApiError } from '../../api';
import { PANEL_ROLE_TEXT, reviewApi, type PanelSheets, type ScoreKind, type ScoreSheetInput, type ScoreSheetPage } from '../../api/review';
import { DocumentLink } from '../../components/document-link';
import { documentTypeOf } from '../../utils/document-type';
import { formatDateTime } from '../../utils/format';
import { redirectIfUnauthenticated, useLoginRequired } from '../../utils/use-auth-guard';
import { ConfirmDialog } from '../confirm-dialog';
import {
  formatScore,
  itemMessagesFromDetails,
  missingItems,
  runningTotal,
  scoresToSend,
  sheetMessages,
  textsFromScores,
  type ScoreTexts,
} from '../score-sheet';
import { SheetBadge } from '../sheet-badge';
import { itemAnchor, ScoreItem } from './score-item';
import './index.scss';

const OVERALL_MAX = 1000;

function PanelTotals({ data }: { data: PanelSheets }) {
  return (
    <View className="qt-card" data-testid="exp-panel-sheets">
      <Text className="qt-exp__card-title">同组专家评分</Text>
      {data.sheets.map((s) => (
        <View key={s.expertId} className="qt-exp__line" data-testid="exp-panel-sheet">
          <Text className="qt-exp__line-label">
            {s.expertName}
            {s.role === 'leader' && <Text className="qt-exp__tag">组长</Text>}
          </Text>
          <SheetBadge status={s.status} total={s.total} />
        </View>
      ))}
      {data.spread ? (
        <View className="qt-exp__spread" data-testid="exp-panel-spread">
          {[
            ['最高', data.spread.max],
            ['最低', data.spread.min],
            ['分差', data.spread.range],
            ['平均', data.spread.mean],
          ].map(([label, value]) => (
            <View key={label} className="qt-exp__spread-cell">
              <Text className="qt-exp__spread-value">{formatScore(value as number)}</Text>
              <Text className="qt-exp__spread-label">{label}</Text>
            </View>
          ))}
        </View>
      ) : (
        <Text className="qt-hint">全部专家提交后显示分差。</Text>
      )}
    </View>
  );
}

export default function ExpertScorePage() {
  useLoginRequired('expert');
  const params = useRouter().params;
  const applicationId = params.applicationId ?? '';
  const kind: ScoreKind = params.kind === 'presentation' ? 'presentation' : 'materials';

  const [page, setPage] = useState<ScoreSheetPage | null>(null);
  const [loadError, setLoadError] = useState('');
  const [texts, setTexts] = useState<ScoreTexts>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [overall, setOverall] = useState('');
  const [showMissing, setShowMissing] = useState(false);
  const [serverMessages, setServerMessages] = useState<Record<string, string>>({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [savedAt, setSavedAt] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [dialogError, setDialogError] = useState('');
  const [panelSheets, setPanelSheets] = useState<PanelSheets | null>(null);

  // What autosave on leaving needs, current at the moment the page goes away.
  const latest = useRef({ page, texts, comments, overall });
  latest.current = { page, texts, comments, overall };
  const dirty = useRef(false);
  const version = useRef(0);
  const inFlight = useRef<Promise<unknown> | null>(null);

  const load = async () => {
    // Opened without its team (an old link, a forwarded page): say where the sheets are instead of asking the server.
    if (applicationId === '') return setLoadError('没有指定要评分的班组。请从「评审首页」的评审任务进入。');
    try {
      const p = await reviewApi.sheet(applicationId, kind);
      setPage(p);
      setTexts(textsFromScores(p.sheet.scores));
      setComments(p.sheet.comments ?? {});
      setOverall(p.sheet.overallComment ?? '');
      version.current = p.sheet.version;
      dirty.current = false;
      setLoadError('');
      if (p.sheet.status === 'submitted') {
        reviewApi
          .panelSheets(applicationId, kind)
          .then(setPanelSheets)
          .catch(() => setPanelSheets(null));
      } else {
        setPanelSheets(null);
      }
    } catch (e) {
      if (!redirectIfUnauthenticated(e)) setLoadError(errorText(e));
    }
  };

  useEffect(() => {
    void load();
    // Loaded once per visit; the page reloads itself after submitting.
  }, [applicationId, kind]);

  const bodyOf = (source: typeof latest.current): ScoreSheetInput | null => {
    if (!source.page) return null;
    const comment: Record<string, string> = {};
    for (const [id, text] of Object.entries(source.comments)) if (text.trim() !== '') comment[id] = text.trim();
    return {
      scores: scoresToSend(source.page.rubric, source.texts),
      comments: comment,
      ...(source.overall.trim() !== '' ? { overallComment: source.overall.trim() } : {}),
      version: version.current,
    };
  };

  // Draft autosave when the expert leaves (back, another page, app to background); silent, best effort.
  const autosave = () => {
    const source = latest.current;
    if (!dirty.current || inFlight.current || !source.page?.canEdit) return;
    if (Object.keys(sheetMessages(source.page.rubric, source.texts, false)).length > 0) return;
    const body = bodyOf(source);
    if (!body) return;
    dirty.current = false;
    inFlight.current = reviewApi
      .saveDraft(applicationId, kind, body)
      .then((saved) => {
        version.current = saved.version;
      })
      .catch(() => {
        dirty.current = true;
      })
      .finally(() => {
        inFlight.current = null;
      });
  };
  useDidHide(autosave);
  useUnload(autosave);

  const setText = (id: string, text: string) => {
    dirty.current = true;
    setError('');
    setTexts((prev) => ({ ...prev, [id]: text }));
    setServerMessages((prev) => {
      if (!(id in prev)) return prev;
      const next = { ...prev };
      delete next[id];
      return next;
    });
  };
  const setComment = (id: string, text: string) => {
    dirty.current = true;
    setComments((prev) => ({ ...prev, [id]: text }));
  };

  const scrollTo = (itemId: string) => {
    void Taro.pageScrollTo({ selector: `#${itemAnchor(itemId)}`, duration: 200, offsetTop: -80 }).catch(() => undefined);
  };

  const showServerError = (e: unknown) => {
    setError(errorText(e));
    if (isApiError(e)) {
      const byItem = itemMessagesFromDetails(e.details);
      setServerMessages(byItem);
      const first = Object.keys(byItem)[0];
      if (first) scrollTo(first);
      // Someone else (another device) saved in between: reload to see it.
      if (e.code === 'CONFLICT' || e.code === 'REVIEW_ALREADY_SUBMITTED') void load();
    }
  };

  const save = async () => {
    if (!page) return;
    const messages = sheetMessages(page.rubric, texts, false);
    if (Object.keys(messages).length > 0) {
      setError('有评分项的分数不正确，请按提示修改后再保存');
      scrollTo(Object.keys(messages)[0]!);
      return;
    }
    await inFlight.current;
    const body = bodyOf({ page, texts, comments, overall });
    if (!body) return;
    setBusy('save');
    setError('');
    try {
      const saved = await reviewApi.saveDraft(applicationId, kind, body);
      version.current = saved.version;
      dirty.current = false;
      setPage((prev) => (prev ? { ...prev, sheet: saved } : prev));
      setSavedAt(formatDateTime(new Date().toISOString()).slice(11));
      void Taro.showToast({ title: '草稿已保存', icon: 'success' });
    } catch (e) {
      if (!redirectIfUnauthenticated(e)) showServerError(e);
    } finally {
      setBusy(null);
    }
  };

  const askSubmit = () => {
    if (!page) return;
    setShowMissing(true);
    const messages = sheetMessages(page.rubric, texts, true);
    const ids = Object.keys(messages);
    if (ids.length > 0) {
      const missing = missingItems(page.rubric, texts).length;
      setError(missing > 0 ? `还有 ${missing} 项未打分，请逐项评分后再提交` : '有评分项的分数不正确，请按提示修改后再提交');
      scrollTo(ids[0]!);
      return;
    }
    setError('');
    setDialogError('');
    setConfirming(true);
  };

  const submit = async () => {
    if (!page) return;
    await inFlight.current;
    const body = bodyOf({ page, texts, comments, overall });
    if (!body) return;
    setBusy('submit');
    setDialogError('');
    try {
      await reviewApi.submit(applicationId, kind, body);
      dirty.current = false;
      setConfirming(false);
      setShowMissing(false);
      void Taro.showToast({ title: '评分已提交', icon: 'success' });
      await load();
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
    } catch (e) {
      if (redirectIfUnauthenticated(e)) return;
      setConfirming(false);
      showServerError(e);
    } finally {
      setBusy(null);
    }
  };

  if (!page) {
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

  const { application, rubric, sheet } = page;
  const editable = page.canEdit;
  const localMessages = sheetMessages(rubric, texts, showMissing);
  const sum = runningTotal(rubric, texts);
  let index = 0;

  return (
    <View className={`qt-page qt-exp-score${editable ? '' : ' qt-exp-score--readonly'}`} data-testid="exp-score" data-status={sheet.status}>
      <View className="qt-exp__hero">
        <Text className="qt-exp__hero-label">
          {page.kindLabel}评分 · 第 {page.panelNo} 组 · {PANEL_ROLE_TEXT[page.role]}
        </Text>
        <Text className="qt-exp__hero-title" data-testid="exp-score-team">
          {application.teamName}
        </Text>
        <Text className="qt-exp__hero-meta">{application.enterpriseName}</Text>
        {(application.specialty || application.projectName) && (
          <Text className="qt-exp__hero-meta">{[application.specialty, application.projectName].filter(Boolean).join(' · ')}</Text>
        )}
        <View className="qt-exp__chips">
          <SheetBadge status={sheet.status} total={sheet.total} testId="exp-score-status" />
        </View>
      </View>

      {sheet.status === 'returned' && (
        <View className="qt-exp__banner qt-exp__banner--danger" data-testid="exp-score-returned">
          <Text className="qt-exp__banner-title">组长退回了您的评分，请修改后重新提交</Text>
          <Text data-testid="exp-score-return-reason">退回原因：{sheet.returnReason ?? '—'}</Text>
          {page.change?.status === 'returned' && (
            <Text data-testid="exp-score-held-note">您退回前已看过同组专家的评分，重新提交的评分须经秘书处审核同意后才生效，审核前仍以原评分为准。</Text>
          )}
        </View>
      )}

      {sheet.status === 'submitted' && page.change && page.change.status !== 'returned' && (
        <View className={`qt-exp__banner ${page.change.status === 'rejected' ? 'qt-exp__banner--warn' : ''}`} data-testid="exp-score-change" data-status={page.change.status}>
          <Text className="qt-exp__banner-title">评分更正：{page.change.statusLabel}</Text>
          <Text>
            原总分 {formatScore(page.change.beforeTotal)} → 更正后 {formatScore(page.change.afterTotal)}
            {page.change.status === 'pending' ? '（审核前以原总分为准）' : ''}
          </Text>
          {page.change.decisionNote && <Text>审核意见：{page.change.decisionNote}</Text>}
        </View>
      )}

      {sheet.status === 'submitted' && (
        <View className="qt-card" data-testid="exp-score-submitted">
          <Text className="qt-hint">已于 {formatDateTime(sheet.submittedAt)} 提交，总分</Text>
          <Text className="qt-exp-score__total" data-testid="exp-score-total">
            {formatScore(sheet.total)}
            <Text className="qt-exp-score__total-of"> / {formatScore(rubric.total)} 分</Text>
          </Text>
          <Text className="qt-hint">提交后不能修改；如需更正，请联系组长退回。</Text>
        </View>
      )}

      {panelSheets && <PanelTotals data={panelSheets} />}

      {!editable && sheet.status !== 'submitted' && page.closedReason && (
        <Text className="qt-exp__banner qt-exp__banner--warn" data-testid="exp-score-closed">
          {page.closedReason}
        </Text>
      )}

      <View className="qt-card" data-testid="exp-score-materials">
        <Text className="qt-exp__card-title">申报材料</Text>
        {application.materials.length === 0 && <Text className="qt-hint">未上传申报材料</Text>}
        {application.materials.map((m) => (
          <DocumentLink
            key={m.kind}
            url={m.url}
            fileType={documentTypeOf(m.originalName, m.kind === 'pdf' ? 'pdf' : 'pptx')}
            label={m.kind === 'pdf' ? `打开申报材料（PDF）` : `打开成果发布 PPT`}
            testId={`exp-material-${m.kind}`}
          />
        ))}
        <Text className="qt-hint">链接 10 分钟内有效，过期请返回后重新进入本页。</Text>
      </View>

      {editable && (
        <Text className="qt-exp__banner qt-exp__banner--info">
          每项 0 至满分，以 {formatScore(rubric.step)} 分为单位。可先保存草稿，离开本页时也会自动保存；全部评完后提交。
        </Text>
      )}

      {rubric.categories.map((category) => {
        const catSum = runningTotal({ ...rubric, categories: [category] }, texts).total;
        const catMax = category.items.reduce((s, i) => s + i.max, 0);
        return (
          <View key={category.id} className="qt-card qt-exp-score__category" style={{ padding: 0 }} data-testid="exp-category">
            <View className="qt-exp-score__category-head">
              <Text className="qt-exp-score__category-title">{category.title}</Text>
              <Text className="qt-exp-score__category-sum">
                {formatScore(catSum)} / {formatScore(catMax)}
              </Text>
            </View>
            {category.items.map((item) => {
              index += 1;
              return (
                <ScoreItem
                  key={item.id}
                  item={item}
                  index={index}
                  step={rubric.step}
                  text={texts[item.id] ?? ''}
                  comment={comments[item.id] ?? ''}
                  message={localMessages[item.id] ?? serverMessages[item.id] ?? null}
                  editable={editable}
                  onText={(t) => setText(item.id, t)}
                  onComment={(t) => setComment(item.id, t)}
                />
              );
            })}
          </View>
        );
      })}

      {(editable || overall !== '') && (
        <View className="qt-card">
          <Text className="qt-exp__card-title">总体评语{editable ? '（选填）' : ''}</Text>
          {editable ? (
            <View className="qt-exp-score__overall">
              <TextArea
                value={overall}
                maxLength={OVERALL_MAX}
                autoSize
                placeholder="对该班组的总体评价与建议"
                onChange={(v: string) => {
                  dirty.current = true;
                  setOverall(v);
                }}
                data-testid="exp-overall"
              />
            </View>
          ) : (
            <Text className="qt-hint">{overall}</Text>
          )}
        </View>
      )}

      {error !== '' && !editable && (
        <Text className="qt-error" data-testid="exp-score-error">
          {error}
        </Text>
      )}

      {editable && (
        <View className="qt-exp-score__bar" data-testid="exp-score-bar">
          {/* In the fixed bar, so the refusal is seen next to the button that caused it. */}
          {error !== '' && (
            <Text className="qt-error qt-exp-score__bar-error" data-testid="exp-score-error">
              {error}
            </Text>
          )}
          {savedAt !== '' && (
            <Text className="qt-exp-score__saved" data-testid="exp-score-saved">
              草稿已保存（{savedAt}）
            </Text>
          )}
          <View className="qt-exp-score__bar-total">
            <Text className="qt-exp-score__bar-sum">
              合计
              <Text className="qt-exp-score__bar-value" data-testid="exp-score-running-total">
                {formatScore(sum.total)}
              </Text>
              / {formatScore(rubric.total)} 分
            </Text>
            <Text className="qt-exp-score__bar-count" data-testid="exp-score-count">
              已评 {sum.scored}/{sum.items} 项
            </Text>
          </View>
          <View className="qt-exp-score__bar-buttons">
            <Button size="large" loading={busy === 'save'} disabled={busy !== null} data-testid="exp-score-save" onClick={() => void save()}>
              保存草稿
            </Button>
            <Button type="primary" size="large" disabled={busy !== null} data-testid="exp-score-submit" onClick={askSubmit}>
              提交评分
            </Button>
          </View>
        </View>
      )}

      <ConfirmDialog
        visible={confirming}
        title="提交评分"
        message={`本表总分 ${formatScore(sum.total)} 分。提交后不能修改（除非组长退回），确定提交？`}
        confirmText="确认提交"
        busy={busy === 'submit'}
        error={dialogError}
        onConfirm={() => void submit()}
        onCancel={() => setConfirming(false)}
        testId="exp-submit-confirm"
      />
    </View>
  );
}
