import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { consoleReviewApi, type DrawView, type PresentationSession } from '../../api/console-review';
import { useAction } from '../../utils/use-request';
import { Field } from '../console/filters';
import { Button, Select, TextInput } from '../console/kit';
import { moveItem, unscheduled } from '../review-pages/logic';
import { PlainCell, PlainHeadCell, PlainRow, PlainTable } from '../console/plain-table';
import { OrderButtons } from './order-buttons';

interface Team {
  id: number;
  teamName: string;
}

const EMPTY_FORM = { title: '', date: '', venue: '', panelNo: '' };

export interface SessionFormProps {
  /** The latest draw's panels; null until read (or when there is no draw). */
  draw: DrawView | null;
  /** Why the draw could not be read, '' when it could. */
  drawError: string;
  /** Applications invited to present (or past that). */
  invited: ReadonlySet<number>;
  /** Applications already in a session. */
  scheduled: ReadonlySet<number>;
  /** 安排场次 tapped: the page's last notice goes away. */
  onStart: () => void;
  onCreated: (session: PresentationSession) => void;
}

/** 安排场次: a session for one panel, with that panel's invited teams not yet scheduled, in the order they present. */
export function SessionForm({ draw, drawError, invited, scheduled, onStart, onCreated }: SessionFormProps) {
  const [form, setForm] = useState(EMPTY_FORM);
  const [order, setOrder] = useState<Team[]>([]);
  // What stops the form before it is sent (a missing field, the draw unreadable); the server's refusal is create's.
  const [problem, setProblem] = useState('');
  const create = useAction((input: Parameters<typeof consoleReviewApi.createSession>[0]) => consoleReviewApi.createSession(input));
  const panel = draw?.panels.find((p) => String(p.panelNo) === form.panelNo) ?? null;
  const panelOptions = [{ value: '', label: '请选择' }, ...(draw?.panels ?? []).map((p) => ({ value: String(p.panelNo), label: `第 ${p.panelNo} 组（组长 ${p.leader.name ?? p.leader.id}）` }))];

  // The form's one error line starts with the draw's failure, until the form is submitted.
  useEffect(() => {
    if (drawError !== '') setProblem(`读取专家组失败：${drawError}`);
  }, [drawError]);

  const choosePanel = (panelNo: string) => {
    setForm({ ...form, panelNo });
    const p = draw?.panels.find((x) => String(x.panelNo) === panelNo);
    setOrder(p ? unscheduled(p.applications, invited, scheduled).map((a) => ({ id: a.id, teamName: a.teamName ?? `申报 ${a.id}` })) : []);
  };

  const submit = async () => {
    onStart();
    create.setError('');
    if (!form.title.trim() || !form.date || !form.venue.trim() || !panel) {
      setProblem('请填写场次名称、日期、地点并选择专家组');
      return;
    }
    if (order.length === 0) {
      setProblem('该专家组没有尚未安排的受邀班组');
      return;
    }
    setProblem('');
    const session = await create.run({ title: form.title.trim(), date: form.date, venue: form.venue.trim(), panelNo: panel.panelNo, applicationIds: order.map((t) => t.id) });
    if (!session) return;
    setForm(EMPTY_FORM);
    setOrder([]);
    onCreated(session);
  };
  const error = problem || (create.error && `安排失败：${create.error}`);

  return (
    <View className="qc-card">
      <Text className="qc-card__title">安排场次</Text>
      <form
        className="rp-form"
        data-testid="session-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field label="场次名称">
          <TextInput value={form.title} maxLength={100} placeholder="如：第一场（土建）" onChange={(title) => setForm({ ...form, title })} data-testid="session-title" style={{ width: '220px' }} />
        </Field>
        <Field label="日期">
          <TextInput type="date" value={form.date} onChange={(date) => setForm({ ...form, date })} data-testid="session-date" style={{ width: '160px' }} />
        </Field>
        <Field label="地点">
          <TextInput value={form.venue} maxLength={200} onChange={(venue) => setForm({ ...form, venue })} data-testid="session-venue" style={{ width: '260px' }} />
        </Field>
        <Field label="专家组">
          <Select value={form.panelNo} options={panelOptions} onChange={choosePanel} data-testid="session-panel" style={{ width: '200px' }} />
        </Field>
        <Button submit variant="primary" disabled={create.busy} data-testid="session-create">
          {create.busy ? '安排中…' : '安排场次'}
        </Button>
      </form>
      {error && (
        <Text className="qc-alert qc-alert--error" style={{ marginTop: '12px' }} data-testid="session-form-error">
          {error}
        </Text>
      )}
      {panel && (
        <View style={{ marginTop: '12px' }} data-testid="session-order">
          <Text className="qc-card__hint" style={{ display: 'block', marginBottom: '8px' }}>
            第 {panel.panelNo} 组评审的受邀班组（尚未安排场次的），按发布顺序排列；可上移、下移或移出本场。
          </Text>
          <PlainTable
            testId="session-order-table"
            colSpan={3}
            loading={false}
            error=""
            empty={order.length === 0}
            head={
              <PlainRow>
                <PlainHeadCell style={{ width: '60px' }}>顺序</PlainHeadCell>
                <PlainHeadCell>班组</PlainHeadCell>
                <PlainHeadCell>调整</PlainHeadCell>
              </PlainRow>
            }
          >
            {order.map((t, k) => (
              <PlainRow key={t.id} data-testid="session-order-row" data-key={t.id}>
                <PlainCell>{k + 1}</PlainCell>
                <PlainCell>
                  {t.teamName}（{t.id}）
                </PlainCell>
                <PlainCell>
                  <View className="rp-inline">
                    <OrderButtons index={k} length={order.length} testId="session-order" onMove={(dir) => setOrder(moveItem(order, k, dir))} />
                    <Button variant="link" onClick={() => setOrder(order.filter((x) => x.id !== t.id))} data-testid="session-order-remove">
                      移出
                    </Button>
                  </View>
                </PlainCell>
              </PlainRow>
            ))}
          </PlainTable>
        </View>
      )}
    </View>
  );
}
