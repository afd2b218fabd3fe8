import { Text, View } from '@tarojs/components';
import type { Expert } from '../../api/console-setup';
import { formatDateTime } from '../../utils/format';
import type { Column } from '../console/data-table';
import { Button } from '../console/kit';
import { ASSESSMENT_LABEL, TRAINING_LABEL } from '../setup-pages/expert-form';

export interface ExpertActions {
  onEdit: (expert: Expert) => void;
  onAccount: (expert: Expert) => void;
  onUnlock: (expert: Expert) => void;
  onRemove: (expert: Expert) => void;
}

function LoginCell({ expert }: { expert: Expert }) {
  if (!expert.userId) return <Text className="qc-muted">未开设</Text>;
  if (!expert.loginLockedUntil) return <>已开设</>;
  return (
    <Text className="qc-tag qc-tag--red" data-testid="experts-locked">
      已锁定至 {formatDateTime(expert.loginLockedUntil)}
    </Text>
  );
}

/** 专家库's columns, the last one with each expert's actions. */
export function expertColumns({ onEdit, onAccount, onUnlock, onRemove }: ExpertActions): Array<Column<Expert>> {
  return [
    { key: 'name', title: '姓名', render: (x) => <Text data-testid="experts-name">{x.name}</Text> },
    { key: 'mobile', title: '手机号', render: (x) => <Text className="qc-mono">{x.mobile}</Text> },
    { key: 'enterpriseName', title: '所在企业', render: (x) => x.enterpriseName },
    { key: 'unit', title: '推荐单位', render: (x) => x.recommendingUnitName ?? <Text className="qc-muted">—</Text> },
    { key: 'specialties', title: '专业', render: (x) => x.specialties.join('、') },
    { key: 'training', title: '培训', render: (x) => `${TRAINING_LABEL[x.trainingStatus]}${x.trainedAt ? `（${x.trainedAt}）` : ''}` },
    { key: 'assessment', title: '考核', render: (x) => `${ASSESSMENT_LABEL[x.assessmentStatus]}${x.assessedAt ? `（${x.assessedAt}）` : ''}` },
    {
      key: 'drawable',
      title: '可抽取',
      render: (x) => (
        <Text className={`qc-tag ${x.drawable ? 'qc-tag--green' : 'qc-tag--gray'}`} data-testid="experts-drawable">
          {x.drawable ? '可抽取' : '不可抽取'}
        </Text>
      ),
    },
    { key: 'active', title: '状态', render: (x) => <Text className={`qc-tag ${x.active ? 'qc-tag--blue' : 'qc-tag--red'}`}>{x.active ? '启用' : '停用'}</Text> },
    { key: 'account', title: '登录账号', render: (x) => <LoginCell expert={x} /> },
    {
      key: 'actions',
      title: '操作',
      width: 220,
      render: (x) => (
        // No stopPropagation here: Taro's View listens natively, and stopping the click there keeps it from the buttons'
        // React handlers (编辑, 开设账号 and 取消资格 did nothing). The table has no row click to guard against.
        <View>
          <Button variant="link" onClick={() => onEdit(x)} data-testid="experts-edit">
            编辑
          </Button>
          <Button variant="link" disabled={!x.active} onClick={() => onAccount(x)} data-testid="experts-account">
            {x.userId ? '重置账号' : '开设账号'}
          </Button>
          {x.loginLockedUntil && (
            <Button variant="link" onClick={() => onUnlock(x)} data-testid="experts-unlock">
              解锁
            </Button>
          )}
          <Button variant="link" disabled={!x.active} onClick={() => onRemove(x)} data-testid="experts-remove">
            取消资格
          </Button>
        </View>
      ),
    },
  ];
}
