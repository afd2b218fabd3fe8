import { useState } from 'react';
import { Button as TaroButton, Image, Text, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { errorText, memberApi, type MemberLoginCode, type TeamInvite, type TeamMember } from '../../api';
import { formatDateTime } from '../../utils/format';
import { redirectIfUnauthenticated } from '../../utils/use-auth-guard';
import { useReloadOnShow } from '../../utils/use-reload-on-show';
import { useAction, useLoaded } from '../../utils/use-request';
import { MemberEditForm, type MemberEditValues } from './member-edit-form';
import { PageLoading } from '../../components/page-loading';
import './index.scss';
import { inviteLink } from './invite-link';

const IS_WEAPP = process.env.TARO_ENV === 'weapp';

interface RowProps {
  member: TeamMember;
  teamId: string;
  onChanged: () => void;
}

function MemberRow({ member, teamId, onChanged }: RowProps) {
  const [mode, setMode] = useState<'view' | 'edit' | 'remove'>('view');

  // Not useAction: the form shows its own failure under its fields, so this rejects with the sentence to show.
  const save = async (values: MemberEditValues) => {
    try {
      await memberApi.update(Number(teamId), member.id, values);
    } catch (e) {
      if (redirectIfUnauthenticated(e)) return;
      throw new Error(errorText(e), { cause: e });
    }
    setMode('view');
    onChanged();
  };

  const removal = useAction(async () => {
    try {
      await memberApi.remove(Number(teamId), member.id);
      onChanged();
    } finally {
      setMode('view');
    }
  });
  const [loginCode, setLoginCode] = useState<MemberLoginCode | null>(null);
  const issue = useAction(async () => setLoginCode(await memberApi.loginCode(Number(teamId), member.id)));
  const error = removal.error || issue.error;

  return (
    <View className="qt-card qt-members__row" data-testid="member-row">
      <View className="qt-members__head">
        <Text className="qt-members__name" data-testid="member-row-name">
          {member.name}
        </Text>
        <Text className={`qt-members__role qt-members__role--${member.role}`} data-testid="member-row-role">
          {member.roleLabel}
        </Text>
        {member.wechatBound && (
          <Text className="qt-members__wechat" data-testid="member-row-wechat">
            微信已绑定
          </Text>
        )}
      </View>
      <Text className="qt-hint" data-testid="member-row-mobile">
        手机：{member.mobile ?? '未填写'} · 加入：{formatDateTime(member.joinedAt)}
      </Text>

      {mode === 'edit' && <MemberEditForm member={member} onSubmit={save} onCancel={() => setMode('view')} />}
      {mode === 'remove' && (
        <View className="qt-members__confirm" data-testid="member-remove-dialog">
          <Text className="qt-members__confirm-text">确定移除“{member.name}”？移除后该成员不能再登录。</Text>
          <View className="qt-members__buttons">
            <Button type="danger" loading={removal.busy} data-testid="member-remove-confirm" onClick={() => void removal.run()}>
              确定移除
            </Button>
            <Button data-testid="member-remove-cancel" onClick={() => setMode('view')}>
              取消
            </Button>
          </View>
        </View>
      )}
      {mode === 'view' && (
        <View className="qt-members__buttons">
          <Button size="small" data-testid="member-edit" onClick={() => setMode('edit')}>
            编辑
          </Button>
          <Button size="small" data-testid="member-login-code" disabled={removal.busy || issue.busy} onClick={() => void issue.run()}>
            生成登录码
          </Button>
          <Button size="small" type="danger" fill="outline" data-testid="member-remove" onClick={() => setMode('remove')}>
            移除
          </Button>
        </View>
      )}
      {loginCode && (
        <View className="qt-members__code-box" data-testid="member-login-code-box">
          <Text className="qt-hint">网页登录码（一次有效），请告诉 {member.name}：</Text>
          <Text className="qt-members__code" data-testid="member-login-code-value">
            {loginCode.code}
          </Text>
          <Text className="qt-hint" data-testid="member-login-code-expiry">
            有效期至 {formatDateTime(loginCode.expiresAt)}
          </Text>
        </View>
      )}
      {error !== '' && (
        <Text className="qt-error" data-testid="member-row-error">
          {error}
        </Text>
      )}
    </View>
  );
}

export default function MembersPage() {
  const { teamId = '', teamName = '' } = useRouter().params;
  const loaded = useLoaded(async () => (await memberApi.list(Number(teamId))).items, [teamId]);
  useReloadOnShow(loaded);
  const members = loaded.data;
  const load = loaded.reload;
  const [invite, setInvite] = useState<TeamInvite | null>(null);
  const inviting = useAction(async () => setInvite(await memberApi.invite(Number(teamId))));
  const error = inviting.error || loaded.error;

  useShareAppMessage(() => ({
    title: `邀请您加入班组「${decodeURIComponent(teamName)}」`,
    path: invite?.joinPath ?? '/pages/index/index',
  }));

  const copyLink = () => {
    if (!invite) return;
    const link = inviteLink(invite.joinPath);
    void Taro.setClipboardData({ data: `加入班组「${decodeURIComponent(teamName)}」：打开 ${link} ，邀请码 ${invite.code}` });
  };

  return (
    <View className="qt-page qt-members">
      <Text className="qt-page__title" data-testid="members-title">
        班组成员{teamName ? ` · ${decodeURIComponent(teamName)}` : ''}
      </Text>

      <View className="qt-actions">
        <Button type="primary" size="large" block loading={inviting.busy} data-testid="members-invite" onClick={() => void inviting.run()}>
          邀请成员
        </Button>
      </View>

      {invite && (
        <View className="qt-card qt-members__invite" data-testid="members-invite-card">
          <Text className="qt-hint">请成员用微信扫描二维码，或在“加入班组”中输入邀请码：</Text>
          <Text className="qt-members__code" data-testid="members-invite-code">
            {invite.code}
          </Text>
          {/* The code is square in a square box: scaleToFill lays the picture on the box exactly (aspectFit centres it with
              absolute positioning, which a style on the inner img once pushed half out of view). */}
          <Image className="qt-members__qr" src={invite.qrDataUrl} mode="scaleToFill" data-testid="members-invite-qr" />
          <Text className="qt-hint" data-testid="members-invite-expiry">
            有效期至 {formatDateTime(invite.expiresAt)}
          </Text>
          {IS_WEAPP ? (
            <TaroButton className="qt-members__share" openType="share" data-testid="members-invite-share">
              分享给成员
            </TaroButton>
          ) : (
            <Button size="large" block data-testid="members-invite-share" onClick={copyLink}>
              分享给成员（复制链接）
            </Button>
          )}
        </View>
      )}

      {error !== '' && (
        <Text className="qt-error" data-testid="members-error">
          {error}
        </Text>
      )}
      {members === null && loaded.error === '' && <PageLoading testId="members-loading" />}
      {members?.length === 0 && (
        <View className="qt-card" data-testid="members-empty">
          <Text className="qt-hint">还没有成员。点击“邀请成员”生成邀请码。</Text>
        </View>
      )}
      {members?.map((m) => (
        <MemberRow key={m.id} member={m} teamId={teamId} onChanged={load} />
      ))}
    </View>
  );
}
