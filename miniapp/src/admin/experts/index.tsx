import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type Expert, type ImportReport, type RemovalResult, setupApi } from '../../api/console-setup';
import { useAction } from '../../utils/use-request';
import { DataTable } from '../console/data-table';
import { Button } from '../console/kit';
import { ConsoleLayout } from '../console/layout';
import { CONSOLE_ROUTES } from '../console/routes';
import { queryToApi, type TableSpec } from '../console/table-query';
import { usePagedList } from '../console/use-paged-list';
import type { Notice } from '../review-pages/parts';
import { AccountDialogs } from './account-dialogs';
import { expertColumns } from './expert-columns';
import { type Editing, ExpertEditor } from './expert-editor';
import { ExpertFilters } from './expert-filters';
import { ImportButton, ImportReportCard } from './expert-import';
import { useFailureNotice } from '../console/failure-notice';
import { KeptSheetDecisions } from './kept-sheets';
import { RemovalResultNotice } from './removal-result';
import { RemoveDialog } from './remove-dialog';
import { useUnitOptions } from '../console/unit-options';
import '../setup-pages/setup.scss';

const SPEC: TableSpec = {
  filters: [{ name: 'unitId' }, { name: 'drawable' }, { name: 'active' }, { name: 'q' }],
  sortKeys: [],
  defaultPageSize: 20,
  pageSizes: [10, 20, 50, 100],
  defaultSort: null,
};

/** 专家库: the pool the panels are drawn from — add, edit, import from Excel, open logins, remove for misconduct. */
export default function ExpertsPage() {
  const list = usePagedList(SPEC, CONSOLE_ROUTES.experts, (query) => setupApi.experts(queryToApi(query)));
  const unitOptions = useUnitOptions();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [accountFor, setAccountFor] = useState<Expert | null>(null);
  const [removing, setRemoving] = useState<Expert | null>(null);
  const [removal, setRemoval] = useState<RemovalResult | null>(null);
  // Bumped after a removal, so the pending decisions on kept sheets are read again.
  const [keptRefresh, setKeptRefresh] = useState(0);

  const unlock = useAction(async (x: Expert) => {
    if (x.userId !== null) await setupApi.unlockAccount(x.userId);
    return x;
  });
  useFailureNotice(unlock.error, '解锁失败', setNotice);

  const columns = expertColumns({
    onEdit: (expert) => setEditing({ mode: 'edit', expert }),
    onAccount: setAccountFor,
    onUnlock: (x) => {
      setNotice(null);
      void unlock.run(x).then((done) => {
        if (!done) return;
        setNotice({ ok: true, text: `已解锁专家「${done.name}」的登录账号` });
        list.reload();
      });
    },
    onRemove: setRemoving,
  });

  return (
    <ConsoleLayout
      active="experts"
      title="专家库"
      subtitle="经推荐、培训并考核通过的专家方可抽取进入评审专家组"
      extra={
        <>
          <ImportButton
            onStart={() => {
              setNotice(null);
              setReport(null);
            }}
            onReport={(r) => {
              setReport(r);
              list.reload();
            }}
            onNotice={setNotice}
          />
          <Button variant="primary" onClick={() => setEditing({ mode: 'add' })} data-testid="experts-add">
            添加专家
          </Button>
        </>
      }
    >
      <ExpertFilters spec={SPEC} query={list.query} setQuery={list.setQuery} unitOptions={unitOptions} />

      {notice && (
        <Text className={`qc-alert ${notice.ok ? 'qc-alert--success' : 'qc-alert--error'}`} data-testid="experts-notice">
          {notice.text}
        </Text>
      )}
      {removal && <RemovalResultNotice removal={removal} onClose={() => setRemoval(null)} />}
      <KeptSheetDecisions refreshKey={keptRefresh} />
      {report && <ImportReportCard report={report} onClose={() => setReport(null)} />}

      <View className="qc-card">
        <DataTable
          testId="experts"
          columns={columns}
          {...list.table}
          rowKey={(x) => x.id}
          emptyText={Object.keys(list.query.filters).length ? '没有符合条件的专家' : '专家库中还没有专家'}
        />
      </View>

      {editing && (
        <ExpertEditor
          key={editing.mode === 'edit' ? editing.expert.id : 'add'}
          editing={editing}
          unitOptions={unitOptions}
          onClose={() => setEditing(null)}
          onSaved={(text) => {
            setEditing(null);
            setNotice({ ok: true, text });
            list.reload();
          }}
        />
      )}
      <AccountDialogs expert={accountFor} onClose={() => setAccountFor(null)} onOpened={list.reload} onNotice={setNotice} />
      {removing && (
        <RemoveDialog
          key={removing.id}
          expert={removing}
          onClose={() => setRemoving(null)}
          onRemoved={(r) => {
            setRemoval(r);
            setRemoving(null);
            setKeptRefresh((n) => n + 1);
            list.reload();
          }}
        />
      )}
    </ConsoleLayout>
  );
}
