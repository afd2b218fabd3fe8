import { useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { type RegistrationCard, registrationCardApi } from '../../api';
import { setupApi } from '../../api/console-setup';
import { ROUTES } from '../../utils/routes';
import { useAction, useLoaded } from '../../utils/use-request';
import { ConsoleLayout, goConsole } from '../console/layout';
import { BulkIssue } from './bulk-issue';
import { CardsTable } from './cards-table';
import { IssueForm } from './issue-form';
import { ResetDialogs, type ResetResult } from './reset-dialogs';
import '../setup-pages/setup.scss';
import './index.scss';

const PAGE_SIZE = 20;

/** 发放报名卡: issue one card or many, list the issued cards, reset a password, unlock a locked card. */
export default function CardsPage() {
  const [pageNo, setPageNo] = useState(1);
  const list = useLoaded(() => registrationCardApi.list(pageNo, PAGE_SIZE), [pageNo]);
  const [resetting, setResetting] = useState<RegistrationCard | null>(null);
  const [resetResult, setResetResult] = useState<ResetResult | null>(null);

  // Back on the page (another tab of the console, the app again): the first page, fresh.
  const shown = useRef(false);
  useDidShow(() => {
    if (!shown.current) {
      shown.current = true;
      return;
    }
    firstPage();
  });
  const firstPage = () => {
    if (pageNo === 1) list.reload();
    else setPageNo(1);
  };

  const reset = useAction(async () => {
    if (!resetting) return;
    unlock.setError('');
    try {
      const r = await setupApi.resetCardPassword(resetting.id);
      setResetResult({ ...r, enterpriseName: resetting.enterpriseName });
    } finally {
      setResetting(null);
    }
  });

  const unlock = useAction(async (card: RegistrationCard) => {
    reset.setError('');
    await setupApi.unlockCard(card.id);
    list.reload();
  });

  const rowError = reset.error || (unlock.error ? `解锁失败：${unlock.error}` : '');

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
        <IssueForm onIssued={firstPage} />
        <BulkIssue onIssued={firstPage} />

        <View className="qt-card">
          <Text className="qt-page__subtitle">
            已发放的报名卡{list.data ? `（共 ${list.data.total} 张）` : ''}
          </Text>
          {list.error !== '' && (
            <Text className="qt-error" data-testid="cards-error">
              {list.error}
            </Text>
          )}
          {rowError !== '' && (
            <Text className="qt-error" data-testid="cards-reset-error">
              {rowError}
            </Text>
          )}
          {list.data && <CardsTable page={list.data} onReset={setResetting} onUnlock={(card) => void unlock.run(card)} onPage={setPageNo} />}
        </View>
      </View>

      <ResetDialogs
        resetting={resetting}
        busy={reset.busy}
        result={resetResult}
        onConfirm={() => void reset.run()}
        onCancel={() => setResetting(null)}
        onDone={() => setResetResult(null)}
      />
    </ConsoleLayout>
  );
}
