import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type Grade, GRADE_LABEL, GRADES } from '@cacem/shared';
import { type CertificateItem, type CertificateQuery, certificatePdfPath, consoleReviewApi, ONWARD_XLSX_PATH } from '../../api/console-review';
import { useAction } from '../../utils/use-request';
import { ConfirmDialog } from '../console/confirm-dialog';
import { DataTable } from '../console/data-table';
import { downloadFile } from '../console/download';
import { Field, FilterBar } from '../console/filters';
import { Button, Select } from '../console/kit';
import { ConsoleLayout } from '../console/layout';
import { CONSOLE_ROUTES } from '../console/routes';
import { defaultQuery, setFilter, type TableQuery, type TableSpec } from '../console/table-query';
import { usePagedList } from '../console/use-paged-list';
import { failure, NoticeLine, type Notice, ProgressBar, useExport } from '../review-pages/parts';
import { certificateColumns } from './certificate-columns';
import { RevokePanel } from './revoke-panel';
import '../review-pages/review-pages.scss';

const SPEC: TableSpec = {
  filters: [{ name: 'grade' }, { name: 'revoked' }],
  sortKeys: [],
  defaultPageSize: 20,
  pageSizes: [10, 20, 50, 100],
  defaultSort: null,
};

const GRADE_OPTIONS = [{ value: '', label: '全部等级' }, ...GRADES.map((g) => ({ value: g, label: GRADE_LABEL[g] }))];
const REVOKED_OPTIONS = [
  { value: '', label: '全部' },
  { value: 'false', label: '有效' },
  { value: 'true', label: '已撤销' },
];

const isGrade = (v: unknown): v is Grade => typeof v === 'string' && (GRADES as readonly string[]).includes(v);
const gradeOf = (query: TableQuery) => (isGrade(query.filters.grade) ? query.filters.grade : undefined);
const revokedOf = (query: TableQuery) => (query.filters.revoked === 'true' || query.filters.revoked === 'false' ? query.filters.revoked : undefined);

/** The URL's query as the server's: the page, and the filters that hold a known value. */
function toCertificateQuery(query: TableQuery): CertificateQuery {
  const grade = gradeOf(query);
  const revoked = revokedOf(query);
  return { page: query.page, pageSize: query.pageSize, ...(grade ? { grade } : {}), ...(revoked ? { revoked: revoked === 'true' } : {}) };
}

/** 证书: issue certificates for the published grades, list and filter them, open a PDF, revoke with a reason, export the onward list. */
export default function CertificatesPage() {
  const list = usePagedList(SPEC, CONSOLE_ROUTES.certificates, (query) => consoleReviewApi.certificates(toCertificateQuery(query)));
  const { query, setQuery } = list;
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirmIssue, setConfirmIssue] = useState(false);
  const [revoking, setRevoking] = useState<CertificateItem | null>(null);
  const [pdfNo, setPdfNo] = useState<string | null>(null);
  const onward = useExport(ONWARD_XLSX_PATH, '择优推荐名单.xlsx');
  const grade = gradeOf(query);
  const revoked = revokedOf(query);

  const issue = useAction(async () => {
    try {
      const r = await consoleReviewApi.issueCertificates();
      setNotice({ ok: true, text: r.issued ? `已颁发 ${r.issued} 张证书。` : '没有需要颁发的证书（已公布等级的班组都已有证书）。' });
      list.reload();
    } catch (e) {
      const text = failure(e);
      if (text !== null) setNotice({ ok: false, text: `颁发失败：${text}` });
    } finally {
      setConfirmIssue(false);
    }
  });

  const openPdf = async (c: CertificateItem) => {
    setPdfNo(c.certificateNo);
    try {
      await downloadFile(certificatePdfPath(c.certificateNo), {}, `证书-${c.certificateNo}.pdf`, () => undefined);
    } catch (e) {
      const text = failure(e);
      if (text !== null) setNotice({ ok: false, text: `下载证书失败：${text}` });
    } finally {
      setPdfNo(null);
    }
  };

  return (
    <ConsoleLayout
      active="certificates"
      title="证书"
      subtitle="为已公布等级的班组颁发证书；撤销的证书在公众查验时显示原因"
      extra={
        <>
          <ProgressBar progress={onward.progress} testId="cert-onward-progress" />
          <Button disabled={onward.progress !== null} onClick={() => void onward.run()} data-testid="cert-onward-export">
            {onward.progress ? '导出中…' : '导出择优推荐名单'}
          </Button>
          <Button variant="primary" onClick={() => setConfirmIssue(true)} data-testid="cert-issue">
            颁发证书
          </Button>
        </>
      }
    >
      <NoticeLine notice={notice} testId="cert-notice" onClose={() => setNotice(null)} />
      <NoticeLine notice={onward.notice} testId="cert-onward-message" onClose={() => onward.setNotice(null)} />

      <FilterBar testId="cert-filters" onSubmit={list.reload} onReset={() => setQuery({ ...defaultQuery(SPEC), pageSize: query.pageSize })}>
        <Field label="等级">
          <Select value={grade ?? ''} options={GRADE_OPTIONS} onChange={(v) => setQuery(setFilter(query, 'grade', v))} data-testid="cert-filter-grade" style={{ width: '160px' }} />
        </Field>
        <Field label="撤销状态">
          <Select value={revoked ?? ''} options={REVOKED_OPTIONS} onChange={(v) => setQuery(setFilter(query, 'revoked', v))} data-testid="cert-filter-revoked" style={{ width: '160px' }} />
        </Field>
      </FilterBar>

      <View className="qc-card">
        <DataTable
          testId="certs"
          columns={certificateColumns({ pdfBusy: pdfNo, onPdf: (c) => void openPdf(c), onRevoke: setRevoking })}
          {...list.table}
          rowKey={(c) => c.certificateNo}
          emptyText={grade || revoked ? '没有符合条件的证书' : '尚未颁发证书'}
          activeKey={revoking?.certificateNo ?? null}
        />
      </View>

      <RevokePanel
        key={revoking?.certificateNo ?? 'none'}
        revoking={revoking}
        onClose={() => setRevoking(null)}
        onRevoked={(text) => {
          setNotice({ ok: true, text });
          setRevoking(null);
          list.reload();
        }}
      />

      <ConfirmDialog
        open={confirmIssue}
        title="为已公布等级的班组颁发证书？"
        confirmText="颁发证书"
        danger
        busy={issue.busy}
        onCancel={() => setConfirmIssue(false)}
        onConfirm={() => void issue.run()}
        testId="cert-issue-confirm"
      >
        <Text style={{ display: 'block' }}>为本届已评定等级且已公布、尚无证书的班组生成证书编号并颁发；已颁发的不会重复颁发。证书颁发后只能撤销，不能删除。</Text>
      </ConfirmDialog>
    </ConsoleLayout>
  );
}
