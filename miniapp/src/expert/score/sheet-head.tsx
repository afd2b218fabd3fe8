import { Text, View } from '@tarojs/components';
import { PANEL_ROLE_TEXT, type ScoreSheetPage } from '../../api/review';
import { formatDateTime } from '../../utils/format';
import { formatScore } from '../score-sheet';
import { SheetBadge } from '../sheet-badge';

/** The top of the sheet: which team and part, then where the sheet stands (returned, a correction, submitted). */
export function SheetHead({ page }: { page: ScoreSheetPage }) {
  const { application, rubric, sheet } = page;
  return (
    <>
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
    </>
  );
}

