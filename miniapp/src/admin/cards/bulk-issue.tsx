import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { absoluteFileUrl } from '../../api/client';
import { type BulkIssueResult, setupApi } from '../../api/console-setup';
import { useAction } from '../../utils/use-request';
import { ConfirmDialog } from '../console/confirm-dialog';
import { Button, TextArea } from '../console/kit';
import { namesToSend, parseNameLines } from '../setup-pages/bulk-names';

/** 批量发放: one enterprise a line; repeats are flagged before sending, the server's skipped rows and the list's link after. */
export function BulkIssue({ onIssued }: { onIssued: () => void }) {
  const [text, setText] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<BulkIssueResult | null>(null);
  const lines = parseNameLines(text);
  const flagged = lines.filter((l) => l.flag !== null);

  const issue = useAction(async () => {
    try {
      const r = await setupApi.bulkIssueCards(namesToSend(lines));
      setResult(r);
      setText('');
      onIssued();
    } finally {
      setConfirming(false);
    }
  });

  return (
    <View className="qt-card" data-testid="cards-bulk">
      <Text className="qt-page__subtitle">批量发放</Text>
      <Text className="qc-muted" style={{ display: 'block', marginBottom: '8px' }}>
        每行一个企业名称（与营业执照一致的全称）；重复和过长的名称不发卡。
      </Text>
      <TextArea className="qs-textarea" value={text} placeholder={'中建八局第一建设有限公司\n中铁十二局集团第二工程有限公司'} onChange={setText} data-testid="cards-bulk-names" />
      <Text className="qc-muted" style={{ display: 'block' }} data-testid="cards-bulk-count">
        共 {lines.length} 行{flagged.length ? `，其中 ${flagged.length} 行将被跳过` : ''}
      </Text>
      {flagged.map((l) => (
        <Text key={l.row} className="qs-problem" data-testid="cards-bulk-flag">
          第 {l.row} 行「{l.name.length > 30 ? `${l.name.slice(0, 30)}…` : l.name}」：{l.flag}
        </Text>
      ))}
      {issue.error !== '' && (
        <Text className="qc-alert qc-alert--error" data-testid="cards-bulk-error">
          {issue.error}
        </Text>
      )}
      <View className="qs-actions" style={{ justifyContent: 'flex-start' }}>
        <Button variant="primary" disabled={issue.busy || lines.length === 0} onClick={() => setConfirming(true)} data-testid="cards-bulk-submit">
          {issue.busy ? '发放中…' : `批量发放（${lines.length - flagged.length} 张）`}
        </Button>
      </View>
      {result && (
        <View className={`qc-alert ${result.skipped.length ? 'qc-alert--warning' : 'qc-alert--success'}`} data-testid="cards-bulk-result">
          <Text style={{ display: 'block' }}>
            已发放 {result.items.length} 张报名卡{result.skipped.length ? `，跳过 ${result.skipped.length} 个：` : '。'}
          </Text>
          {result.skipped.map((k) => (
            <Text key={k.row} style={{ display: 'block' }} data-testid="cards-bulk-skipped">
              · 第 {k.row} 行「{k.enterpriseName}」：{k.message}
            </Text>
          ))}
          {result.download && (
            <Text style={{ display: 'block', marginTop: '8px' }}>
              <a href={absoluteFileUrl(result.download.url)} download={result.download.filename} target="_blank" rel="noreferrer" data-testid="cards-bulk-download">
                下载发放清单
              </a>
              <Text className="qc-muted">（含一次性密码，仅此一次，请立即下载并妥善保管；清单不在服务器上保存）</Text>
            </Text>
          )}
        </View>
      )}
      <ConfirmDialog
        open={confirming}
        title={`批量发放 ${lines.length - flagged.length} 张报名卡？`}
        confirmText="发放"
        busy={issue.busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void issue.run()}
        testId="cards-bulk-confirm"
      >
        <Text style={{ display: 'block' }}>每个企业发放一张报名卡，已发放的报名卡不能撤回。</Text>
        <Text style={{ display: 'block', marginTop: '8px' }}>一次性密码只在发放清单中出现一次（清单不在服务器上保存，离开本页后无法再次下载）。</Text>
      </ConfirmDialog>
    </View>
  );
}
