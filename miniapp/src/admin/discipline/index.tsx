import { type ChangeEvent, useCallback, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { absoluteFileUrl, errorText, recommendingUnitApi, type RecommendingUnit } from '../../api';
import { consoleApi, type ConsoleApplication } from '../../api/console';
import { CASE_STATUS_LABEL, type CaseDetail, type CaseStatus, type CaseView, KIND_LABEL, type MisconductKind, setupApi, type UnitWarning } from '../../api/console-setup';
import { formatDateTime, formatSize, todayInBeijing } from '../../utils/format';
import { redirectIfUnauthenticated } from '../../utils/use-auth-guard';
import { ConfirmDialog } from '../console/confirm-dialog';
import { type Column, DataTable } from '../console/data-table';
import { ConsoleLayout } from '../console/layout';
import { SidePanel } from '../console/side-panel';
import { StatusTag } from '../console/status-tag';
import { defaultQuery, type TableQuery, type TableSpec } from '../console/table-query';
import { FormRow } from '../setup-pages/form-bits';
import '../setup-pages/setup.scss';

const SPEC: TableSpec = { filters: [], sortKeys: [], defaultPageSize: 20, pageSizes: [10, 20, 50], defaultSort: null };
const CASE_TONE: Record<CaseStatus, string> = { open: 'pending', upheld: 'failed', dismissed: 'withdrawn' };
const UPHELD_EFFECTS = ['取消该申报的活动资格（状态变为「取消资格」，班组收到通知和理由）', '向其推荐单位发出警示', '如已颁发证书，撤销证书'];

const page = <T,>(rows: T[] | null, q: TableQuery): T[] | null => (rows ? rows.slice((q.page - 1) * q.pageSize, q.page * q.pageSize) : null);

function CasesTab() {
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [rows, setRows] = useState<CaseView[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const [query, setQuery] = useState<TableQuery>(() => defaultQuery(SPEC));
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

  // 立案
  const [opening, setOpening] = useState(false);
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<ConsoleApplication[] | null>(null);
  const [searchError, setSearchError] = useState('');
  const [picked, setPicked] = useState<ConsoleApplication | null>(null);
  const [kind, setKind] = useState<MisconductKind>('plagiarism');
  const [description, setDescription] = useState('');
  const [openError, setOpenError] = useState('');
  const [openBusy, setOpenBusy] = useState(false);

  // a case
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [detailError, setDetailError] = useState('');
  const [uploading, setUploading] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState('');
  const [decision, setDecision] = useState<'upheld' | 'dismissed'>('upheld');
  const [reason, setReason] = useState('');
  const [decidedOn, setDecidedOn] = useState(() => todayInBeijing());
  const [decideError, setDecideError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [deciding, setDeciding] = useState(false);

  const load = useCallback(() => {
    setLoading(true);
    setupApi
      .cases(status || undefined)
      .then((r) => {
        setRows(r.items);
        setError('');
      })
      .catch((e: unknown) => {
        if (!redirectIfUnauthenticated(e)) setError(errorText(e));
      })
      .finally(() => setLoading(false));
  }, [status]);
  useEffect(load, [load]);

  // Opened from elsewhere (材料查重's 「已立案 #id」) with ?caseId=: that case's panel opens at once.
  const { params } = useRouter();
  const linkedCase = Number(params.caseId);
  useEffect(() => {
    if (Number.isInteger(linkedCase) && linkedCase > 0) showCase(linkedCase);
    // once, for the case named in the address (showCase is defined below; effects run after the render)
  }, [linkedCase]);

  const showCase = (id: number) => {
    setDetailError('');
    setUploadError('');
    setDecideError('');
    setReason('');
    setDecision('upheld');
    setDecidedOn(todayInBeijing());
    setupApi
      .caseDetail(id)
      .then(setDetail)
      .catch((e: unknown) => {
        if (!redirectIfUnauthenticated(e)) setDetailError(errorText(e));
      });
  };

  const findApplications = () => {
    setSearchError('');
    consoleApi
      .applications({ q: search.trim() || undefined, page: 1, pageSize: 10 })
      .then((p) => setFound(p.items))
      .catch((e: unknown) => {
        if (!redirectIfUnauthenticated(e)) setSearchError(errorText(e));
      });
  };

  const openCase = async () => {
    if (!picked) {
      setOpenError('请先查找并选择涉及的申报');
      return;
    }
    setOpenBusy(true);
    setOpenError('');
    try {
      const c = await setupApi.openCase({ applicationId: picked.id, kind, description: description.trim() });
      setOpening(false);
      setNotice({ ok: true, text: `已立案（案件 ${c.id}）：${c.application.teamName ?? `申报 ${c.application.id}`}` });
      load();
      setDetail(c);
    } catch (e) {
      if (!redirectIfUnauthenticated(e)) setOpenError(errorText(e));
    } finally {
      setOpenBusy(false);
    }
  };

  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file || !detail) return;
    setUploadError('');
    setUploading(0);
    try {
      const ev = await setupApi.uploadEvidence(detail.id, file, file.name, setUploading);
      setDetail((d) => (d && d.id === detail.id ? { ...d, evidence: [...d.evidence, ev] } : d));
    } catch (err) {
      if (!redirectIfUnauthenticated(err)) setUploadError(errorText(err));
    } finally {
      setUploading(null);
    }
  };

  const askDecide = () => {
    if (reason.trim() === '') {
      setDecideError('处理决定须填写理由');
      return;
    }
    setDecideError('');
    setConfirming(true);
  };

  const decide = async () => {
    if (!detail) return;
    setDeciding(true);
    try {
      const d = await setupApi.decideCase(detail.id, { decision, reason: reason.trim(), decidedOn });
      setDetail(d);
      setNotice({ ok: true, text: `案件 ${d.id} 已作出处理决定：${d.statusLabel}` });
      load();
    } catch (e) {
      if (!redirectIfUnauthenticated(e)) setDecideError(errorText(e));
    } finally {
      setDeciding(false);
      setConfirming(false);
    }
  };

  const columns: Array<Column<CaseView>> = [
    { key: 'id', title: '案件', width: 70, render: (c) => <Text className="qc-mono">{c.id}</Text> },
    { key: 'team', title: '班组 / 企业', render: (c) => `${c.application.teamName ?? `申报 ${c.application.id}`} · ${c.application.enterpriseName ?? '—'}` },
    { key: 'unit', title: '推荐单位', render: (c) => c.application.unit?.name ?? <Text className="qc-muted">—</Text> },
    { key: 'kind', title: '类型', render: (c) => c.kindLabel },
    { key: 'application', title: '申报状态', render: (c) => <StatusTag status={c.application.status} label={c.application.statusLabel} /> },
    { key: 'status', title: '案件状态', render: (c) => <StatusTag status={CASE_TONE[c.status]} label={c.statusLabel} testId="cases-status" /> },
    { key: 'openedAt', title: '立案时间', width: 140, render: (c) => formatDateTime(c.openedAt) },
    { key: 'decidedOn', title: '决定日期', render: (c) => c.decidedOn ?? <Text className="qc-muted">—</Text> },
  ];

  return (
    <View>
      <View className="qc-card">
        <View className="qc-filters">
          <View className="qc-filters__field">
            <Text className="qc-filters__label">案件状态</Text>
            <select
              className="qc-select"
              value={status}
              onChange={(e) => {
                setStatus(e.target.value as CaseStatus | '');
                setQuery(defaultQuery(SPEC));
              }}
              data-testid="cases-filter-status"
            >
              <option value="">全部</option>
              {(Object.keys(CASE_STATUS_LABEL) as CaseStatus[]).map((s) => (
                <option key={s} value={s}>
                  {CASE_STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          </View>
          <View className="qc-filters__actions">
            <button
              type="button"
              className="qc-btn qc-btn--primary"
              onClick={() => {
                setOpening(true);
                setPicked(null);
                setFound(null);
                setSearch('');
                setDescription('');
                setOpenError('');
              }}
              data-testid="case-open"
            >
              立案
            </button>
          </View>
        </View>
      </View>
      {notice && (
        <Text className={`qc-alert ${notice.ok ? 'qc-alert--success' : 'qc-alert--error'}`} data-testid="cases-notice">
          {notice.text}
        </Text>
      )}
      <View className="qc-card">
        <DataTable
          testId="cases"
          columns={columns}
          rows={page(rows, query)}
          total={rows?.length ?? 0}
          rowKey={(c) => c.id}
          query={query}
          onQueryChange={setQuery}
          pageSizes={SPEC.pageSizes}
          loading={loading}
          error={error}
          onRetry={load}
          emptyText={status ? '没有该状态的案件' : '尚无违规查处案件'}
          onRowClick={(c) => showCase(c.id)}
          activeKey={detail?.id ?? null}
        />
      </View>
      {detailError !== '' && (
        <Text className="qc-alert qc-alert--error" data-testid="case-detail-error">
          {detailError}
        </Text>
      )}

      <SidePanel open={opening} title="违规查处立案" onClose={() => !openBusy && setOpening(false)} testId="case-open-panel">
        <View className="qs-form" style={{ gridTemplateColumns: '1fr' }}>
          <FormRow label="涉及的申报" problems={searchError ? [searchError] : undefined}>
            <input
              className="qc-input"
              style={{ width: '260px' }}
              value={search}
              placeholder="班组或企业名称"
              onChange={(e) => setSearch(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') findApplications();
              }}
              data-testid="case-app-search"
            />
            <button type="button" className="qc-btn" onClick={findApplications} data-testid="case-app-search-submit">
              查找
            </button>
          </FormRow>
          {found && (
            <View className="qs-picker" data-testid="case-app-options">
              {found.length === 0 && <Text className="qc-muted" style={{ padding: '6px 10px', display: 'block' }}>没有找到申报</Text>}
              {found.map((a) => (
                <View key={a.id} className={`qs-picker__option${picked?.id === a.id ? ' qs-picker__option--on' : ''}`} onClick={() => setPicked(a)} data-testid="case-app-option">
                  <Text className="qc-mono">#{a.id}</Text> {a.teamName} · {a.enterpriseName} <Text className="qc-muted">（{a.statusLabel}）</Text>
                </View>
              ))}
            </View>
          )}
          {picked && (
            <Text className="qc-alert qc-alert--info" data-testid="case-app-picked">
              已选择：#{picked.id} {picked.teamName}（{picked.enterpriseName}，{picked.unit?.name ?? '无推荐单位'}）
            </Text>
          )}
          <FormRow label="违规类型">
            <select className="qc-select" value={kind} onChange={(e) => setKind(e.target.value as MisconductKind)} data-testid="case-kind">
              {(Object.keys(KIND_LABEL) as MisconductKind[]).map((k) => (
                <option key={k} value={k}>
                  {KIND_LABEL[k]}
                </option>
              ))}
            </select>
          </FormRow>
          <FormRow label="问题线索与情况说明">
            <textarea className="qs-textarea" maxLength={2000} value={description} onChange={(e) => setDescription(e.target.value)} data-testid="case-description" />
          </FormRow>
        </View>
        {openError !== '' && (
          <Text className="qc-alert qc-alert--error" data-testid="case-open-error">
            {openError}
          </Text>
        )}
        <View className="qs-actions">
          <button type="button" className="qc-btn" disabled={openBusy} onClick={() => setOpening(false)}>
            取消
          </button>
          <button type="button" className="qc-btn qc-btn--primary" disabled={openBusy} onClick={() => void openCase()} data-testid="case-open-submit">
            {openBusy ? '提交中…' : '立案'}
          </button>
        </View>
      </SidePanel>

      <SidePanel open={detail !== null} title={detail ? `案件 ${detail.id}：${detail.application.teamName ?? `申报 ${detail.application.id}`}` : ''} onClose={() => !deciding && setDetail(null)} testId="case-panel">
        {detail && (
          <View>
            <View className="qc-desc qc-desc--single" data-testid="case-fields">
              {[
                ['申报', `#${detail.application.id} ${detail.application.teamName ?? ''} · ${detail.application.enterpriseName ?? ''}（${detail.application.statusLabel}）`],
                ['推荐单位', detail.application.unit?.name ?? '—'],
                ['违规类型', detail.kindLabel],
                ['案件状态', detail.statusLabel],
                ['立案', `${formatDateTime(detail.openedAt)} · ${detail.openedBy}`],
                ['情况说明', detail.description],
                ...(detail.status !== 'open' ? [['处理决定', `${detail.statusLabel}（${detail.decidedOn ?? ''}）：${detail.decisionReason ?? ''}`]] : []),
              ].flatMap(([label, value]) => [
                <Text key={`${label}-label`} className="qc-desc__label">
                  {label}
                </Text>,
                <Text key={`${label}-value`} className="qc-desc__value">
                  {value}
                </Text>,
              ])}
            </View>

            <Text className="qc-card__title">证据材料（{detail.evidence.length}）</Text>
            <table className="qc-table" data-testid="case-evidence">
              <tbody>
                {detail.evidence.map((ev) => (
                  <tr key={ev.id} data-testid="case-evidence-row">
                    <td>
                      <a href={absoluteFileUrl(ev.url)} target="_blank" rel="noreferrer">
                        {ev.fileName}
                      </a>
                    </td>
                    <td>{formatSize(ev.size)}</td>
                    <td>{formatDateTime(ev.uploadedAt)}</td>
                    <td className="qc-mono" title={ev.sha256}>
                      {ev.sha256.slice(0, 12)}…
                    </td>
                  </tr>
                ))}
                {detail.evidence.length === 0 && (
                  <tr>
                    <td className="qc-muted">尚无证据材料</td>
                  </tr>
                )}
              </tbody>
            </table>
            {detail.status === 'open' && (
              <View style={{ marginTop: '8px' }}>
                <label className="qc-btn" data-testid="case-evidence-upload">
                  {uploading !== null ? `上传中… ${uploading}%` : '上传证据材料'}
                  <input type="file" accept=".pdf,.jpg,.jpeg,.png,.webp,.gif,.bmp,.tif,.tiff,.heic,.docx,.xlsx,.pptx,.doc,.xls,.ppt" style={{ display: 'none' }} disabled={uploading !== null} onChange={(e) => void upload(e)} data-testid="case-evidence-input" />
                </label>
                <Text className="qs-hint">PDF、图片或 Office 文档</Text>
                {uploadError !== '' && (
                  <Text className="qc-alert qc-alert--error" data-testid="case-evidence-error">
                    {uploadError}
                  </Text>
                )}
              </View>
            )}

            {detail.status === 'open' && (
              <View style={{ marginTop: '20px' }} data-testid="case-decision-form">
                <Text className="qc-card__title">处理决定</Text>
                <FormRow label="决定">
                  <label>
                    <input type="radio" name="decision" checked={decision === 'upheld'} onChange={() => setDecision('upheld')} data-testid="case-decision-upheld" /> 经查实
                  </label>
                  <label>
                    <input type="radio" name="decision" checked={decision === 'dismissed'} onChange={() => setDecision('dismissed')} data-testid="case-decision-dismissed" /> 不予认定
                  </label>
                </FormRow>
                <FormRow label="处理理由（必填，经查实时班组可看到）" wide>
                  <textarea className="qs-textarea" style={{ minHeight: '80px' }} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="case-reason" />
                </FormRow>
                <FormRow label="决定日期">
                  <input type="date" className="qc-input qs-input--date" value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} data-testid="case-decided-on" />
                </FormRow>
                {decideError !== '' && (
                  <Text className="qc-alert qc-alert--error" data-testid="case-decide-error">
                    {decideError}
                  </Text>
                )}
                <View className="qs-actions">
                  <button type="button" className={`qc-btn ${decision === 'upheld' ? 'qc-btn--danger' : 'qc-btn--primary'}`} onClick={askDecide} data-testid="case-decide">
                    作出决定
                  </button>
                </View>
              </View>
            )}
          </View>
        )}
      </SidePanel>

      <ConfirmDialog
        open={confirming && detail !== null}
        title={decision === 'upheld' ? `认定案件 ${detail?.id ?? ''} 经查实？` : `对案件 ${detail?.id ?? ''} 不予认定？`}
        confirmText={decision === 'upheld' ? '经查实' : '不予认定'}
        danger={decision === 'upheld'}
        busy={deciding}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void decide()}
        testId="case-decide-confirm"
      >
        {decision === 'upheld' ? (
          <View>
            <Text style={{ display: 'block' }}>经查实后将立即：</Text>
            <View className="qs-list">
              {UPHELD_EFFECTS.map((t) => (
                <Text key={t} style={{ display: 'block' }}>
                  · {t}
                </Text>
              ))}
            </View>
          </View>
        ) : (
          <Text style={{ display: 'block' }}>不予认定后案件结案，申报状态不变。</Text>
        )}
        <Text style={{ display: 'block', marginTop: '8px' }}>决定日期 {decidedOn}；案件结案后不能再上传证据或改变决定，此操作不能撤销。</Text>
      </ConfirmDialog>
    </View>
  );
}

function WarningsTab() {
  const [units, setUnits] = useState<RecommendingUnit[]>([]);
  const [unitId, setUnitId] = useState('');
  const [rows, setRows] = useState<UnitWarning[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const [query, setQuery] = useState<TableQuery>(() => defaultQuery(SPEC));

  const load = useCallback(() => {
    setLoading(true);
    setupApi
      .unitWarnings(unitId ? Number(unitId) : undefined)
      .then((r) => {
        setRows(r.items);
        setError('');
      })
      .catch((e: unknown) => {
        if (!redirectIfUnauthenticated(e)) setError(errorText(e));
      })
      .finally(() => setLoading(false));
  }, [unitId]);
  useEffect(load, [load]);
  useEffect(() => {
    recommendingUnitApi
      .list()
      .then((r) => setUnits(r.items))
      .catch(() => setUnits([]));
  }, []);

  const columns: Array<Column<UnitWarning>> = [
    { key: 'unit', title: '推荐单位', render: (w) => w.unit?.name ?? <Text className="qc-muted">—</Text> },
    { key: 'application', title: '涉及申报', render: (w) => `#${w.application.id} ${w.application.teamName ?? ''} · ${w.application.enterpriseName ?? ''}` },
    { key: 'case', title: '案件', render: (w) => `${w.caseId}${w.kindLabel ? `（${w.kindLabel}）` : ''}` },
    { key: 'reason', title: '警示理由', render: (w) => w.reason },
    { key: 'issuedAt', title: '警示时间', width: 140, render: (w) => formatDateTime(w.issuedAt) },
  ];

  return (
    <View>
      <View className="qc-card">
        <View className="qc-filters">
          <View className="qc-filters__field">
            <Text className="qc-filters__label">推荐单位</Text>
            <select
              className="qc-select"
              style={{ width: '260px' }}
              value={unitId}
              onChange={(e) => {
                setUnitId(e.target.value);
                setQuery(defaultQuery(SPEC));
              }}
              data-testid="warnings-filter-unit"
            >
              <option value="">全部推荐单位</option>
              {units.map((u) => (
                <option key={u.id} value={String(u.id)}>
                  {u.seq}. {u.name}
                </option>
              ))}
            </select>
          </View>
        </View>
      </View>
      <View className="qc-card">
        <DataTable
          testId="warnings"
          columns={columns}
          rows={page(rows, query)}
          total={rows?.length ?? 0}
          rowKey={(w) => w.id}
          query={query}
          onQueryChange={setQuery}
          pageSizes={SPEC.pageSizes}
          loading={loading}
          error={error}
          onRetry={load}
          emptyText="尚无推荐单位警示"
        />
      </View>
    </View>
  );
}

/** 违规查处 (第十五条): cases of plagiarism or fraud with their evidence and decisions, and the warnings sent to units. */
export default function DisciplinePage() {
  const [tab, setTab] = useState<'cases' | 'warnings'>('cases');
  return (
    <ConsoleLayout active="discipline" title="违规查处" subtitle="申报材料涉嫌剽窃或弄虚作假的查处，及对推荐单位的警示">
      <View className="qs-tabs">
        <Text className={`qs-tabs__tab${tab === 'cases' ? ' qs-tabs__tab--on' : ''}`} onClick={() => setTab('cases')} data-testid="discipline-tab-cases">
          查处案件
        </Text>
        <Text className={`qs-tabs__tab${tab === 'warnings' ? ' qs-tabs__tab--on' : ''}`} onClick={() => setTab('warnings')} data-testid="discipline-tab-warnings">
          推荐单位警示
        </Text>
      </View>
      {tab === 'cases' ? <CasesTab /> : <WarningsTab />}
    </ConsoleLayout>
  );
}
