import { type ChangeEvent, useCallback, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { EXPERT_ASSESSMENT_STATUSES, EXPERT_TRAINING_STATUSES } from '@cacem/shared';
import { errorText, isApiError, type Page, recommendingUnitApi, type RecommendingUnit } from '../../api';
import { type Expert, type ExpertAccount, type ImportReport, type RemovalResult, setupApi } from '../../api/console-setup';
import { formatDateTime } from '../../utils/format';
import { redirectIfUnauthenticated } from '../../utils/use-auth-guard';
import { ConfirmDialog } from '../console/confirm-dialog';
import { type Column, DataTable } from '../console/data-table';
import { Field, FilterBar } from '../console/filters';
import { ConsoleLayout } from '../console/layout';
import { CONSOLE_ROUTES } from '../console/routes';
import { SidePanel } from '../console/side-panel';
import { defaultQuery, queryToApi, setFilter, type TableSpec } from '../console/table-query';
import { useTableQuery } from '../console/use-table-query';
import { ASSESSMENT_LABEL, EMPTY_EXPERT_FORM, type ExpertForm, expertToForm, formToExpertInput, TRAINING_LABEL } from '../setup-pages/expert-form';
import { FormRow, Secret } from '../setup-pages/form-bits';
import { KeptSheetDecisions } from './kept-sheets';
import '../setup-pages/setup.scss';

const SPEC: TableSpec = {
  filters: [{ name: 'unitId' }, { name: 'drawable' }, { name: 'active' }, { name: 'q' }],
  sortKeys: [],
  defaultPageSize: 20,
  pageSizes: [10, 20, 50, 100],
  defaultSort: null,
};

const FIELDS: Array<keyof ExpertForm> = ['name', 'mobile', 'enterpriseName', 'recommendingUnitId', 'specialties', 'trainingStatus', 'trainedAt', 'assessmentStatus', 'assessedAt', 'active'];

/** The server's message for each field of the form (validation details, or the one field it named). */
function fieldErrors(e: unknown): Partial<Record<keyof ExpertForm, string>> {
  if (!isApiError(e)) return {};
  const out: Partial<Record<keyof ExpertForm, string>> = {};
  for (const f of FIELDS) {
    const m = e.messageFor(f) ?? e.problems.find((p) => p.field === f)?.message;
    if (m) out[f] = m;
  }
  return out;
}

type Editing = { mode: 'add' } | { mode: 'edit'; expert: Expert };

/** 专家库: the pool the panels are drawn from — add, edit, import from Excel, open logins, remove for misconduct. */
export default function ExpertsPage() {
  const [query, setQuery] = useTableQuery(SPEC, CONSOLE_ROUTES.experts);
  const [page, setPage] = useState<Page<Expert> | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const [units, setUnits] = useState<RecommendingUnit[]>([]);
  const [q, setQ] = useState(() => (typeof query.filters.q === 'string' ? query.filters.q : ''));
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

  const [editing, setEditing] = useState<Editing | null>(null);
  const [form, setForm] = useState<ExpertForm>(EMPTY_EXPERT_FORM);
  const [formErrors, setFormErrors] = useState<Partial<Record<keyof ExpertForm, string>>>({});
  const [formError, setFormError] = useState('');
  const [savingExpert, setSavingExpert] = useState(false);

  const [importing, setImporting] = useState<number | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);

  const [accountFor, setAccountFor] = useState<Expert | null>(null);
  const [opening, setOpening] = useState(false);
  const [account, setAccount] = useState<(ExpertAccount & { name: string }) | null>(null);

  const [removing, setRemoving] = useState<Expert | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const [removingBusy, setRemovingBusy] = useState(false);
  const [removal, setRemoval] = useState<RemovalResult | null>(null);
  // Bumped after a removal, so the pending decisions on kept sheets are read again.
  const [keptRefresh, setKeptRefresh] = useState(0);

  const load = useCallback(() => {
    setLoading(true);
    setupApi
      .experts(queryToApi(query))
      .then((p) => {
        setPage(p);
        setError('');
      })
      .catch((e: unknown) => {
        if (!redirectIfUnauthenticated(e)) setError(errorText(e));
      })
      .finally(() => setLoading(false));
  }, [query]);
  useEffect(load, [load]);
  useEffect(() => {
    recommendingUnitApi
      .list()
      .then((r) => setUnits(r.items))
      .catch(() => setUnits([]));
  }, []);

  const filter = (name: string) => (typeof query.filters[name] === 'string' ? (query.filters[name] as string) : '');

  const openEditor = (next: Editing) => {
    setEditing(next);
    setForm(next.mode === 'edit' ? expertToForm(next.expert) : EMPTY_EXPERT_FORM);
    setFormErrors({});
    setFormError('');
  };

  const saveExpert = async () => {
    if (!editing) return;
    setSavingExpert(true);
    setFormErrors({});
    setFormError('');
    try {
      const saved =
        editing.mode === 'edit'
          ? await setupApi.updateExpert(editing.expert.id, formToExpertInput(form, editing.expert.enterpriseName === form.enterpriseName.trim() ? editing.expert.enterpriseId : null))
          : await setupApi.createExpert(formToExpertInput(form));
      setEditing(null);
      setNotice({ ok: true, text: editing.mode === 'edit' ? `已保存专家「${saved.name}」的信息` : `已添加专家「${saved.name}」` });
      load();
    } catch (e) {
      if (redirectIfUnauthenticated(e)) return;
      setFormErrors(fieldErrors(e));
      setFormError(errorText(e));
    } finally {
      setSavingExpert(false);
    }
  };

  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setNotice(null);
    setReport(null);
    setImporting(0);
    try {
      const r = await setupApi.importExperts(file, file.name, setImporting);
      setReport(r);
      load();
    } catch (err) {
      if (!redirectIfUnauthenticated(err)) setNotice({ ok: false, text: `导入失败：${errorText(err)}` });
    } finally {
      setImporting(null);
    }
  };

  const openAccount = async () => {
    if (!accountFor) return;
    setOpening(true);
    try {
      const a = await setupApi.openExpertAccount(accountFor.id);
      setAccount({ ...a, name: accountFor.name });
      setAccountFor(null);
      load();
    } catch (e) {
      if (!redirectIfUnauthenticated(e)) setNotice({ ok: false, text: `开设账号失败：${errorText(e)}` });
      setAccountFor(null);
    } finally {
      setOpening(false);
    }
  };

  const unlock = async (x: Expert) => {
    if (x.userId === null) return;
    setNotice(null);
    try {
      await setupApi.unlockAccount(x.userId);
      setNotice({ ok: true, text: `已解锁专家「${x.name}」的登录账号` });
      load();
    } catch (e) {
      if (!redirectIfUnauthenticated(e)) setNotice({ ok: false, text: `解锁失败：${errorText(e)}` });
    }
  };

  const remove = async () => {
    if (!removing) return;
    if (reason.trim() === '') {
      setReasonError('请填写取消专家资格的原因');
      return;
    }
    setRemovingBusy(true);
    setReasonError('');
    try {
      const r = await setupApi.removeExpert(removing.id, reason.trim());
      setRemoval(r);
      setRemoving(null);
      setKeptRefresh((n) => n + 1);
      load();
    } catch (e) {
      if (!redirectIfUnauthenticated(e)) setReasonError(errorText(e));
    } finally {
      setRemovingBusy(false);
    }
  };

  const columns: Array<Column<Expert>> = [
    { key: 'name', title: '姓名', render: (x) => <Text data-testid="experts-name">{x.name}</Text> },
    { key: 'mobile', title: '手机号', render: (x) => <Text className="qc-mono">{x.mobile}</Text> },
    { key: 'enterpriseName', title: '所在企业', render: (x) => x.enterpriseName },
    { key: 'unit', title: '推荐单位', render: (x) => x.recommendingUnitName ?? <Text className="qc-muted">—</Text> },
    { key: 'specialties', title: '专业', render: (x) => x.specialties.join('、') },
    { key: 'training', title: '培训', render: (x) => `${TRAINING_LABEL[x.trainingStatus]}${x.trainedAt ? `（${x.trainedAt}）` : ''}` },
    { key: 'assessment', title: '考核', render: (x) => `${ASSESSMENT_LABEL[x.assessmentStatus]}${x.assessedAt ? `（${x.assessedAt}）` : ''}` },
    {
      key: 'drawable',
      title: '可抽取',
      render: (x) => (
        <Text className={`qc-tag ${x.drawable ? 'qc-tag--green' : 'qc-tag--gray'}`} data-testid="experts-drawable">
          {x.drawable ? '可抽取' : '不可抽取'}
        </Text>
      ),
    },
    { key: 'active', title: '状态', render: (x) => <Text className={`qc-tag ${x.active ? 'qc-tag--blue' : 'qc-tag--red'}`}>{x.active ? '启用' : '停用'}</Text> },
    {
      key: 'account',
      title: '登录账号',
      render: (x) =>
        x.userId ? (
          x.loginLockedUntil ? (
            <Text className="qc-tag qc-tag--red" data-testid="experts-locked">
              已锁定至 {formatDateTime(x.loginLockedUntil)}
            </Text>
          ) : (
            '已开设'
          )
        ) : (
          <Text className="qc-muted">未开设</Text>
        ),
    },
    {
      key: 'actions',
      title: '操作',
      width: 220,
      render: (x) => (
        // No stopPropagation here: Taro's View listens natively, and stopping the click there keeps it from the buttons'
        // React handlers (编辑, 开设账号 and 取消资格 did nothing). The table has no row click to guard against.
        <View>
          <button type="button" className="qc-btn qc-btn--link" onClick={() => openEditor({ mode: 'edit', expert: x })} data-testid="experts-edit">
            编辑
          </button>
          <button type="button" className="qc-btn qc-btn--link" disabled={!x.active} onClick={() => setAccountFor(x)} data-testid="experts-account">
            {x.userId ? '重置账号' : '开设账号'}
          </button>
          {x.loginLockedUntil && (
            <button type="button" className="qc-btn qc-btn--link" onClick={() => void unlock(x)} data-testid="experts-unlock">
              解锁
            </button>
          )}
          <button
            type="button"
            className="qc-btn qc-btn--link"
            disabled={!x.active}
            onClick={() => {
              setRemoving(x);
              setReason('');
              setReasonError('');
            }}
            data-testid="experts-remove"
          >
            取消资格
          </button>
        </View>
      ),
    },
  ];

  const set = (patch: Partial<ExpertForm>) => setForm((f) => ({ ...f, ...patch }));
  const err = (f: keyof ExpertForm) => (formErrors[f] ? [formErrors[f]!] : undefined);

  return (
    <ConsoleLayout
      active="experts"
      title="专家库"
      subtitle="经推荐、培训并考核通过的专家方可抽取进入评审专家组"
      extra={
        <>
          <label className={`qc-btn${importing !== null ? ' qc-btn--disabled' : ''}`} data-testid="experts-import">
            {importing !== null ? `导入中… ${importing}%` : '从 Excel 导入'}
            <input type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" style={{ display: 'none' }} disabled={importing !== null} onChange={(e) => void importFile(e)} data-testid="experts-import-input" />
          </label>
          <button type="button" className="qc-btn qc-btn--primary" onClick={() => openEditor({ mode: 'add' })} data-testid="experts-add">
            添加专家
          </button>
        </>
      }
    >
      <FilterBar
        testId="experts-filters"
        onSubmit={() => setQuery(setFilter(query, 'q', q))}
        onReset={() => {
          setQ('');
          setQuery({ ...defaultQuery(SPEC), pageSize: query.pageSize });
        }}
      >
        <Field label="推荐单位">
          <select className="qc-select" style={{ width: '240px' }} value={filter('unitId')} onChange={(e) => setQuery(setFilter(query, 'unitId', e.target.value))} data-testid="experts-filter-unit">
            <option value="">全部推荐单位</option>
            {units.map((u) => (
              <option key={u.id} value={String(u.id)}>
                {u.seq}. {u.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="可抽取">
          <select className="qc-select" value={filter('drawable')} onChange={(e) => setQuery(setFilter(query, 'drawable', e.target.value))} data-testid="experts-filter-drawable">
            <option value="">全部</option>
            <option value="true">可抽取</option>
            <option value="false">不可抽取</option>
          </select>
        </Field>
        <Field label="状态">
          <select className="qc-select" value={filter('active')} onChange={(e) => setQuery(setFilter(query, 'active', e.target.value))} data-testid="experts-filter-active">
            <option value="">全部</option>
            <option value="true">启用</option>
            <option value="false">停用</option>
          </select>
        </Field>
        <Field label="查找">
          <input className="qc-input" style={{ width: '220px' }} value={q} placeholder="姓名、手机号、企业或专业" onChange={(e) => setQ(e.target.value)} data-testid="experts-filter-q" />
        </Field>
      </FilterBar>

      {notice && (
        <Text className={`qc-alert ${notice.ok ? 'qc-alert--success' : 'qc-alert--error'}`} data-testid="experts-notice">
          {notice.text}
        </Text>
      )}
      {removal && (
        <View className="qc-alert qc-alert--warning" data-testid="experts-removal-result">
          <Text style={{ display: 'block' }}>已取消专家「{removal.expert.name}」的资格，其登录已停用。</Text>
          {removal.replacement ? (
            <Text style={{ display: 'block' }} data-testid="experts-replacement">
              {removal.replacement.replacementExpert
                ? `已随机抽取「${removal.replacement.replacementExpert.name}」替换进入第 ${removal.replacement.panelNo} 专家组，担任${removal.replacement.roleLabel}（候选 ${removal.replacement.candidateCount} 人）。`
                : `第 ${removal.replacement.panelNo} 专家组没有可替换的专家（无符合条件且无回避关系的候选人），该组将少一人评审。`}
              {removal.voidedSheetIds.length > 0 && ` 其已有的 ${removal.voidedSheetIds.length} 份评分表已作废。`}
            </Text>
          ) : (
            <Text style={{ display: 'block' }}>
              {removal.panelClosed ? '该专家所在专家组的评审已结束，不再抽取替换专家。' : '该专家不在本届最近一次抽取的专家组中，无需替换。'}
            </Text>
          )}
          {removal.keptSheets?.length > 0 && (
            <Text style={{ display: 'block' }} data-testid="experts-kept-sheets">
              已结束评审阶段的 {removal.keptSheets.length} 份评分表保留不变（
              {[...new Set(removal.keptSheets.map((k) => k.teamName))].slice(0, 5).join('、')}
              {removal.keptSheets.length > 5 ? ' 等' : ''}），已计入的成绩不受影响；是否继续采用，请在下方「待决定」中作出决定。
            </Text>
          )}
          <button type="button" className="qc-btn qc-btn--link" onClick={() => setRemoval(null)}>
            知道了
          </button>
        </View>
      )}
      <KeptSheetDecisions refreshKey={keptRefresh} />
      {report && (
        <View className="qc-card" data-testid="experts-import-report">
          <Text className="qc-card__title">导入结果</Text>
          <Text className={`qc-alert ${report.rejected.length ? 'qc-alert--warning' : 'qc-alert--success'}`} data-testid="experts-import-summary">
            共读取 {report.total} 行：新增 {report.imported} 人，更新 {report.updated} 人（手机号已在专家库中），{report.rejected.length} 行有误未导入。
          </Text>
          {report.rejected.length > 0 && (
            <table className="qc-table">
              <thead>
                <tr>
                  <th style={{ width: '80px' }}>行号</th>
                  <th style={{ width: '160px' }}>列</th>
                  <th>问题</th>
                </tr>
              </thead>
              <tbody>
                {report.rejected.flatMap((r) =>
                  r.errors.map((e, i) => (
                    <tr key={`${r.row}-${i}`} data-testid="experts-import-row">
                      <td>{i === 0 ? `第 ${r.row} 行` : ''}</td>
                      <td>{e.column || '—'}</td>
                      <td>{e.message}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          )}
          <button type="button" className="qc-btn qc-btn--link" onClick={() => setReport(null)}>
            关闭
          </button>
        </View>
      )}

      <View className="qc-card">
        <DataTable
          testId="experts"
          columns={columns}
          rows={page?.items ?? null}
          total={page?.total ?? 0}
          rowKey={(x) => x.id}
          query={query}
          onQueryChange={setQuery}
          pageSizes={SPEC.pageSizes}
          loading={loading}
          error={error}
          onRetry={load}
          emptyText={Object.keys(query.filters).length ? '没有符合条件的专家' : '专家库中还没有专家'}
        />
      </View>

      <SidePanel open={editing !== null} title={editing?.mode === 'edit' ? `编辑专家：${editing.expert.name}` : '添加专家'} onClose={() => !savingExpert && setEditing(null)} testId="experts-panel">
        <View className="qs-form" style={{ gridTemplateColumns: '1fr' }}>
          <FormRow label="姓名" problems={err('name')}>
            <input className="qc-input" value={form.name} onChange={(e) => set({ name: e.target.value })} data-testid="expert-form-name" />
          </FormRow>
          <FormRow label="手机号" problems={err('mobile')}>
            <input className="qc-input" value={form.mobile} inputMode="tel" onChange={(e) => set({ mobile: e.target.value })} data-testid="expert-form-mobile" />
          </FormRow>
          <FormRow label="所在企业" problems={err('enterpriseName')}>
            <input className="qc-input" style={{ width: '100%' }} value={form.enterpriseName} onChange={(e) => set({ enterpriseName: e.target.value })} data-testid="expert-form-enterprise" />
          </FormRow>
          <FormRow label="推荐单位" problems={err('recommendingUnitId')}>
            <select className="qc-select" style={{ width: '100%' }} value={form.recommendingUnitId} onChange={(e) => set({ recommendingUnitId: e.target.value })} data-testid="expert-form-unit">
              <option value="">请选择推荐单位</option>
              {units.map((u) => (
                <option key={u.id} value={String(u.id)}>
                  {u.seq}. {u.name}
                </option>
              ))}
            </select>
          </FormRow>
          <FormRow label="专业" problems={err('specialties')} hint="多个专业用顿号或逗号分隔，如：土建、安装">
            <input className="qc-input" style={{ width: '100%' }} value={form.specialties} onChange={(e) => set({ specialties: e.target.value })} data-testid="expert-form-specialties" />
          </FormRow>
          <FormRow label="培训" problems={[...(err('trainingStatus') ?? []), ...(err('trainedAt') ?? [])]}>
            <select className="qc-select" value={form.trainingStatus} onChange={(e) => set({ trainingStatus: e.target.value as ExpertForm['trainingStatus'] })} data-testid="expert-form-training">
              {EXPERT_TRAINING_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {TRAINING_LABEL[s]}
                </option>
              ))}
            </select>
            <input type="date" className="qc-input qs-input--date" value={form.trainedAt} onChange={(e) => set({ trainedAt: e.target.value })} data-testid="expert-form-trained-at" />
          </FormRow>
          <FormRow label="考核" problems={[...(err('assessmentStatus') ?? []), ...(err('assessedAt') ?? [])]}>
            <select className="qc-select" value={form.assessmentStatus} onChange={(e) => set({ assessmentStatus: e.target.value as ExpertForm['assessmentStatus'] })} data-testid="expert-form-assessment">
              {EXPERT_ASSESSMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {ASSESSMENT_LABEL[s]}
                </option>
              ))}
            </select>
            <input type="date" className="qc-input qs-input--date" value={form.assessedAt} onChange={(e) => set({ assessedAt: e.target.value })} data-testid="expert-form-assessed-at" />
          </FormRow>
          <FormRow label="状态" problems={err('active')}>
            <label>
              <input type="checkbox" checked={form.active} onChange={(e) => set({ active: e.target.checked })} data-testid="expert-form-active" /> 启用
            </label>
          </FormRow>
        </View>
        {formError !== '' && (
          <Text className="qc-alert qc-alert--error" data-testid="expert-form-error">
            {formError}
          </Text>
        )}
        <View className="qs-actions">
          <button type="button" className="qc-btn" disabled={savingExpert} onClick={() => setEditing(null)}>
            取消
          </button>
          <button type="button" className="qc-btn qc-btn--primary" disabled={savingExpert} onClick={() => void saveExpert()} data-testid="expert-form-save">
            {savingExpert ? '保存中…' : '保存'}
          </button>
        </View>
      </SidePanel>

      <ConfirmDialog
        open={accountFor !== null}
        title={accountFor?.userId ? `重置专家「${accountFor.name}」的登录账号？` : `为专家「${accountFor?.name ?? ''}」开设登录账号？`}
        confirmText={accountFor?.userId ? '重置' : '开设'}
        danger={Boolean(accountFor?.userId)}
        busy={opening}
        onCancel={() => setAccountFor(null)}
        onConfirm={() => void openAccount()}
        testId="experts-account-confirm"
      >
        <Text style={{ display: 'block' }}>将生成一次性密码和微信绑定码（7 天有效），只显示这一次，请当场抄录并交给专家本人。</Text>
        {accountFor?.userId ? <Text style={{ display: 'block', marginTop: '8px' }}>原密码和绑定码将立即失效，此操作不能撤销。</Text> : null}
      </ConfirmDialog>

      <ConfirmDialog open={account !== null} title={`专家「${account?.name ?? ''}」的登录信息`} confirmText="我已抄录" onCancel={() => setAccount(null)} onConfirm={() => setAccount(null)} testId="experts-account-result">
        {account && (
          <View>
            <Secret label="用户名" value={account.username} testId="experts-account-username" />
            <Secret label="一次性密码" value={account.password} testId="experts-account-password" />
            <Secret label="微信绑定码" value={account.bindCode} testId="experts-account-bind-code" />
            <Text className="qc-alert qc-alert--warning" style={{ display: 'block' }}>
              密码和绑定码只显示这一次，关闭后无法再次查看。绑定码有效期至 {account.bindCodeExpiresAt.slice(0, 10)}。
            </Text>
          </View>
        )}
      </ConfirmDialog>

      <ConfirmDialog
        open={removing !== null}
        title={`取消专家「${removing?.name ?? ''}」的资格？`}
        confirmText="取消资格"
        danger
        busy={removingBusy}
        onCancel={() => setRemoving(null)}
        onConfirm={() => void remove()}
        testId="experts-remove-confirm"
      >
        <Text style={{ display: 'block' }}>专家将停用并不能再登录，专家记录保留。如所在专家组尚有评审工作，将随机抽取替换专家，其尚未结束的评审阶段的评分表作废；已结束阶段的评分保留，是否继续采用由秘书处另行决定。此操作不能撤销。</Text>
        <FormRow label="原因（必填）" problems={reasonError ? [reasonError] : undefined} wide>
          <textarea className="qs-textarea" style={{ minHeight: '80px' }} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="experts-remove-reason" />
        </FormRow>
      </ConfirmDialog>
    </ConsoleLayout>
  );
}
