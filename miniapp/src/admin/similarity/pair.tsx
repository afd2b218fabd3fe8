import { useCallback, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { isApiError } from '../../api';
import { similarityApi, type SimilarityDocSide, type SimilarityPairDetail } from '../../api/console-similarity';
import { formatDateTime } from '../../utils/format';
import { ConfirmDialog } from '../console/confirm-dialog';
import { ConsoleLayout, goConsole } from '../console/layout';
import { CONSOLE_ROUTES } from '../console/routes';
import { failure, NoticeLine, type Notice } from '../review-pages/parts';
import { caseDescription, pageText, pct, type Side, teamText } from './logic';
import { CaseLink } from './parts';
import './similarity.scss';

const DESCRIPTION_MAX = 2000;

function SideCard({ label, doc, testId }: { label: string; doc: SimilarityDocSide; testId: string }) {
  const lines: Array<[string, string]> = [
    ['企业', doc.enterpriseName ?? '—'],
    ['推荐单位', doc.unitName ?? '—'],
    ['年度', `${doc.campaignYear} 年`],
    ['文件', `${doc.fileName}（${doc.kindLabel}，${doc.pages} ${doc.kind === 'ppt' ? '张幻灯片' : '页'}）`],
    ['申报状态', doc.statusLabel],
  ];
  return (
    <View className="sim-side" data-testid={testId} data-application-id={doc.applicationId}>
      <View className="sim-side__head">
        <Text className="qc-tag qc-tag--blue">{label}</Text>
        <Text>{teamText(doc)}</Text>
      </View>
      {lines.map(([k, v]) => (
        <View key={k} className="sim-side__line">
          <Text className="sim-side__label">{k}</Text>
          <Text className="sim-side__value">{v}</Text>
        </View>
      ))}
    </View>
  );
}

function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <View className="sim-figures__item">
      <Text className="sim-figures__label">{label}</Text>
      <Text className="sim-figures__value">{value}</Text>
    </View>
  );
}

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
              已核实无问题（{pair.dismissal.by}，{formatDateTime(pair.dismissal.at)}）：{pair.dismissal.reason}
            </Text>
          </View>
        )}

        {pair && (
          <View className="qc-card">
            <View className="sim-sides" style={{ marginBottom: '16PX' }}>
              <SideCard label="文件 A" doc={pair.a} testId="pair-side-a" />
              <SideCard label="文件 B" doc={pair.b} testId="pair-side-b" />
            </View>
            <View className="sim-figures" data-testid="pair-figures">
              <View className="sim-figures__item">
                <Text className="sim-figures__label">相似度</Text>
                <Text className={`sim-figures__value${pair.suspicious ? ' qc-tag qc-tag--red' : ''}`} data-testid="pair-score" data-suspicious={pair.suspicious ? 'true' : 'false'}>
                  {pct(pair.score)}
                </Text>
              </View>
              <Figure label="A 的覆盖率" value={pct(pair.coverageA)} />
              <Figure label="B 的覆盖率" value={pct(pair.coverageB)} />
              <Figure label="A 被 B 包含" value={pct(pair.containmentAInB)} />
              <Figure label="B 被 A 包含" value={pct(pair.containmentBInA)} />
              <Figure label="Jaccard" value={pct(pair.jaccard)} />
              <Figure label="匹配字数" value={pair.matchedChars} />
            </View>
          </View>
        )}

        {pair && (
          <View className="qc-card" data-testid="passages">
            <Text className="qc-card__title">
              匹配段落（{pair.passages.length} 处）
              <Text className="qc-card__hint">左为文件 A，右为文件 B</Text>
            </Text>
            {pair.passages.length === 0 && <Text className="qc-muted">没有匹配段落</Text>}
            {pair.passages.map((p, i) => (
              <View key={i} className="sim-passage" data-testid="passage">
                <Text className="sim-passage__head">
                  段落 {i + 1} · {p.chars} 字
                </Text>
                <View className="sim-sides">
                  <View>
                    <Text className="sim-passage__where" data-testid="passage-where-a">
                      A · {pageText(pair.a.kind, p.a.fromPage, p.a.toPage)}
                    </Text>
                    <View className="sim-passage__text" data-testid="passage-text-a">
                      {p.a.text}
                    </View>
                  </View>
                  <View>
                    <Text className="sim-passage__where" data-testid="passage-where-b">
                      B · {pageText(pair.b.kind, p.b.fromPage, p.b.toPage)}
                    </Text>
                    <View className="sim-passage__text" data-testid="passage-text-b">
                      {p.b.text}
                    </View>
                  </View>
                </View>
              </View>
            ))}
          </View>
        )}
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
