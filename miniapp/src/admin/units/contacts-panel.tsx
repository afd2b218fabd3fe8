import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { ERROR_MESSAGES, isValidMobile } from '@cacem/shared';
import { type CreatedContact, type FilingRow, isApiError, recommendingUnitApi } from '../../api';
import { formatDateTime } from '../../utils/format';
import { useAction, useLoaded } from '../../utils/use-request';
import { Button, TextInput } from '../console/kit';
import { PlainCell, PlainHeadCell, PlainRow, PlainTable } from '../console/plain-table';
import { SidePanel } from '../console/side-panel';
import { FormRow, Secret } from '../setup-pages/form-bits';

export interface ContactsPanelProps {
  unit: Pick<FilingRow, 'unitId' | 'name'>;
  onChanged: () => void;
  onClose: () => void;
}

interface ContactForm {
  displayName: string;
  username: string;
  mobile: string;
}

type ContactProblems = Partial<Record<keyof ContactForm, string>>;

const EMPTY: ContactForm = { displayName: '', username: '', mobile: '' };
const USERNAME = /^[A-Za-z0-9_.-]{3,40}$/;

/** What is wrong with the form before it goes to the server (the server checks again). */
export function contactProblems(form: ContactForm): ContactProblems {
  const out: ContactProblems = {};
  if (form.displayName.trim() === '') out.displayName = '请填写联系人姓名';
  if (form.username.trim() === '') out.username = '请填写登录账号';
  else if (!USERNAME.test(form.username.trim())) out.username = '账号为 3–40 位字母、数字或 _ . -';
  const mobile = form.mobile.replace(/[\s-]/g, '');
  if (mobile !== '' && !isValidMobile(mobile)) out.mobile = ERROR_MESSAGES.MOBILE_INVALID;
  return out;
}

/** The server's message for each field of the form (validation details, or the one field it named). */
function serverProblems(e: unknown): ContactProblems {
  if (!isApiError(e)) return {};
  const out: ContactProblems = {};
  for (const f of ['displayName', 'username', 'mobile'] as const) {
    const m = e.messageFor(f) ?? e.problems.find((p) => p.field === f)?.message;
    if (m) out[f] = m;
  }
  return out;
}

/** A unit's contacts, in a drawer over the table; a new contact's password and bind code are shown once, here. */
export function ContactsPanel({ unit, onChanged, onClose }: ContactsPanelProps) {
  const loaded = useLoaded(() => recommendingUnitApi.contacts(unit.unitId), [unit.unitId]);
  const contacts = loaded.data?.items ?? null;
  const [form, setForm] = useState<ContactForm>(EMPTY);
  const [problems, setProblems] = useState<ContactProblems>({});
  const [created, setCreated] = useState<CreatedContact | null>(null);
  const [newCode, setNewCode] = useState<{ userId: number; bindCode: string; expiresAt: string } | null>(null);

  useEffect(() => {
    setCreated(null);
    setNewCode(null);
    setForm(EMPTY);
    setProblems({});
  }, [unit.unitId]);

  const create = useAction(async (v: ContactForm) => {
    const mobile = v.mobile.replace(/[\s-]/g, '');
    try {
      const answer = await recommendingUnitApi.createContact(unit.unitId, { displayName: v.displayName.trim(), username: v.username.trim(), ...(mobile ? { mobile } : {}) });
      setCreated(answer);
      setForm(EMPTY);
      loaded.reload();
      onChanged();
    } catch (e) {
      setProblems(serverProblems(e));
      throw e;
    }
  });
  const submit = () => {
    const found = contactProblems(form);
    setProblems(found);
    if (Object.keys(found).length === 0) void create.run(form);
  };

  const reissue = useAction(async (userId: number) => {
    setNewCode({ userId, ...(await recommendingUnitApi.newBindCode(unit.unitId, userId)) });
  });
  const set = (patch: Partial<ContactForm>) => setForm((f) => ({ ...f, ...patch }));
  const problem = (f: keyof ContactForm) => (problems[f] ? [problems[f]!] : undefined);

  return (
    <SidePanel open title={`联系人 · ${unit.name}`} onClose={() => !create.busy && onClose()} testId="units-contacts-drawer">
      <View data-testid="units-contacts-panel" data-unit-id={String(unit.unitId)}>
        <PlainTable
          testId="units-contacts-table"
          colSpan={5}
          loading={contacts === null && loaded.error === ''}
          error={reissue.error || loaded.error}
          empty={contacts?.length === 0}
          emptyText="尚无联系人"
          head={
            <PlainRow>
              <PlainHeadCell>姓名</PlainHeadCell>
              <PlainHeadCell>登录账号</PlainHeadCell>
              <PlainHeadCell>手机</PlainHeadCell>
              <PlainHeadCell>状态</PlainHeadCell>
              <PlainHeadCell>微信绑定码</PlainHeadCell>
            </PlainRow>
          }
        >
          {contacts?.map((c) => (
            <PlainRow key={c.id} data-testid="units-contact-row" data-id={String(c.id)}>
              <PlainCell>{c.displayName}</PlainCell>
              <PlainCell data-testid="units-contact-username">{c.username}</PlainCell>
              <PlainCell>{c.mobile ?? '—'}</PlainCell>
              <PlainCell>
                {c.active ? '启用' : '停用'} · {c.wechatBound ? '已绑定微信' : '未绑定微信'}
              </PlainCell>
              <PlainCell>
                <Button variant="link" small disabled={reissue.busy} data-testid="contact-new-bind-code" onClick={() => void reissue.run(c.id)}>
                  生成新绑定码
                </Button>
                {newCode?.userId === c.id && (
                  <Text data-testid="contact-new-bind-code-value">
                    {newCode.bindCode}（{formatDateTime(newCode.expiresAt)} 前有效）
                  </Text>
                )}
              </PlainCell>
            </PlainRow>
          ))}
        </PlainTable>

        {created ? (
          <View className="qt-units__created" data-testid="contact-created">
            <Text className="qc-muted">已为「{created.displayName}」创建账号：</Text>
            <Secret label="登录账号" value={created.username} testId="contact-created-username" />
            <Secret label="一次性密码" value={created.password} testId="contact-password" />
            <Secret label="微信绑定码" value={created.bindCode} testId="contact-bind-code" />
            <Text className="qt-units__warning">密码只显示这一次；绑定码 7 天内有效，联系人在小程序中微信登录后输入即可绑定。请立即抄录并交给联系人。</Text>
            <View className="qs-actions">
              <Button variant="primary" data-testid="contact-created-close" onClick={() => setCreated(null)}>
                已抄录，关闭
              </Button>
            </View>
          </View>
        ) : (
          <View className="qt-units__add">
            <Text className="qt-units__add-title">添加联系人</Text>
            <View className="qs-form" style={{ gridTemplateColumns: '1fr' }}>
              <FormRow label="姓名" problems={problem('displayName')}>
                <TextInput value={form.displayName} maxLength={30} onChange={(displayName) => set({ displayName })} data-testid="contact-display-name" />
              </FormRow>
              <FormRow label="登录账号" problems={problem('username')} hint="3–40 位字母、数字或 _ . -">
                <TextInput value={form.username} maxLength={40} autoComplete="off" onChange={(username) => set({ username })} data-testid="contact-username" />
              </FormRow>
              <FormRow label="手机（选填）" problems={problem('mobile')}>
                <TextInput value={form.mobile} inputMode="tel" maxLength={13} onChange={(mobile) => set({ mobile })} data-testid="contact-mobile" />
              </FormRow>
            </View>
            {create.error !== '' && (
              <Text className="qc-alert qc-alert--error" data-testid="contact-create-error">
                {create.error}
              </Text>
            )}
            <View className="qs-actions">
              <Button variant="primary" disabled={create.busy} onClick={submit} data-testid="contact-create-submit">
                {create.busy ? '添加中…' : '添加联系人'}
              </Button>
            </View>
          </View>
        )}
      </View>
    </SidePanel>
  );
}
