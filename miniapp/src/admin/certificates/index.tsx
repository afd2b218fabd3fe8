import { useCallback, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type Grade, GRADE_LABEL, GRADES } from '@cacem/shared';
import type { Page } from '../../api';
import { type CertificateItem, type CertificateQuery, certificatePdfPath, consoleReviewApi, ONWARD_XLSX_PATH } from '../../api/console-review';
import { formatDate, formatDateTime } from '../../utils/format';
import { ConfirmDialog } from '../console/confirm-dialog';
import { type Column, DataTable } from '../console/data-table';
import { downloadFile } from '../console/download';
import { Field, FilterBar } from '../console/filters';
import { ConsoleLayout } from '../console/layout';
import { CONSOLE_ROUTES } from '../console/routes';
import { SidePanel } from '../console/side-panel';
import { defaultQuery, setFilter, type TableSpec } from '../console/table-query';
import { useTableQuery } from '../console/use-table-query';
import { failure, NoticeLine, type Notice, ProgressBar, useExport } from '../review-pages/parts';
import '../review-pages/review-pages.scss';

const SPEC: TableSpec = {
  filters: [{ name: 'grade' }, { name: 'revoked' }],
  sortKeys: [],
  defaultPageSize: 20,
  pageSizes: [10, 20, 50, 100],
  defaultSort: null,
};

const GRADE_TONE: Record<Grade, string> = { excellent: 'green', exemplary: 'blue', improving: 'gray' };
const isGrade = (v: unknown): v is Grade => typeof v === 'string' && (GRADES as readonly string[]).includes(v);

/** 证书: issue certificates for the published grades, list and filter them, open a PDF, revoke with a reason, export the onward list. */
export default function CertificatesPage() {
  const [query, setQuery] = useTableQuery(SPEC, CONSOLE_ROUTES.certificates);
  const [page, setPage] = useState<Page<CertificateItem> | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [issuing, setIssuing] = useState(false);
  const [confirmIssue, setConfirmIssue] = useState(false);
  const [busy, setBusy] = useState(false);
  const [revoking, setRevoking] = useState<CertificateItem | null>(null);
  const [reason, setReason] = useState('');
  const [revokeError, setRevokeError] = useState('');
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  const [pdfBusy, setPdfBusy] = useState<string | null>(null);
  const onward = useExport(ONWARD_XLSX_PATH, '择优推荐名单.xlsx');

  const grade = isGrade(query.filters.grade) ? query.filters.grade : undefined;
  const revoked = query.filters.revoked === 'true' || query.filters.revoked === 'false' ? query.filters.revoked : undefined;

  const load = useCallback(() => {
    setLoading(true);
    const q: CertificateQuery = { page: query.page, pageSize: query.pageSize, ...(grade ? { grade } : {}), ...(revoked ? { revoked: revoked === 'true' } : {}) };
    consoleReviewApi
      .certificates(q)
      .then((p) => {
        setPage(p);
        setError('');
      })
      .catch((e: unknown) => {
        const text = failure(e);
        if (text !== null) setError(text);
      })
      .finally(() => setLoading(false));
  }, [query.page, query.pageSize, grade, revoked]);
  useEffect(load, [load]);

  const issue = async () => {
    setIssuing(true);
    try {
      const r = await consoleReviewApi.issueCertificates();
      setNotice({ ok: true, text: r.issued ? `已颁发 ${r.issued} 张证书。` : '没有需要颁发的证书（已公布等级的班组都已有证书）。' });
      load();
    } catch (e) {
      const text = failure(e);
      if (text !== null) setNotice({ ok: false, text: `颁发失败：${text}` });
    } finally {
      setIssuing(false);
      setConfirmIssue(false);
    }
  };

  const openPdf = async (c: CertificateItem) => {
    setPdfBusy(c.certificateNo);
    try {
      await downloadFile(certificatePdfPath(c.certificateNo), {}, `证书-${c.certificateNo}.pdf`, () => undefined);
    } catch (e) {
      const text = failure(e);
      if (text !== null) setNotice({ ok: false, text: `下载证书失败：${text}` });
    } finally {
      setPdfBusy(null);
    }
  };

  const startRevoke = (c: CertificateItem) => {
    setRevoking(c);
    setReason('');
    setRevokeError('');
  };

  const askRevoke = () => {
    if (!reason.trim()) {
      setRevokeError('请填写撤销原因');
      return;
    }
    setRevokeError('');
    setConfirmRevoke(true);
  };

  const revoke = async () => {
    if (!revoking) return;
    setBusy(true);
    try {
      const r = await consoleReviewApi.revokeCertificate(revoking.certificateNo, reason.trim());
      setNotice({ ok: true, text: `证书 ${r.certificateNo}（${r.team.name}）已撤销。` });
      setRevoking(null);
      load();
    } catch (e) {
      const text = failure(e);
      if (text !== null) setRevokeError(text);
    } finally {
      setBusy(false);
      setConfirmRevoke(false);
    }
  };

  const columns: Array<Column<CertificateItem>> = [
    { key: 'no', title: '证书编号', render: (c) => <Text className="qc-mono" data-testid="cert-no">{c.certificateNo}</Text> },
    { key: 'team', title: '班组名称', render: (c) => c.team.name },
    { key: 'enterprise', title: '申报企业', render: (c) => c.enterprise.name },
    { key: 'unit', title: '推荐单位', render: (c) => (c.unit ? `${c.unit.seq}. ${c.unit.name}` : <Text className="qc-muted">—</Text>) },
    {
      key: 'grade',
      title: '等级',
      render: (c) => (
        <Text className={`qc-tag qc-tag--${GRADE_TONE[c.grade]}`} data-grade={c.grade}>
          {c.gradeLabel}
        </Text>
      ),
    },
    { key: 'total', title: '总分', align: 'right', render: (c) => (c.total === null ? '—' : c.total.toFixed(2)) },
    { key: 'issuedAt', title: '颁发日期', width: 110, render: (c) => formatDate(c.issuedAt) },
    {
      key: 'revoked',
      title: '状态',
      render: (c) =>
        c.revoked ? (
          <View>
            <Text className="qc-tag qc-tag--red" data-testid="cert-status" data-revoked="true">
              已撤销 {formatDate(c.revokedAt)}
            </Text>
            {c.revokedReason && (
              <Text className="qc-muted" style={{ display: 'block', fontSize: '12px' }} data-testid="cert-revoked-reason">
                {c.revokedReason}
              </Text>
            )}
          </View>
        ) : (
          <Text className="qc-tag qc-tag--green" data-testid="cert-status" data-revoked="false">
            有效
          </Text>
        ),
    },
    {
      key: 'actions',
      title: '操作',
      width: 150,
      render: (c) => (
        <View className="rp-inline">
          <button type="button" className="qc-btn qc-btn--link" disabled={pdfBusy === c.certificateNo} onClick={() => void openPdf(c)} data-testid="cert-pdf">
            {pdfBusy === c.certificateNo ? '下载中…' : 'PDF'}
          </button>
          {!c.revoked && (
            <button type="button" className="qc-btn qc-btn--link" onClick={() => startRevoke(c)} data-testid="cert-revoke">
              撤销
            </button>
          )}
        </View>
      ),
    },
  ];

  return (
    <ConsoleLayout
      active="certificates"
      title="证书"
      subtitle="为已公布等级的班组颁发证书；撤销的证书在公众查验时显示原因"
      extra={
        <>
          <ProgressBar progress={onward.progress} testId="cert-onward-progress" />
          <button type="button" className="qc-btn" disabled={onward.progress !== null} onClick={() => void onward.run()} data-testid="cert-onward-export">
            {onward.progress ? '导出中…' : '导出择优推荐名单'}
          </button>
          <button type="button" className="qc-btn qc-btn--primary" onClick={() => setConfirmIssue(true)} data-testid="cert-issue">
            颁发证书
          </button>
        </>
      }
    >
      <NoticeLine notice={notice} testId="cert-notice" onClose={() => setNotice(null)} />
      <NoticeLine notice={onward.notice} testId="cert-onward-message" onClose={() => onward.setNotice(null)} />

      <FilterBar testId="cert-filters" onSubmit={load} onReset={() => setQuery({ ...defaultQuery(SPEC), pageSize: query.pageSize })}>
        <Field label="等级">
          <select className="qc-select" value={grade ?? ''} onChange={(e) => setQuery(setFilter(query, 'grade', e.target.value))} data-testid="cert-filter-grade" style={{ width: '160px' }}>
            <option value="">全部等级</option>
            {GRADES.map((g) => (
              <option key={g} value={g}>
                {GRADE_LABEL[g]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="撤销状态">
          <select className="qc-select" value={revoked ?? ''} onChange={(e) => setQuery(setFilter(query, 'revoked', e.target.value))} data-testid="cert-filter-revoked" style={{ width: '160px' }}>
            <option value="">全部</option>
            <option value="false">有效</option>
            <option value="true">已撤销</option>
          </select>
        </Field>
      </FilterBar>

      <View className="qc-card">
        <DataTable
          testId="certs"
          columns={columns}
          rows={page?.items ?? null}
          total={page?.total ?? 0}
          rowKey={(c) => c.certificateNo}
          query={query}
          onQueryChange={setQuery}
          pageSizes={SPEC.pageSizes}
          loading={loading}
          error={error}
          onRetry={load}
          emptyText={grade || revoked ? '没有符合条件的证书' : '尚未颁发证书'}
          activeKey={revoking?.certificateNo ?? null}
        />
      </View>

      <SidePanel open={revoking !== null} title={revoking ? `撤销证书 ${revoking.certificateNo}` : ''} onClose={() => setRevoking(null)} testId="cert-revoke-panel">
        {revoking && (
          <View className="rp-stack">
            <View className="qc-desc">
              <Text className="qc-desc__label">班组</Text>
              <Text className="qc-desc__value">{revoking.team.name}</Text>
              <Text className="qc-desc__label">企业</Text>
              <Text className="qc-desc__value">{revoking.enterprise.name}</Text>
              <Text className="qc-desc__label">等级</Text>
              <Text className="qc-desc__value">{revoking.gradeLabel}</Text>
              <Text className="qc-desc__label">颁发</Text>
              <Text className="qc-desc__value">{formatDateTime(revoking.issuedAt)}</Text>
            </View>
            <View>
              <Text className="qc-filters__label" style={{ display: 'block', marginBottom: '6px' }}>
                撤销原因（必填，公众查验时可见）
              </Text>
              <textarea className="rp-textarea" value={reason} maxLength={500} placeholder="如：经查实申报材料弄虚作假（第十五条）" onChange={(e) => setReason(e.target.value)} data-testid="cert-revoke-reason" />
            </View>
            {revokeError && (
              <Text className="qc-alert qc-alert--error" data-testid="cert-revoke-error">
                {revokeError}
              </Text>
            )}
            <View className="rp-inline">
              <button type="button" className="qc-btn qc-btn--danger" onClick={askRevoke} data-testid="cert-revoke-submit">
                撤销证书
              </button>
              <button type="button" className="qc-btn" onClick={() => setRevoking(null)}>
                取消
              </button>
            </View>
          </View>
        )}
      </SidePanel>

      <ConfirmDialog
        open={confirmIssue}
        title="为已公布等级的班组颁发证书？"
        confirmText="颁发证书"
        danger
        busy={issuing}
        onCancel={() => setConfirmIssue(false)}
        onConfirm={() => void issue()}
        testId="cert-issue-confirm"
      >
        <Text style={{ display: 'block' }}>为本届已评定等级且已公布、尚无证书的班组生成证书编号并颁发；已颁发的不会重复颁发。证书颁发后只能撤销，不能删除。</Text>
      </ConfirmDialog>

      <ConfirmDialog
        open={confirmRevoke}
        title={revoking ? `撤销证书 ${revoking.certificateNo}？` : ''}
        confirmText="确认撤销"
        danger
        busy={busy}
        onCancel={() => setConfirmRevoke(false)}
        onConfirm={() => void revoke()}
        testId="cert-revoke-confirm"
      >
        <Text style={{ display: 'block' }}>撤销后公众查验该证书时显示「已撤销」及原因，证书 PDF 带“已撤销”标记；此操作不能撤销。</Text>
        <Text className="qc-muted" style={{ display: 'block', marginTop: '8px' }}>
          原因：{reason.trim()}
        </Text>
      </ConfirmDialog>
    </ConsoleLayout>
  );
}
