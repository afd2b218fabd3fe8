import { useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { consoleReviewApi, INVITATIONS_XLSX_PATH, type InvitationList } from '../../api/console-review';
import { formatDateTime } from '../../utils/format';
import { useAction, useLoaded } from '../../utils/use-request';
import { ConfirmDialog } from '../console/confirm-dialog';
import { Button, Check, TextInput } from '../console/kit';
import { ConsoleLayout } from '../console/layout';
import { StatusTag } from '../console/status-tag';
import { failure, fmtScore, NoticeLine, type Notice, ProgressBar, useExport } from '../review-pages/parts';
import { PlainCell, PlainHeadCell, PlainRow, PlainTable } from '../console/plain-table';
import { selectTopN, tieAtCut } from '../review-pages/logic';
import '../review-pages/review-pages.scss';

/** The public page listing the invited teams (H5 hash route). */
const PUBLIC_LISTS_URL = '/#/public/lists/index';

/** 发布会名单: the reviewed teams ranked by materials score; choose the invited ones and publish the list once. */
export default function InvitationsPage() {
  const loaded = useLoaded(() => consoleReviewApi.invitations(), []);
  const list: InvitationList | null = loaded.data;
  const [selected, setSelected] = useState<number[]>([]);
  const [topN, setTopN] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const exporter = useExport(INVITATIONS_XLSX_PATH, '参加成果发布会班组名单.xlsx');
  // The select-all box is partly on while only some reviewed teams are chosen; a checkbox's ref is reached through its cell.
  const headCell = useRef<HTMLTableCellElement | null>(null);

  const items = list?.items ?? [];
  const published = list?.published ?? false;
  const selectable = items.filter((r) => r.status === 'reviewed');
  const chosen = new Set(selected);
  const allOn = selectable.length > 0 && selectable.every((r) => chosen.has(r.applicationId));
  const someOn = selectable.some((r) => chosen.has(r.applicationId));
  useEffect(() => {
    const box = headCell.current?.querySelector('input');
    if (box) box.indeterminate = someOn && !allOn;
  }, [someOn, allOn]);
  const n = Number(topN);
  const cutTie = Number.isInteger(n) && n > 0 ? tieAtCut(selectable, n) : null;
  const invited = items.filter((r) => r.status !== 'not_invited' && r.status !== 'reviewed');
  const blocked = (list?.underReview ?? 0) > 0;

  const toggle = (id: number) => setSelected(chosen.has(id) ? selected.filter((x) => x !== id) : [...selected, id]);

  const publish = useAction(async () => {
    try {
      const r = await consoleReviewApi.publishInvitations(selected);
      loaded.setData(r);
      setSelected([]);
      setNotice({ ok: true, text: `名单已公布：${selected.length} 个班组受邀参加成果发布会，其余 ${selectable.length - selected.length} 个为未受邀，各班组已收到通知。` });
    } catch (e) {
      const text = failure(e);
      if (text !== null) setNotice({ ok: false, text: `公布失败：${text}` });
    } finally {
      setConfirming(false);
    }
  });

  return (
    <ConsoleLayout
      active="invitations"
      title="发布会名单"
      subtitle="已完成资料审核的申报按资料审核得分排名，确定参加成果发布会的班组"
      extra={
        <>
          <ProgressBar progress={exporter.progress} testId="invitations-export-progress" />
          <Button disabled={exporter.progress !== null} onClick={() => void exporter.run()} data-testid="invitations-export">
            {exporter.progress ? '导出中…' : '导出 Excel'}
          </Button>
        </>
      }
    >
      <NoticeLine notice={notice} testId="invitations-notice" onClose={() => setNotice(null)} />
      <NoticeLine notice={exporter.notice} testId="invitations-export-message" onClose={() => exporter.setNotice(null)} />

      {published && list && (
        <View className="qc-alert qc-alert--success" data-testid="invitations-published">
          <Text>
            名单已于 {formatDateTime(list.publishedAt)} 公布：受邀 {invited.length} 个班组。公开页面：
          </Text>
          <a href={PUBLIC_LISTS_URL} target="_blank" rel="noreferrer" data-testid="invitations-public-link">
            参加发布会的班组名单
          </a>
        </View>
      )}
      {!published && blocked && (
        <Text className="qc-alert qc-alert--warning" data-testid="invitations-under-review">
          还有 {list?.underReview} 个申报的资料审核尚未完成，完成后才能确定名单。
        </Text>
      )}

      {!published && (
        <View className="qc-card">
          <View className="rp-form">
            <Text>
              已选择 <Text data-testid="invitations-selected-count">{selected.length}</Text> / {selectable.length} 个
            </Text>
            <View className="rp-inline">
              <Text>选择前</Text>
              <TextInput type="number" min={0} value={topN} onChange={setTopN} data-testid="invitations-top-n" style={{ width: '90px' }} />
              <Text>名</Text>
              <Button disabled={!(Number.isInteger(n) && n >= 0)} onClick={() => setSelected(selectTopN(selectable, n))} data-testid="invitations-select-top">
                选择
              </Button>
              <Button variant="link" onClick={() => setSelected([])} data-testid="invitations-clear">
                清空
              </Button>
            </View>
            <Button variant="primary" disabled={blocked || selectable.length === 0} onClick={() => setConfirming(true)} data-testid="invitations-publish">
              确定并公布
            </Button>
          </View>
          {cutTie && (
            <Text className="qc-alert qc-alert--warning" style={{ marginTop: '12px' }} data-testid="invitations-tie-warning">
              第 {n} 名处有并列：第 {cutTie.rank} 名共 {cutTie.count} 个班组得分相同，请决定是否全部邀请。
            </Text>
          )}
        </View>
      )}

      <View className="qc-card">
        <PlainTable
          testId="invitations-table"
          colSpan={7}
          loading={loaded.loading}
          error={loaded.error}
          empty={items.length === 0}
          head={
            <PlainRow>
              <PlainHeadCell ref={headCell} className="qc-table__check">
                {!published && <Check checked={allOn} disabled={selectable.length === 0} onChange={() => setSelected(allOn ? [] : selectable.map((r) => r.applicationId))} data-testid="invitations-select-all" aria-label="全选" />}
              </PlainHeadCell>
              <PlainHeadCell style={{ width: '70px' }}>排名</PlainHeadCell>
              <PlainHeadCell>班组名称</PlainHeadCell>
              <PlainHeadCell>申报企业</PlainHeadCell>
              <PlainHeadCell>推荐单位</PlainHeadCell>
              <PlainHeadCell className="qc-table__num">资料审核得分</PlainHeadCell>
              <PlainHeadCell>状态</PlainHeadCell>
            </PlainRow>
          }
        >
          {items.map((r) => {
            const on = chosen.has(r.applicationId);
            return (
              <PlainRow key={r.applicationId} data-testid="invitations-row" data-key={r.applicationId} data-rank={r.rank} className={on ? 'qc-table__row--selected' : undefined}>
                <PlainCell className="qc-table__check">
                  {!published && r.status === 'reviewed' && <Check checked={on} onChange={() => toggle(r.applicationId)} data-testid="invitations-select" aria-label="选择此班组" />}
                </PlainCell>
                <PlainCell>{r.rank}</PlainCell>
                <PlainCell>{r.teamName}</PlainCell>
                <PlainCell>{r.enterpriseName}</PlainCell>
                <PlainCell>{r.unit ? `${r.unit.seq}. ${r.unit.name}` : <Text className="qc-muted">—</Text>}</PlainCell>
                <PlainCell className="qc-table__num">{fmtScore(r.materialsScore)}</PlainCell>
                <PlainCell>
                  <StatusTag status={r.status} label={r.statusLabel} testId="invitations-status" />
                </PlainCell>
              </PlainRow>
            );
          })}
        </PlainTable>
      </View>

      <ConfirmDialog
        open={confirming}
        title={`确定邀请 ${selected.length} 个班组参加成果发布会并公布名单？`}
        confirmText="确定并公布"
        danger
        busy={publish.busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void publish.run()}
        testId="invitations-confirm"
      >
        <Text style={{ display: 'block' }}>
          选中的 {selected.length} 个班组为受邀，其余 {selectable.length - selected.length} 个已完成资料审核的班组为未受邀；各班组将收到通知，名单在公开页面公布。
        </Text>
        <Text className="qc-alert qc-alert--warning" style={{ marginTop: '12px' }}>
          公布后不能撤销或更改。
        </Text>
        {selected.length === 0 && (
          <Text className="qc-alert qc-alert--error" style={{ marginTop: '12px' }} data-testid="invitations-confirm-none">
            尚未选择任何班组：确定后全部为未受邀。
          </Text>
        )}
      </ConfirmDialog>
    </ConsoleLayout>
  );
}
