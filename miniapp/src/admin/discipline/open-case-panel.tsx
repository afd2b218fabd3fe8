import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { consoleApi, type ConsoleApplication } from '../../api/console';
import { type CaseDetail, KIND_LABEL, type MisconductKind, setupApi } from '../../api/console-setup';
import { useAction } from '../../utils/use-request';
import { Button, Select, TextArea, TextInput } from '../console/kit';
import { SidePanel } from '../console/side-panel';
import { FormRow } from '../setup-pages/form-bits';

const KIND_OPTIONS = (Object.keys(KIND_LABEL) as MisconductKind[]).map((k) => ({ value: k, label: KIND_LABEL[k] }));

/** 违规查处立案: find the application concerned, name the kind of misconduct and what is known, and open the case. */
export function OpenCasePanel({ onClose, onOpened }: { onClose: () => void; onOpened: (opened: CaseDetail) => void }) {
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<ConsoleApplication[] | null>(null);
  const [picked, setPicked] = useState<ConsoleApplication | null>(null);
  const [kind, setKind] = useState<MisconductKind>('plagiarism');
  const [description, setDescription] = useState('');
  const find = useAction(() => consoleApi.applications({ q: search.trim() || undefined, page: 1, pageSize: 10 }));
  const open = useAction((applicationId: number) => setupApi.openCase({ applicationId, kind, description: description.trim() }));

  const findApplications = () => void find.run().then((p) => p && setFound(p.items));
  const submit = async () => {
    if (!picked) {
      open.setError('请先查找并选择涉及的申报');
      return;
    }
    const opened = await open.run(picked.id);
    if (opened) onOpened(opened);
  };

  return (
    <SidePanel open title="违规查处立案" onClose={() => !open.busy && onClose()} testId="case-open-panel">
      <View className="qs-form" style={{ gridTemplateColumns: '1fr' }}>
        <FormRow label="涉及的申报" problems={find.error ? [find.error] : undefined}>
          <TextInput
            style={{ width: '260px' }}
            value={search}
            placeholder="班组或企业名称"
            onChange={setSearch}
            onKeyDown={(e) => {
              if (e.key === 'Enter') findApplications();
            }}
            data-testid="case-app-search"
          />
          <Button onClick={findApplications} data-testid="case-app-search-submit">
            查找
          </Button>
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
          <Select value={kind} options={KIND_OPTIONS} onChange={setKind} data-testid="case-kind" />
        </FormRow>
        <FormRow label="问题线索与情况说明">
          <TextArea className="qs-textarea" maxLength={2000} value={description} onChange={setDescription} data-testid="case-description" />
        </FormRow>
      </View>
      {open.error !== '' && (
        <Text className="qc-alert qc-alert--error" data-testid="case-open-error">
          {open.error}
        </Text>
      )}
      <View className="qs-actions">
        <Button disabled={open.busy} onClick={onClose}>
          取消
        </Button>
        <Button variant="primary" disabled={open.busy} onClick={() => void submit()} data-testid="case-open-submit">
          {open.busy ? '提交中…' : '立案'}
        </Button>
      </View>
    </SidePanel>
  );
}
