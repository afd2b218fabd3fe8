import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Form, Input } from '@nutui/nutui-react-taro';
import { ENTERPRISE_NAME_MAX } from '@cacem/shared';
import { errorText, registrationCardApi, type IssuedCard, type Page, type RegistrationCard } from '../../api';
import { formatDateTime } from '../../utils/format';
import { ROUTES } from '../../utils/routes';
import { redirectIfUnauthenticated } from '../../utils/use-auth-guard';
import './index.scss';
import { SubmitBar } from '../../components/submit-bar';

const PAGE_SIZE = 20;

function CardsTable({ page }: { page: Page<RegistrationCard> }) {
  return (
    <View className="qt-cards__table" data-testid="cards-table">
      <View className="qt-cards__tr qt-cards__tr--head">
        <Text className="qt-cards__td">报名卡号</Text>
        <Text className="qt-cards__td">企业名称</Text>
        <Text className="qt-cards__td">统一社会信用代码</Text>
        <Text className="qt-cards__td">发放时间</Text>
        <Text className="qt-cards__td">首次登录</Text>
      </View>
      {page.items.map((card) => (
        <View className="qt-cards__tr" key={card.id} data-testid="cards-row">
          <Text className="qt-cards__td qt-cards__td--nowrap" data-testid="cards-row-card-no">
            {card.cardNo}
          </Text>
          <Text className="qt-cards__td">{card.enterpriseName}</Text>
          <Text className="qt-cards__td">{card.creditCode ?? '未登记'}</Text>
          <Text className="qt-cards__td">{formatDateTime(card.issuedAt)}</Text>
          <Text className="qt-cards__td">{card.firstLoginAt ? formatDateTime(card.firstLoginAt) : '未登录'}</Text>
        </View>
      ))}
      {page.items.length === 0 && (
        <View className="qt-cards__td">
          <Text className="qt-hint">尚未发放报名卡</Text>
        </View>
      )}
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
    <View className="qt-page qt-cards">
      <View className="qt-cards__head">
        <Text className="qt-page__title">发放报名卡</Text>
        <Text className="qt-cards__nav" data-testid="cards-go-units" onClick={() => void Taro.navigateTo({ url: ROUTES.adminUnits })}>
          推荐单位报送情况 ›
        </Text>
      </View>

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

      <View className="qt-card">
        <Text className="qt-page__subtitle">
          已发放的报名卡{list ? `（共 ${list.total} 张）` : ''}
        </Text>
        {listError !== '' && (
          <Text className="qt-error" data-testid="cards-error">
            {listError}
          </Text>
        )}
        {list && <CardsTable page={list} />}
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
  );
}
