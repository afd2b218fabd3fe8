import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { similarityApi, type SimilarityPairDetail } from '../../api/console-similarity';
import { formatDateTime } from '../../utils/format';
import { useAction, useLoaded } from '../../utils/use-request';
import { Button } from '../console/kit';
import { ConsoleLayout, goConsole } from '../console/layout';
import { CONSOLE_ROUTES } from '../console/routes';
import { failure, NoticeLine, type Notice } from '../review-pages/parts';
import { DismissDialog } from './dismiss-dialog';
import { pct, teamText } from './logic';
import { OpenCaseDialog } from './open-case-dialog';
import { CaseLink, Figure, SideCard } from './parts';
import { Passages } from './passages';
import './similarity.scss';

/** 材料查重 · 对比查看: the two documents of a pair, every matched passage side by side, and 立案查处 against one of them. */
export default function SimilarityPairPage() {
  const raw = useRouter().params.id;
  const id = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : null;
  const loaded = useLoaded((): Promise<SimilarityPairDetail | null> => (id === null ? Promise.resolve(null) : similarityApi.pair(id)), [id]);
  const pair = loaded.data;
  const error = id === null ? '缺少文件对编号' : loaded.error;
  const [notice, setNotice] = useState<Notice | null>(null);
  const [opening, setOpening] = useState(false);
  const [dismissing, setDismissing] = useState(false);

  const restore = useAction(async () => {
    if (!pair) return;
    try {
      const updated = await similarityApi.restore(pair.id);
      loaded.setData({ ...pair, ...updated, passages: pair.passages });
      setNotice({ ok: true, text: '已撤销核实无问题的结论' });
    } catch (e) {
      const message = failure(e);
      if (message !== null) setNotice({ ok: false, text: message });
    }
  });

  const extra = (
    <>
      <Button onClick={() => goConsole(CONSOLE_ROUTES.similarity)} data-testid="pair-back">
        返回材料查重
      </Button>
      {pair &&
        (pair.caseId !== null ? (
          <CaseLink caseId={pair.caseId} />
        ) : pair.dismissal ? (
          <Button disabled={restore.busy} onClick={() => void restore.run()} data-testid="restore-pair">
            撤销核实结论
          </Button>
        ) : (
          <>
            <Button onClick={() => setDismissing(true)} data-testid="dismiss-pair">
              核实无问题
            </Button>
            <Button variant="danger" onClick={() => setOpening(true)} data-testid="open-case">
              立案查处
            </Button>
          </>
        ))}
    </>
  );

  return (
    <ConsoleLayout active="similarity" title="材料查重 · 对比查看" subtitle={pair ? `文件对 #${pair.id} · 比对于 ${formatDateTime(pair.checkedAt)}` : undefined} extra={extra}>
      <View data-testid="similarity-pair-view" data-pair-id={pair?.id ?? ''}>
        <NoticeLine notice={notice} testId="pair-notice" onClose={() => setNotice(null)} />
        {notice?.ok && pair !== null && pair.caseId !== null && (
          <View className="qc-alert qc-alert--info">
            <Text>可在「违规查处」上传证据材料并作出处理决定。</Text>
            <Button variant="link" onClick={() => goConsole(CONSOLE_ROUTES.discipline)} data-testid="pair-go-discipline">
              前往违规查处
            </Button>
          </View>
        )}
        {error && (
          <Text className="qc-alert qc-alert--error" data-testid="pair-error">
            加载失败：{error}
          </Text>
        )}
        {!pair && !error && <Text className="qc-muted">加载中…</Text>}
        {pair?.dismissal && (
          <View className="qc-alert qc-alert--info" data-testid="pair-dismissal">
            <Text>
              已核实无问题（{pair.dismissal.byName}，{formatDateTime(pair.dismissal.at)}）：{pair.dismissal.reason}
            </Text>
          </View>
        )}

        {pair && (
          <View className="qc-card">
            <View className="sim-sides" style={{ marginBottom: '16PX' }}>
              <SideCard label="文件 A" doc={pair.a} precedence={pair.precedence.a} first={pair.precedence.first === 'a'} coverage={pair.coverageA} testId="pair-side-a" />
              <SideCard label="文件 B" doc={pair.b} precedence={pair.precedence.b} first={pair.precedence.first === 'b'} coverage={pair.coverageB} testId="pair-side-b" />
            </View>
            <View className="sim-figures" data-testid="pair-figures">
              <Figure
                label="相似度（取较大者）"
                value={pct(pair.score)}
                hint={pair.suspicious ? '达到疑似线：疑似雷同' : '未达疑似线'}
                tone={pair.suspicious ? 'red' : undefined}
                testId="pair-score"
              />
              <Figure label="A 的文字见于 B" value={pct(pair.coverageA)} hint="占 A 自身文字" />
              <Figure label="B 的文字见于 A" value={pct(pair.coverageB)} hint="占 B 自身文字" />
              <Figure label="匹配段落" value={`${pair.passageCount} 处`} />
              <Figure label="匹配字数" value={pair.matchedChars} />
            </View>
          </View>
        )}

        {pair && <Passages pair={pair} />}
      </View>

      {opening && pair && (
        <OpenCaseDialog
          pair={pair}
          onCancel={() => setOpening(false)}
          onExists={loaded.reload}
          onOpened={(caseId, target) => {
            loaded.setData({ ...pair, caseId });
            setOpening(false);
            setNotice({ ok: true, text: `已立案（案件 ${caseId}）：${teamText(target)}` });
          }}
        />
      )}
      {dismissing && pair && (
        <DismissDialog
          pair={pair}
          onCancel={() => setDismissing(false)}
          onDismissed={(updated) => {
            loaded.setData(updated);
            setDismissing(false);
            setNotice({ ok: true, text: '已标记为核实无问题，材料查重列表默认不再显示该文件对' });
          }}
        />
      )}
    </ConsoleLayout>
  );
}
