import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { ENTERPRISE_NAME_MAX } from '@cacem/shared';
import { type IssuedCard, registrationCardApi } from '../../api';
import { useAction } from '../../utils/use-request';
import { Button, Field, TextInput } from '../console/kit';
import { enterpriseNameProblem } from './enterprise-name';

/** 发放报名卡: one enterprise's card, then its number and one-time password, shown this once only. */
export function IssueForm({ onIssued }: { onIssued: () => void }) {
  const [name, setName] = useState('');
  const [problem, setProblem] = useState('');
  const [issued, setIssued] = useState<IssuedCard | null>(null);

  const issue = useAction(async () => {
    const card = await registrationCardApi.issue(name.trim());
    setIssued(card);
    setName('');
    onIssued();
  });

  const submit = () => {
    const text = enterpriseNameProblem(name);
    setProblem(text);
    if (text === '') void issue.run();
  };

  return (
    <>
      <View className="qt-card">
        <form
          className="qt-cards__issue-row"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <View className="qt-cards__issue-field" data-testid="issue-enterprise-name">
            <Field label="企业名称" error={problem}>
              <TextInput
                name="enterpriseName"
                placeholder="与营业执照一致的企业全称"
                maxLength={ENTERPRISE_NAME_MAX}
                value={name}
                onChange={(v) => {
                  setName(v);
                  if (problem !== '') setProblem(enterpriseNameProblem(v));
                }}
              />
            </Field>
          </View>
          <Button submit variant="primary" className="qt-cards__issue-button" disabled={issue.busy} data-testid="issue-submit">
            {issue.busy ? '发放中…' : '发放报名卡'}
          </Button>
        </form>
        {issue.error !== '' && (
          <Text className="qt-error" data-testid="issue-error">
            {issue.error}
          </Text>
        )}
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
    </>
  );
}
