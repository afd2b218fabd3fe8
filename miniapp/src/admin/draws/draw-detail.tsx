import { Text, View } from '@tarojs/components';
import type { DrawView, VerifyResult } from '../../api/console-review';
import { formatDateTime } from '../../utils/format';
import { Button } from '../console/kit';
import { differenceText } from '../review-pages/logic';
import { PlainCell, PlainHeadCell, PlainRow, PlainTable } from '../console/plain-table';
import { PanelCard } from './panel-card';

export interface DrawDetailProps {
  draw: DrawView;
  /** The last verification of this draw, if any. */
  verify: VerifyResult | null;
  verifying: boolean;
  onVerify: () => void;
}

function VerifyLine({ result }: { result: VerifyResult }) {
  return (
    <View className={`qc-alert ${result.verified ? 'qc-alert--success' : 'qc-alert--error'}`} data-testid="draw-verify-result" data-verified={result.verified ? 'true' : 'false'}>
      {result.verified ? (
        <Text>复核一致：用保存的种子重新抽取，结果与保存的完全相同。</Text>
      ) : (
        <View>
          <Text>复核不一致：</Text>
          {(result.differences ?? []).map((d, k) => (
            <View key={k} data-testid="draw-verify-difference" className="qc-mono" style={{ wordBreak: 'break-all' }}>
              · {differenceText(d)}
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

/** One draw: its seed (anyone can re-run it), the verification's outcome, the panels and the later replacements. */
export function DrawDetail({ draw, verify, verifying, onVerify }: DrawDetailProps) {
  return (
    <View className="qc-card" data-testid="draw-detail" data-draw={draw.id}>
      <View className="rp-panel__head">
        <Text className="qc-card__title">
          第 {draw.id} 次抽取 · {formatDateTime(draw.drawnAt)}
        </Text>
        <Button disabled={verifying} onClick={onVerify} data-testid="draw-detail-verify">
          {verifying ? '复核中…' : '复核'}
        </Button>
      </View>
      <Text className="qc-card__hint" style={{ display: 'block', marginBottom: '12px' }}>
        种子 <Text className="qc-mono" data-testid="draw-detail-seed">{draw.seed}</Text>：任何人可用此种子和保存的专家、申报名单重新抽取，结果应完全一致。
      </Text>
      {verify && <VerifyLine result={verify} />}
      <View className="rp-grid">
        {draw.panels.map((p) => (
          <PanelCard key={p.panelNo} panel={p} replaced={draw.replacements.filter((r) => r.panelNo === p.panelNo).length} />
        ))}
      </View>
      {draw.replacements.length > 0 && (
        <View style={{ marginTop: '16px' }}>
          <Text className="qc-card__title">专家替换</Text>
          <PlainTable
            testId="draw-replacements"
            colSpan={6}
            loading={false}
            error=""
            empty={false}
            head={
              <PlainRow>
                <PlainHeadCell>组</PlainHeadCell>
                <PlainHeadCell>退出专家</PlainHeadCell>
                <PlainHeadCell>替换专家</PlainHeadCell>
                <PlainHeadCell>原因</PlainHeadCell>
                <PlainHeadCell>种子</PlainHeadCell>
                <PlainHeadCell>时间</PlainHeadCell>
              </PlainRow>
            }
          >
            {draw.replacements.map((r) => (
              <PlainRow key={r.id} data-testid="draw-replacement">
                <PlainCell>第 {r.panelNo} 组</PlainCell>
                <PlainCell>{r.removedExpert.name ?? `专家 ${r.removedExpert.id}`}</PlainCell>
                <PlainCell>{r.replacementExpert ? (r.replacementExpert.name ?? `专家 ${r.replacementExpert.id}`) : <Text className="qc-muted">无（本组减员）</Text>}</PlainCell>
                <PlainCell>{r.reason}</PlainCell>
                <PlainCell className="qc-mono">{r.seed}</PlainCell>
                <PlainCell>{formatDateTime(r.replacedAt)}</PlainCell>
              </PlainRow>
            ))}
          </PlainTable>
        </View>
      )}
    </View>
  );
}
