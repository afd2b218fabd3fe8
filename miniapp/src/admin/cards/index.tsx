import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { Button, Form, Input } from '@nutui/nutui-react-taro';
import { ENTERPRISE_NAME_MAX } from '@cacem/shared';
import { errorText, registrationCardApi, type IssuedCard, type Page, type RegistrationCard } from '../../api';
import { formatDateTime } from '../../utils/format';
import { ROUTES } from '../../utils/routes';
import { redirectIfUnauthenticated } from '../../utils/use-auth-guard';
import { ConsoleLayout, goConsole } from '../console/layout';
import { absoluteFileUrl } from '../../api/client';
import { type BulkIssueResult, setupApi } from '../../api/console-setup';
import { ConfirmDialog } from '../console/confirm-dialog';
import { parseNameLines, namesToSend } from '../setup-pages/bulk-names';
import { Secret } from '../setup-pages/form-bits';
import '../setup-pages/setup.scss';
import './index.scss';
import { SubmitBar } from '../../components/submit-bar';

const PAGE_SIZE = 20;

function CardsTable({ page, onReset, onUnlock }: { page: Page<RegistrationCard>; onReset: (card: RegistrationCard) => void; onUnlock: (card: RegistrationCard) => void }) {
  return (
    <View className="qt-cards__table" data-testid="cards-table">
      <View className="qt-cards__tr qt-cards__tr--head">
        <Text className="qt-cards__td">报名卡号</Text>
        <Text className="qt-cards__td">企业名称</Text>
        <Text className="qt-cards__td">统一社会信用代码</Text>
        <Text className="qt-cards__td">发放时间</Text>
        <Text className="qt-cards__td">首次登录</Text>
        <Text className="qt-cards__td">操作</Text>
      </View>
      {page.items.map((card) => (
        <View className="qt-cards__tr" key={card.id} data-testid="cards-row">
          <Text className="qt-cards__td qt-cards__td--nowrap" data-testid="cards-row-card-no">
            {card.cardNo}
          </Text>
          <Text className="qt-cards__td">{card.enterpriseName}</Text>
          <Text className="qt-cards__td qt-cards__td--nowrap">{card.creditCode ?? '未登记'}</Text>
          <Text className="qt-cards__td qt-cards__td--nowrap">{formatDateTime(card.issuedAt)}</Text>
          <Text className="qt-cards__td qt-cards__td--nowrap">{card.firstLoginAt ? formatDateTime(card.firstLoginAt) : '未登录'}</Text>
          <View className="qt-cards__td qt-cards__actions">
            <button type="button" className="qc-btn qc-btn--link" onClick={() => onReset(card)} data-testid="cards-reset">
              重置密码
            </button>
            {card.lockedUntil && (
              <>
                <Text className="qc-tag qc-tag--red" data-testid="cards-locked">
                  已锁定至 {formatDateTime(card.lockedUntil)}
                </Text>
                <button type="button" className="qc-btn qc-btn--link" onClick={() => onUnlock(card)} data-testid="cards-unlock">
                  解锁
                </button>
              </>
            )}
          </View>
        </View>
      ))}
      {page.items.length === 0 && (
        <View className="qt-cards__td qt-cards__td--empty">
          <Text className="qt-hint">尚未发放报名卡</Text>
        </View>
      )}
    </View>
  );
}

/** 批量发放: one enterprise a line; repeats are flagged before sending, the server's skipped rows and the list's link after. */
function BulkIssue({ onIssued }: { onIssued: () => void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const [result, setResult] = useState<BulkIssueResult | null>(null);
  const lines = parseNameLines(text);
  const flagged = lines.filter((l) => l.flag !== null);

  const submit = async () => {
    setBusy(true);
    setError('');
    try {
      const r = await setupApi.bulkIssueCards(namesToSend(lines));
      setResult(r);
      setText('');
      onIssued();
    } catch (e) {
      if (!redirectIfUnauthenticated(e)) setError(errorText(e));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <View className="qt-card" data-testid="cards-bulk">
      <Text className="qt-page__subtitle">批量发放</Text>
      <Text className="qc-muted" style={{ display: 'block', marginBottom: '8px' }}>
        每行一个企业名称（与营业执照一致的全称）；重复和过长的名称不发卡。
      </Text>
      <textarea className="qs-textarea" value={text} placeholder={'中建八局第一建设有限公司\n中铁十二局集团第二工程有限公司'} onChange={(e) => setText(e.target.value)} data-testid="cards-bulk-names" />
      <Text className="qc-muted" style={{ display: 'block' }} data-testid="cards-bulk-count">
        共 {lines.length} 行{flagged.length ? `，其中 ${flagged.length} 行将被跳过` : ''}
      </Text>
      {flagged.map((l) => (
        <Text key={l.row} className="qs-problem" data-testid="cards-bulk-flag">
          第 {l.row} 行「{l.name.length > 30 ? `${l.name.slice(0, 30)}…` : l.name}」：{l.flag}
        </Text>
      ))}
      {error !== '' && (
        <Text className="qc-alert qc-alert--error" data-testid="cards-bulk-error">
          {error}
        </Text>
      )}
      <View className="qs-actions" style={{ justifyContent: 'flex-start' }}>
        <button type="button" className="qc-btn qc-btn--primary" disabled={busy || lines.length === 0} onClick={() => setConfirming(true)} data-testid="cards-bulk-submit">
          {busy ? '发放中…' : `批量发放（${lines.length - flagged.length} 张）`}
        </button>
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
        busy={busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void submit()}
        testId="cards-bulk-confirm"
      >
        <Text style={{ display: 'block' }}>每个企业发放一张报名卡，已发放的报名卡不能撤回。</Text>
        <Text style={{ display: 'block', marginTop: '8px' }}>一次性密码只在发放清单中出现一次（清单不在服务器上保存，离开本页后无法再次下载）。</Text>
      </ConfirmDialog>
    </View>
  );
}

export default function CardsPage() {
  const [form] = Form.useForm();
  const [issued, setIssued] = useState<IssuedCard | null>(null);
  const [issueError, setIssueError] = useState('');
  const [issuing, setIssuing] = useState(false);
  const [list, setList] = useState<Page<RegistrationCard> | null>(null);
  const [listError, setListError] = useState('');
  const [pageNo, setPageNo] = useState(1);
  const [resetting, setResetting] = useState<RegistrationCard | null>(null);
  const [resetBusy, setResetBusy] = useState(false);
  const [resetResult, setResetResult] = useState<{ cardNo: string; password: string; enterpriseName: string } | null>(null);
  const [resetError, setResetError] = useState('');

  const resetPassword = async () => {
    if (!resetting) return;
    setResetBusy(true);
    setResetError('');
    try {
      const r = await setupApi.resetCardPassword(resetting.id);
      setResetResult({ ...r, enterpriseName: resetting.enterpriseName });
    } catch (e) {
      if (!redirectIfUnauthenticated(e)) setResetError(errorText(e));
    } finally {
      setResetBusy(false);
      setResetting(null);
    }
  };

  const unlock = async (card: RegistrationCard) => {
    setResetError('');
    try {
      await setupApi.unlockCard(card.id);
      load(pageNo);
    } catch (e) {
      if (!redirectIfUnauthenticated(e)) setResetError(`解锁失败：${errorText(e)}`);
    }
  };

  const load = useCallback((page: number) => {
    registrationCardApi
      .list(page, PAGE_SIZE)
      .then((result) => {
        setList(result);
        setPageNo(result.page);
        setListError('');
      })
      .catch((e: unknown) => {
        if (!redirectIfUnauthenticated(e)) setListError(errorText(e));
      });
  }, []);

  useDidShow(() => load(1));

  const issue = async ({ enterpriseName }: { enterpriseName: string }) => {
    setIssueError('');
    setIssuing(true);
    try {
      const card = await registrationCardApi.issue(enterpriseName.trim());
      setIssued(card);
      form.resetFields();
      load(1);
    } catch (e) {
      if (!redirectIfUnauthenticated(e)) setIssueError(errorText(e));
    } finally {
      setIssuing(false);
    }
  };

  const totalPages = list ? Math.max(1, Math.ceil(list.total / list.pageSize)) : 1;

  return (
    <ConsoleLayout
      active="cards"
      title="发放报名卡"
      extra={
        <Text className="qt-cards__nav" data-testid="cards-go-units" onClick={() => goConsole(ROUTES.adminUnits)}>
          推荐单位报送情况 ›
        </Text>
      }
    >
      <View className="qt-cards">
        <View className="qt-card">
          <Form form={form} labelPosition="top" onFinish={(values: { enterpriseName: string }) => void issue(values)}>
            <Form.Item
              label="企业名称"
              name="enterpriseName"
              rules={[
                { required: true, message: '请填写企业名称' },
                { validator: (_rule: unknown, value: string | undefined) => (value ?? '').trim() !== '', message: '请填写企业名称' },
                {
                  validator: (_rule: unknown, value: string | undefined) => (value ?? '').trim().length <= ENTERPRISE_NAME_MAX,
                  message: `企业名称不超过 ${ENTERPRISE_NAME_MAX} 个字`,
                },
              ]}
            >
              <Input
                name="enterpriseName"
                placeholder="与营业执照一致的企业全称"
                maxLength={ENTERPRISE_NAME_MAX}
                data-testid="issue-enterprise-name"
              />
            </Form.Item>
          </Form>
          <SubmitBar label="发放报名卡" submitting={issuing} onSubmit={() => form.submit()} error={issueError} testIdPrefix="issue" block={false} />
        </View>

        {issued && (
          <View className="qt-card qt-cards__issued" data-testid="issued-card">
            <Text className="qt-hint">已为「{issued.enterpriseName}」发放报名卡：</Text>
            <View className="qt-cards__issued-line">
              <Text className="qt-cards__issued-label">报名卡号</Text>
              <Text className="qt-cards__issued-value" data-testid="issued-card-no">
                {issued.cardNo}
              </Text>
            </View>
            <View className="qt-cards__issued-line">
              <Text className="qt-cards__issued-label">一次性密码</Text>
              <Text className="qt-cards__issued-value" data-testid="issued-password">
                {issued.password}
              </Text>
            </View>
            <Text className="qt-cards__warning" data-testid="issued-warning">
              密码只显示这一次，离开或刷新本页后无法再次查看。请立即抄录并交给企业。
            </Text>
          </View>
        )}

        <BulkIssue onIssued={() => load(1)} />

        <View className="qt-card">
          <Text className="qt-page__subtitle">
            已发放的报名卡{list ? `（共 ${list.total} 张）` : ''}
          </Text>
          {listError !== '' && (
            <Text className="qt-error" data-testid="cards-error">
              {listError}
            </Text>
          )}
          {resetError !== '' && (
            <Text className="qt-error" data-testid="cards-reset-error">
              {resetError}
            </Text>
          )}
          {list && <CardsTable page={list} onReset={setResetting} onUnlock={(card) => void unlock(card)} />}
          {list && totalPages > 1 && (
            <View className="qt-cards__pager">
              <Button size="small" disabled={pageNo <= 1} data-testid="cards-prev" onClick={() => load(pageNo - 1)}>
                上一页
              </Button>
              <Text>
                第 {pageNo} / {totalPages} 页
              </Text>
              <Button size="small" disabled={pageNo >= totalPages} data-testid="cards-next" onClick={() => load(pageNo + 1)}>
                下一页
              </Button>
            </View>
          )}
        </View>
      </View>

      <ConfirmDialog
        open={resetting !== null}
        title={`重置报名卡 ${resetting?.cardNo ?? ''} 的密码？`}
        confirmText="重置密码"
        danger
        busy={resetBusy}
        onCancel={() => setResetting(null)}
        onConfirm={() => void resetPassword()}
        testId="cards-reset-confirm"
      >
        <Text style={{ display: 'block' }}>将为「{resetting?.enterpriseName ?? ''}」生成新的一次性密码，原密码立即失效，此操作不能撤销。</Text>
      </ConfirmDialog>
      <ConfirmDialog
        open={resetResult !== null}
        title={`报名卡 ${resetResult?.cardNo ?? ''} 的新密码`}
        confirmText="我已抄录"
        onCancel={() => setResetResult(null)}
        onConfirm={() => setResetResult(null)}
        testId="cards-reset-result"
      >
        {resetResult && (
          <View>
            <Text style={{ display: 'block' }}>企业：{resetResult.enterpriseName}</Text>
            <Secret label="新的一次性密码" value={resetResult.password} testId="cards-reset-password" />
            <Text className="qc-alert qc-alert--warning" style={{ display: 'block' }}>
              密码只显示这一次，关闭后无法再次查看。请立即抄录并交给企业。
            </Text>
          </View>
        )}
      </ConfirmDialog>
    </ConsoleLayout>
  );
}
