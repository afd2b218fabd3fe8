import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import { errorText, isApiError } from '../../api';
import { reviewApi, type ProgressItem, type ScoreKind } from '../../api/review';
import { redirectIfUnauthenticated } from '../../utils/use-auth-guard';
import { useReloadOnShow } from '../../utils/use-reload-on-show';
import { useLoaded } from '../../utils/use-request';
import { ConfirmDialog } from '../confirm-dialog';
import { formatScore } from '../score-sheet';
import { ScoreChangeNote } from '../score-change-note';
import { SheetBadge } from '../sheet-badge';
import './index.scss';

const REASON_MAX = 500;

interface ReturnTarget {
  item: ProgressItem;
  expertId: number;
  expertName: string;
}

function SpreadCells({ spread }: { spread: NonNullable<ProgressItem['spread']> }) {
  const cells: Array<[string, number]> = [
    ['最高', spread.max],
    ['最低', spread.min],
    ['分差', spread.range],
    ['平均', spread.mean],
  ];
  return (
    <View className="qt-exp__spread" data-testid="exp-progress-spread">
      {cells.map(([label, value]) => (
        <View key={label} className="qt-exp__spread-cell">
          <Text className="qt-exp__spread-value" data-testid={`exp-progress-spread-${label}`}>
            {formatScore(value)}
          </Text>
          <Text className="qt-exp__spread-label">{label}</Text>
        </View>
      ))}
    </View>
  );
}

export default function ExpertProgressPage() {
  const params = useRouter().params;
  const panelNo = params.panelNo ?? '1';
  const kind: ScoreKind = params.kind === 'presentation' ? 'presentation' : 'materials';
  const loaded = useLoaded(() => reviewApi.progress(panelNo, kind), [panelNo, kind]);
  useReloadOnShow(loaded);
  const { data, error, reload: load } = loaded;
  const [target, setTarget] = useState<ReturnTarget | null>(null);
  const [reason, setReason] = useState('');
  const [dialogError, setDialogError] = useState('');
  const [closing, setClosing] = useState(false);
  const [busy, setBusy] = useState(false);

  // The dialogs' taps below keep their own catch: their refusal is shown in the dialog, worded for the reason field
  // (returning) or with the first problems one per line (closing).
  const openReturn = (item: ProgressItem, expertId: number, expertName: string) => {
    setTarget({ item, expertId, expertName });
    setReason('');
    setDialogError('');
  };

  const doReturn = async () => {
    if (!target) return;
    const text = reason.trim();
    if (text === '') {
      setDialogError('请填写退回原因，该专家将看到这一原因');
      return;
    }
    setBusy(true);
    try {
      await reviewApi.returnSheet(target.item.applicationId, kind, target.expertId, text);
      setTarget(null);
      void Taro.showToast({ title: '已退回', icon: 'success' });
      load();
    } catch (e) {
      if (!redirectIfUnauthenticated(e)) setDialogError(isApiError(e) ? (e.messageFor('reason') ?? e.message) : errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const doClose = async () => {
    setBusy(true);
    try {
      await reviewApi.closeMaterials(panelNo);
      setClosing(false);
      void Taro.showToast({ title: '资料审核已结束', icon: 'success' });
      load();
    } catch (e) {
      if (redirectIfUnauthenticated(e)) return;
      const problems = isApiError(e) ? e.problems.map((p) => p.message) : [];
      setDialogError([errorText(e), ...problems.slice(0, 5)].join('\n'));
    } finally {
      setBusy(false);
    }
  };

  if (!data) {
    return (
      <View className="qt-page qt-exp-progress">
        {error !== '' ? (
          <Text className="qt-error" data-testid="exp-progress-error">
            {error}
          </Text>
        ) : (
          <Text className="qt-hint">正在加载…</Text>
        )}
      </View>
    );
  }

  const percent = data.expectedSheets > 0 ? Math.round((data.submittedSheets / data.expectedSheets) * 100) : 0;
  return (
    <View className="qt-page qt-exp-progress" data-testid="exp-progress">
      <View className="qt-exp__hero">
        <Text className="qt-exp__hero-label">组长 · {data.kindLabel}</Text>
        <Text className="qt-exp__hero-title">第 {data.panelNo} 组评分进度</Text>
        <Text className="qt-exp__hero-meta">专家：{data.experts.map((x) => (x.role === 'leader' ? `${x.name}（组长）` : x.name)).join('、')}</Text>
      </View>

      <View className="qt-card">
        <View className="qt-exp__line">
          <Text className="qt-exp__line-label">已提交评分表</Text>
          <Text className="qt-exp__line-value" data-testid="exp-progress-count">
            {data.submittedSheets} / {data.expectedSheets}
          </Text>
        </View>
        <View className="qt-exp-progress__bar">
          <View className="qt-exp-progress__bar-fill" style={{ width: `${percent}%` }} />
        </View>
        <Text className="qt-hint">每个班组全部专家提交后，才显示各人总分和分差。分差过大时可退回某位专家的评分请其更正。</Text>
      </View>

      {data.closed && (
        <Text className="qt-exp__banner qt-exp__banner--ok" data-testid="exp-progress-closed">
          本组资料审核已结束，评分已汇总。
        </Text>
      )}
      {error !== '' && <Text className="qt-error">{error}</Text>}

      {data.items.map((item) => {
        const everyone = item.submittedCount === item.expertCount;
        return (
          <View key={item.applicationId} className="qt-card" data-testid="exp-progress-item" data-application-id={String(item.applicationId)}>
            <View className="qt-exp-progress__team-head">
              <Text className="qt-exp-progress__team">{item.teamName}</Text>
              <Text className={`qt-exp-progress__count${everyone ? ' qt-exp-progress__count--done' : ''}`} data-testid="exp-progress-item-count">
                {item.submittedCount}/{item.expertCount} 已提交
              </Text>
            </View>
            {item.sheets.map((s) => (
              <View key={s.expertId} className="qt-exp-progress__expert" data-testid="exp-progress-sheet" data-expert-id={String(s.expertId)}>
                <View className="qt-exp-progress__expert-row">
                  <Text className="qt-exp-progress__expert-name">
                    {s.expertName}
                    {s.expertId === data.leader.id && <Text className="qt-exp__tag">组长</Text>}
                  </Text>
                  <View className="qt-exp-progress__expert-right">
                    {s.total !== null ? (
                      <Text className="qt-exp-progress__total" data-testid="exp-progress-total">
                        {formatScore(s.total)}
                      </Text>
                    ) : (
                      <SheetBadge status={s.status} testId="exp-progress-sheet-status" />
                    )}
                    {/* Nobody returns their own sheet; a sheet whose correction awaits the secretariat is not returned again. */}
                    {s.status === 'submitted' && !data.closed && item.score === null && s.expertId !== data.leader.id && s.change === null && (
                      <Button
                        className="qt-exp-progress__return"
                        type="danger"
                        fill="outline"
                        data-testid="exp-progress-return"
                        onClick={() => openReturn(item, s.expertId, s.expertName)}
                      >
                        退回
                      </Button>
                    )}
                  </View>
                </View>
                {s.returnReason && <Text className="qt-exp__reason">已退回：{s.returnReason}</Text>}
                {s.change && <ScoreChangeNote change={s.change} />}
              </View>
            ))}
            {item.spread && <SpreadCells spread={item.spread} />}
            {item.score && (
              <Text className="qt-exp-progress__score" data-testid="exp-progress-score">
                本组评分：{formatScore(item.score.score)} 分
              </Text>
            )}
          </View>
        );
      })}

      {kind === 'materials' && !data.closed && data.items.length > 0 && (
        <View className="qt-actions">
          <Button
            type="primary"
            size="large"
            block
            data-testid="exp-progress-close"
            onClick={() => {
              setDialogError('');
              setClosing(true);
            }}
          >
            结束本组资料审核
          </Button>
        </View>
      )}

      <ConfirmDialog
        visible={target !== null}
        title="退回评分"
        message={target ? `退回 ${target.expertName} 对「${target.item.teamName}」的评分？该专家将看到原因，修改后重新提交。` : ''}
        confirmText="确认退回"
        danger
        busy={busy}
        error={dialogError}
        onConfirm={() => void doReturn()}
        onCancel={() => setTarget(null)}
        testId="exp-return-confirm"
      >
        <View className="qt-exp-progress__reason-box">
          <TextArea
            value={reason}
            maxLength={REASON_MAX}
            autoSize
            placeholder="退回原因（必填），如：第 3 项分数明显偏低，请核实"
            onChange={(v: string) => {
              setReason(v);
              setDialogError('');
            }}
            data-testid="exp-return-reason"
          />
        </View>
      </ConfirmDialog>

      <ConfirmDialog
        visible={closing}
        title="结束资料审核"
        message="结束后将汇总本组全部班组的评分，专家不能再修改或退回评分。须每位专家都已提交每个班组的评分。确定结束？"
        confirmText="确认结束"
        busy={busy}
        error={dialogError}
        onConfirm={() => void doClose()}
        onCancel={() => setClosing(false)}
        testId="exp-close-confirm"
      />
    </View>
  );
}
