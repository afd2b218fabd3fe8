import { Text, View } from '@tarojs/components';
import type { Page, RegistrationCard } from '../../api';
import { formatDateTime } from '../../utils/format';
import { Button } from '../console/kit';

export interface CardsTableProps {
  page: Page<RegistrationCard>;
  onReset: (card: RegistrationCard) => void;
  onUnlock: (card: RegistrationCard) => void;
  onPage: (page: number) => void;
}

/** The issued cards, one page at a time: who has logged in, 重置密码, and 解锁 for a card locked after failed logins. */
export function CardsTable({ page, onReset, onUnlock, onPage }: CardsTableProps) {
  const totalPages = Math.max(1, Math.ceil(page.total / page.pageSize));
  return (
    <>
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
              <Button variant="link" onClick={() => onReset(card)} data-testid="cards-reset">
                重置密码
              </Button>
              {card.lockedUntil && (
                <>
                  <Text className="qc-tag qc-tag--red" data-testid="cards-locked">
                    已锁定至 {formatDateTime(card.lockedUntil)}
                  </Text>
                  <Button variant="link" onClick={() => onUnlock(card)} data-testid="cards-unlock">
                    解锁
                  </Button>
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
      {totalPages > 1 && (
        <View className="qt-cards__pager">
          <Button small disabled={page.page <= 1} data-testid="cards-prev" onClick={() => onPage(page.page - 1)}>
            上一页
          </Button>
          <Text>
            第 {page.page} / {totalPages} 页
          </Text>
          <Button small disabled={page.page >= totalPages} data-testid="cards-next" onClick={() => onPage(page.page + 1)}>
            下一页
          </Button>
        </View>
      )}
    </>
  );
}
