import { Text, View } from '@tarojs/components';
import type { SimilarityOverview, SimilarityRun } from '../../api/console-similarity';
import { formatDateTime } from '../../utils/format';
import { Button } from '../console/kit';
import { RUN_TONE, runActive, thresholdText } from './logic';
import { Figure } from './parts';

export interface RunCardProps {
  overview: SimilarityOverview | null;
  starting: boolean;
  onStart: () => void;
}

/** What the latest run itself did: it compares only new or changed files, so its figures are not the library's. */
function RunLine({ run }: { run: SimilarityRun }) {
  return (
    <Text className="sim-run__meta" data-testid="similarity-run-figures">
      本次查重：比对文件 {run.documents} 份（其中新增 {run.newDocuments} 份、无法比对 {run.uncheckable} 份），候选文件对 {run.candidates} 对，新发现相似文件对{' '}
      {run.pairs} 对、其中疑似雷同 {run.suspicious} 对，模板雷同 {run.clusters} 组
    </Text>
  );
}

/** The latest run (status, progress, who asked for it, its own figures), and the library now, as the list counts it. */
export function RunCard({ overview, starting, onStart }: RunCardProps) {
  const run: SimilarityRun | null = overview?.latestRun ?? null;
  const active = runActive(run);
  return (
    <View className="qc-card sim-run" data-testid="similarity-run-card">
      <View className="sim-run__head">
        <View className="sim-run__title">
          <Text>最近一次查重</Text>
          {run ? (
            <Text className={`qc-tag qc-tag--${RUN_TONE[run.status]}`} data-testid="similarity-status" data-status={run.status}>
              {run.statusLabel}
            </Text>
          ) : (
            <Text className="qc-tag qc-tag--gray" data-testid="similarity-status" data-status="none">
              尚未查重
            </Text>
          )}
          {run?.phaseLabel && active && <Text className="qc-muted">{run.phaseLabel}</Text>}
        </View>
        <Button variant="primary" disabled={!overview || active || starting} onClick={onStart} data-testid="similarity-run">
          {starting ? '提交中…' : active ? '查重进行中…' : '开始查重'}
        </Button>
      </View>

      {run && (
        <View className="qc-progress sim-run__progress" data-testid="similarity-progress" data-percent={run.percent}>
          <View className="qc-progress__track">
            <View className="qc-progress__bar" style={{ width: `${Math.max(0, Math.min(100, run.percent))}%` }} />
          </View>
          <Text>
            {run.phaseLabel ? `${run.phaseLabel} ` : ''}
            {run.done} / {run.total}（{run.percent}%）
          </Text>
        </View>
      )}

      {run && (
        <View className="sim-run__lines">
          <Text className="sim-run__meta" data-testid="similarity-requester">
            {run.triggerLabel} · {run.requestedByName} 于 {formatDateTime(run.requestedAt)} 发起
            {run.startedAt ? ` · ${formatDateTime(run.startedAt)} 开始` : ''}
            {run.finishedAt ? ` · ${formatDateTime(run.finishedAt)} 完成` : ''}
          </Text>
          <RunLine run={run} />
          {run.status === 'failed' && run.error && (
            <Text className="qc-alert qc-alert--error" style={{ marginTop: '8PX' }} data-testid="similarity-run-error">
              查重失败：{run.error}
            </Text>
          )}
        </View>
      )}

      {overview && (
        <View data-testid="similarity-totals">
          <Text className="sim-run__section">当前结果（与下方列表一致，含往次查重发现的文件对）</Text>
          <View className="sim-figures">
            <Figure label="参与查重的文件" value={overview.documents.total} hint={`其中可比对 ${overview.documents.indexed} 份`} testId="similarity-documents" />
            <Figure label="无法比对的文件" value={overview.documents.uncheckable} hint="须人工核查" testId="similarity-uncheckable-count" />
            <Figure label="疑似雷同（待核查）" value={overview.pairs.suspicious} hint="列表默认显示" testId="similarity-suspicious" tone={overview.pairs.suspicious > 0 ? 'red' : undefined} />
            <Figure label="相似、未达疑似线" value={overview.pairs.belowLine} hint="默认不列出" testId="similarity-below-line" />
            <Figure label="已核实无问题" value={overview.pairs.dismissed} hint="默认不列出" testId="similarity-dismissed" />
            <Figure label="相似文件对合计" value={overview.pairs.total} testId="similarity-pairs-total" />
            <Figure label="模板雷同" value={`${overview.clusters} 组`} hint="多个班组共用同一段文字" testId="similarity-clusters-count" tone={overview.clusters > 0 ? 'red' : undefined} />
          </View>
          <Text className="qc-muted sim-run__note">相似度：两份文件各自的文字见于对方的比例，取较大者。{thresholdText(overview.thresholds)}。</Text>
        </View>
      )}
      {!run && overview && <Text className="qs-hint">尚未查重。初选后系统会自动查重，也可以在这里手动开始。</Text>}
    </View>
  );
}
