import { useCallback, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { isApiError } from '../../api';
import { similarityApi, type SimilarityPairDetail } from '../../api/console-similarity';
import { formatDateTime } from '../../utils/format';
import { ConfirmDialog } from '../console/confirm-dialog';
import { ConsoleLayout, goConsole } from '../console/layout';
import { CONSOLE_ROUTES } from '../console/routes';
import { failure, NoticeLine, type Notice } from '../review-pages/parts';
import { caseDescription, pct, type Side, teamText } from './logic';
import { CaseLink, Figure, SideCard } from './parts';
import { Passages } from './passages';
import './similarity.scss';

const DESCRIPTION_MAX = 2000;

/** 材料查重 · 对比查看: the two documents of a pair, every matched passage side by side, and 立案查处 against one of them. */
export default function SimilarityPairPage() {
  const raw = useRouter().params.id;
  const id = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : null;
  const [pair, setPair] = useState<SimilarityPairDetail | null>(null);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);

  // 立案查处
  const [opening, setOpening] = useState(false);
  const [against, setAgainst] = useState<Side>('a');
  const [description, setDescription] = useState('');
  const [openError, setOpenError] = useState('');
  const [busy, setBusy] = useState(false);
  // 核实无问题
  const [dismissing, setDismissing] = useState(false);
  const [dismissReason, setDismissReason] = useState('');
  const [dismissError, setDismissError] = useState('');

  const load = useCallback(() => {
    if (id === null) {
      setError('缺少文件对编号');
      return;
    }
    similarityApi
      .pair(id)
      .then((p) => {
        setPair(p);
        setError('');
      })
      .catch((e: unknown) => {
        const text = failure(e);
        if (text !== null) setError(text);
      });
  }, [id]);
  useEffect(load, [load]);

  const prefill = (p: SimilarityPairDetail, side: Side) => caseDescription(p, side, p.passages.length || p.passageCount);

  const askOpen = () => {
    if (!pair) return;
    setAgainst('a');
    setDescription(prefill(pair, 'a'));
    setOpenError('');
    setOpening(true);
  };

  const pick = (side: Side) => {
    if (!pair) return;
    // The text still as prefilled follows the choice; a text the secretariat has edited stays.
    if (description === prefill(pair, against)) setDescription(prefill(pair, side));
    setAgainst(side);
  };

  const openCase = async () => {
    if (!pair) return;
    const text = description.trim();
    if (text === '') {
      setOpenError('请填写情况说明');
      return;
    }
    setBusy(true);
    setOpenError('');
    try {
      const target = against === 'a' ? pair.a : pair.b;
      const { caseId } = await similarityApi.openCase(pair.id, { applicationId: target.applicationId, description: text });
      setPair({ ...pair, caseId });
      setOpening(false);
      setNotice({ ok: true, text: `已立案（案件 ${caseId}）：${teamText(target)}` });
      void Taro.showToast({ title: '已立案', icon: 'success' });
    } catch (e) {
      const message = failure(e);
      if (message !== null) setOpenError(message);
      // Someone else opened it meanwhile: show their case.
      if (isApiError(e) && e.code === 'SIMILARITY_CASE_EXISTS') load();
    } finally {
      setBusy(false);
    }
  };

  const dismiss = async () => {
    if (!pair) return;
    const reason = dismissReason.trim();
    if (reason === '') {
      setDismissError('请填写核实情况');
      return;
    }
    setBusy(true);
    setDismissError('');
    try {
      const updated = await similarityApi.dismiss(pair.id, reason);
      setPair({ ...pair, ...updated, passages: pair.passages });
      setDismissing(false);
      setNotice({ ok: true, text: '已标记为核实无问题，材料查重列表默认不再显示该文件对' });
    } catch (e) {
      const message = failure(e);
      if (message !== null) setDismissError(message);
    } finally {
      setBusy(false);
    }
  };

  const restore = async () => {
    if (!pair) return;
    setBusy(true);
    try {
      const updated = await similarityApi.restore(pair.id);
      setPair({ ...pair, ...updated, passages: pair.passages });
      setNotice({ ok: true, text: '已撤销核实无问题的结论' });
    } catch (e) {
      const message = failure(e);
      if (message !== null) setNotice({ ok: false, text: message });
    } finally {
      setBusy(false);
    }
  };

  const extra = (
    <>
      <button type="button" className="qc-btn" onClick={() => goConsole(CONSOLE_ROUTES.similarity)} data-testid="pair-back">
        返回材料查重
      </button>
      {pair &&
        (pair.caseId !== null ? (
          <CaseLink caseId={pair.caseId} />
        ) : pair.dismissal ? (
          <button type="button" className="qc-btn" disabled={busy} onClick={() => void restore()} data-testid="restore-pair">
            撤销核实结论
          </button>
        ) : (
          <>
            <button
              type="button"
              className="qc-btn"
              onClick={() => {
                setDismissReason('');
                setDismissError('');
                setDismissing(true);
              }}
              data-testid="dismiss-pair"
            >
              核实无问题
            </button>
            <button type="button" className="qc-btn qc-btn--danger" onClick={askOpen} data-testid="open-case">
              立案查处
            </button>
          </>
        ))}
    </>
  );

  return (
    <ConsoleLayout active="similarity" title="材料查重 · 对比查看" subtitle={pair ? `文件对 #${pair.id} · 比对于 ${formatDateTime(pair.checkedAt)}` : undefined} extra={extra}>
      <View data-testid="similarity-pair-view" data-pair-id={pair?.id ?? ''}>
        <NoticeLine notice={notice} testId="pair-notice" onClose={() => setNotice(null)} />
        {notice?.ok && pair !== null && pair.caseId !== null && (
          <View className="qc-alert qc-alert--info">
            <Text>可在「违规查处」上传证据材料并作出处理决定。</Text>
            <button type="button" className="qc-btn qc-btn--link" onClick={() => goConsole(CONSOLE_ROUTES.discipline)} data-testid="pair-go-discipline">
              前往违规查处
            </button>
          </View>
        )}
        {error && (
          <Text className="qc-alert qc-alert--error" data-testid="pair-error">
            加载失败：{error}
          </Text>
        )}
        {!pair && !error && <Text className="qc-muted">加载中…</Text>}
        {pair?.dismissal && (
          <View className="qc-alert qc-alert--info" data-testid="pair-dismissal">
            <Text>
              已核实无问题（{pair.dismissal.byName}，{formatDateTime(pair.dismissal.at)}）：{pair.dismissal.reason}
            </Text>
          </View>
        )}

        {pair && (
          <View className="qc-card">
            <View className="sim-sides" style={{ marginBottom: '16PX' }}>
              <SideCard label="文件 A" doc={pair.a} precedence={pair.precedence.a} first={pair.precedence.first === 'a'} coverage={pair.coverageA} testId="pair-side-a" />
              <SideCard label="文件 B" doc={pair.b} precedence={pair.precedence.b} first={pair.precedence.first === 'b'} coverage={pair.coverageB} testId="pair-side-b" />
            </View>
            <View className="sim-figures" data-testid="pair-figures">
              <Figure
                label="相似度（取较大者）"
                value={pct(pair.score)}
                hint={pair.suspicious ? '达到疑似线：疑似雷同' : '未达疑似线'}
                tone={pair.suspicious ? 'red' : undefined}
                testId="pair-score"
              />
              <Figure label="A 的文字见于 B" value={pct(pair.coverageA)} hint="占 A 自身文字" />
              <Figure label="B 的文字见于 A" value={pct(pair.coverageB)} hint="占 B 自身文字" />
              <Figure label="匹配段落" value={`${pair.passageCount} 处`} />
              <Figure label="匹配字数" value={pair.matchedChars} />
            </View>
          </View>
        )}

        {pair && <Passages pair={pair} />}
      </View>

      <ConfirmDialog
        open={opening && pair !== null}
        title="立案查处"
        confirmText="立案"
        danger
        busy={busy}
        onCancel={() => setOpening(false)}
        onConfirm={() => void openCase()}
        testId="open-case-dialog"
      >
        {pair && (
          <View>
            <Text style={{ display: 'block' }}>立案针对哪一份申报：</Text>
            <View className="sim-choice">
              {(['a', 'b'] as const).map((side) => {
                const doc = side === 'a' ? pair.a : pair.b;
                return (
                  <label key={side}>
                    <input type="radio" name="case-against" checked={against === side} onChange={() => pick(side)} data-testid={`case-against-${side}`} />
                    <Text>
                      文件 {side.toUpperCase()}：{teamText(doc)}（{doc.enterpriseName ?? '—'}，{doc.campaignYear} 年）
                    </Text>
                  </label>
                );
              })}
            </View>
            <Text style={{ display: 'block', marginBottom: '4PX' }}>情况说明</Text>
            <textarea className="sim-textarea" maxLength={DESCRIPTION_MAX} value={description} onChange={(e) => setDescription(e.target.value)} data-testid="case-description" />
            <Text className="qc-muted" style={{ display: 'block', fontSize: '12PX' }}>
              立案后可在「违规查处」上传证据材料并作出处理决定。
            </Text>
            {openError !== '' && (
              <Text className="qc-alert qc-alert--error" style={{ marginTop: '8PX' }} data-testid="open-case-error">
                {openError}
              </Text>
            )}
          </View>
        )}
      </ConfirmDialog>

      <ConfirmDialog
        open={dismissing && pair !== null}
        title="核实无问题"
        confirmText="确认"
        busy={busy}
        onCancel={() => setDismissing(false)}
        onConfirm={() => void dismiss()}
        testId="dismiss-dialog"
      >
        <View>
          <Text style={{ display: 'block', marginBottom: '4PX' }}>核实情况（为什么不是抄袭，如同一企业往年材料、共同引用的标准）</Text>
          <textarea className="sim-textarea" maxLength={500} value={dismissReason} onChange={(e) => setDismissReason(e.target.value)} data-testid="dismiss-reason" />
          <Text className="qc-muted" style={{ display: 'block', fontSize: '12PX' }}>
            标记后该文件对默认不再列出，可随时撤销；操作记入审计日志。
          </Text>
          {dismissError !== '' && (
            <Text className="qc-alert qc-alert--error" style={{ marginTop: '8PX' }} data-testid="dismiss-error">
              {dismissError}
            </Text>
          )}
        </View>
      </ConfirmDialog>
    </ConsoleLayout>
  );
}
