import { useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { consoleReviewApi, type DrawView, type VerifyResult } from '../../api/console-review';
import { useAction, useLoaded } from '../../utils/use-request';
import { ConsoleLayout } from '../console/layout';
import { failure, NoticeLine, type Notice } from '../review-pages/parts';
import { DrawDetail } from './draw-detail';
import { DrawForm } from './draw-form';
import { DrawList } from './draw-list';
import '../review-pages/review-pages.scss';

/** 专家组抽取: draw the panels with a public seed, list the draws, show a draw's panels and re-run it to verify. */
export default function DrawsPage() {
  const list = useLoaded(() => consoleReviewApi.draws(), []);
  const [current, setCurrent] = useState<DrawView | null>(null);
  const [verify, setVerify] = useState<{ drawId: number; result: VerifyResult } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const sorted = [...(list.data?.items ?? [])].sort((a, b) => b.id - a.id);

  const opener = useAction((id: number) => consoleReviewApi.draw(id));
  const open = (id: number) => {
    setVerify(null);
    void opener.run(id).then((view) => {
      if (view) setCurrent(view);
    });
  };

  // The first load shows the latest draw; later loads (after a draw or a verification) leave the shown one alone.
  const openedLatest = useRef(false);
  useEffect(() => {
    if (openedLatest.current || !list.data) return;
    openedLatest.current = true;
    if (sorted[0]) open(sorted[0].id);
  }, [list.data]);

  const verifier = useAction(async (id: number) => {
    setVerify(null);
    try {
      const result = await consoleReviewApi.verifyDraw(id);
      setVerify({ drawId: id, result });
      if (result.verified) list.reload();
    } catch (e) {
      const text = failure(e);
      if (text !== null) setNotice({ ok: false, text: `复核失败：${text}` });
    }
  });

  return (
    <ConsoleLayout active="draws" title="专家组抽取" subtitle="按公开的种子从可抽取专家中随机组组（回避本企业、本推荐单位），分配初选合格的申报">
      <NoticeLine notice={notice} testId="draw-notice" onClose={() => setNotice(null)} />

      <DrawForm
        drawCount={sorted.length}
        onNotice={setNotice}
        onDrawn={(view) => {
          setCurrent(view);
          setVerify(null);
          list.reload();
        }}
      />

      <View className="qc-card">
        <Text className="qc-card__title">历次抽取</Text>
        <DrawList
          draws={sorted}
          currentId={current?.id ?? null}
          loading={list.loading}
          error={list.error}
          verifying={verifier.busy}
          onOpen={open}
          onVerify={(id) => void verifier.run(id)}
        />
      </View>

      {opener.error && (
        <Text className="qc-alert qc-alert--error" data-testid="draw-detail-error">
          {opener.error}
        </Text>
      )}

      {current && (
        <DrawDetail
          draw={current}
          verify={verify && verify.drawId === current.id ? verify.result : null}
          verifying={verifier.busy}
          onVerify={() => void verifier.run(current.id)}
        />
      )}
    </ConsoleLayout>
  );
}
