import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import {
  applicationApi,
  errorText,
  isApiError,
  recommendingUnitApi,
  type ApplicationInput,
  type ApplicationView,
  type Material,
  type MaterialVersion,
  type RecommendingUnit,
} from '../../api';
import { ROUTES } from '../../utils/routes';
import { redirectIfUnauthenticated } from '../../utils/use-auth-guard';
import { useReloadOnShow } from '../../utils/use-reload-on-show';
import { useLoaded } from '../../utils/use-request';
import { EligibilityList } from './eligibility-list';
import { MaterialSlot } from './material-slot';
import { RegistrationForm } from './registration-form';
import './index.scss';

type Confirming = 'submit' | 'withdraw' | null;

export interface RegistrationViewProps {
  teamId: string;
  teamName: string;
}

/** The registration of one team: form, materials, eligibility, submit/withdraw. Separate from the page for tests. */
export function RegistrationView({ teamId, teamName }: RegistrationViewProps) {
  const [units, setUnits] = useState<RecommendingUnit[]>([]);
  const [materials, setMaterials] = useState<MaterialVersion[]>([]);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [problems, setProblems] = useState<Array<{ code: string; message: string }>>([]);

  const loadMaterials = (id: number) =>
    applicationApi
      .materials(id)
      .then((r) => setMaterials(r.items))
      .catch(() => undefined);

  // `view` is null while the team has no registration yet (the server answers 404); `data` is null until loaded.
  const loaded = useLoaded(async () => {
    recommendingUnitApi
      .list()
      .then((r) => setUnits(r.items))
      .catch(() => undefined);
    const view = await applicationApi.ofTeam(Number(teamId)).catch((e: unknown) => {
      if (isApiError(e) && e.statusCode === 404) return null;
      throw e;
    });
    if (view) void loadMaterials(view.id);
    return { view };
  }, [teamId]);
  useReloadOnShow(loaded);
  const application = loaded.data ? loaded.data.view : undefined;
  const setApplication = (view: ApplicationView) => loaded.setData({ view });
  const load = loaded.reload;
  const shownError = error || loaded.error;

  // Not useAction: the form shows its own failure under its fields, so this rejects with the sentence to show.
  const save = async (input: ApplicationInput) => {
    try {
      // The version edited: if someone else saved this draft meanwhile, the server refuses rather than overwrite theirs.
      const view = await applicationApi.save(Number(teamId), application ? { ...input, version: application.version } : input);
      setApplication(view);
      setProblems([]);
      void loadMaterials(view.id);
    } catch (e) {
      if (redirectIfUnauthenticated(e)) return;
      throw new Error(errorText(e), { cause: e });
    }
    void Taro.showToast({ title: '报名表已保存', icon: 'success' });
  };

  // Not useAction: the server's problems replace the eligibility list, so the sentence above them is its message alone.
  const act = async (action: 'submit' | 'withdraw') => {
    if (!application) return;
    setBusy(true);
    setError('');
    setProblems([]);
    try {
      const view = action === 'submit' ? await applicationApi.submit(application.id) : await applicationApi.withdraw(application.id);
      setApplication(view);
      void Taro.showToast({ title: action === 'submit' ? '已提交申报' : '已撤回', icon: 'success' });
    } catch (e) {
      if (redirectIfUnauthenticated(e)) return;
      setError(errorText(e));
      if (isApiError(e)) setProblems(e.problems);
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };

  const uploaded = (material: Material) => {
    if (!application) return;
    setApplication({ ...application, materials: { ...application.materials, [material.kind]: material } });
    // Eligibility depends on the materials: fetch the server's verdict again.
    load();
  };

  if (application === undefined && shownError === '') {
    return <Text className="qt-hint">正在加载…</Text>;
  }

  const allowed = application?.allowedActions ?? ['save'];
  const editable = allowed.includes('save');
  const earlier = (kind: Material['kind']) => materials.filter((m) => m.kind === kind && m.current === false).length;
  const eligibility = problems.length > 0 ? problems : (application?.eligibility ?? []);
  // A draft can always try to submit: when the server refuses (window closed, conditions unmet) its words are shown.
  const canSubmit = !!application && (application.status === 'draft' || allowed.includes('submit'));

  return (
    <View>
      <Text className="qt-page__title">申报 · {teamName}</Text>
      <View className="qt-reg__status" data-testid="reg-status">
        <Text>当前状态：{application ? application.statusLabel : '尚未填写报名表'}</Text>
        {application && (
          <Text
            className="qt-reg__timeline-link"
            data-testid="reg-timeline"
            onClick={() => void Taro.navigateTo({ url: `${ROUTES.timeline}?teamId=${teamId}` })}
          >
            查看进度 ›
          </Text>
        )}
      </View>

      <RegistrationForm key={application?.updatedAt ?? 'new'} application={application ?? null} units={units} editable={editable} onSave={save} />

      <MaterialSlot
        applicationId={application?.id ?? null}
        kind="pdf"
        title="申报材料（PDF）"
        hint="PDF 文件，不超过 20 MB，不能加密。"
        current={application?.materials.pdf ?? null}
        earlierVersions={earlier('pdf')}
        editable={!application || allowed.includes('uploadMaterials')}
        onUploaded={uploaded}
      />
      <MaterialSlot
        applicationId={application?.id ?? null}
        kind="ppt"
        title="成果发布 PPT（PPT/PPTX）"
        hint="成果发布时使用，不超过 50 MB，不能加密。"
        current={application?.materials.ppt ?? null}
        earlierVersions={earlier('ppt')}
        editable={!application || allowed.includes('uploadMaterials')}
        onUploaded={uploaded}
      />

      {canSubmit && <EligibilityList problems={eligibility} />}

      {shownError !== '' && (
        <Text className="qt-error" data-testid="reg-error">
          {shownError}
        </Text>
      )}

      {confirming && (
        <View className="qt-card qt-reg__confirm" data-testid="reg-confirm">
          <Text className="qt-reg__confirm-text">
            {confirming === 'submit'
              ? '确定提交申报？提交后报名表和材料不能再修改，将交由推荐单位推荐。'
              : '确定撤回申报？撤回后本届活动的申报将不再参加推荐。'}
          </Text>
          <View className="qt-actions">
            <Button
              type={confirming === 'submit' ? 'primary' : 'danger'}
              size="large"
              block
              loading={busy}
              disabled={busy}
              data-testid="reg-confirm-ok"
              onClick={() => void act(confirming)}
            >
              {confirming === 'submit' ? '确认提交' : '确认撤回'}
            </Button>
            <Button size="large" block data-testid="reg-confirm-cancel" onClick={() => setConfirming(null)}>
              取消
            </Button>
          </View>
        </View>
      )}

      {!confirming && application && (
        <View className="qt-actions">
          {canSubmit && (
            <Button type="primary" size="large" block data-testid="reg-submit" onClick={() => setConfirming('submit')}>
              提交申报
            </Button>
          )}
          {allowed.includes('withdraw') && (
            <Button type="danger" fill="outline" size="large" block data-testid="reg-withdraw" onClick={() => setConfirming('withdraw')}>
              撤回申报
            </Button>
          )}
        </View>
      )}
    </View>
  );
}

export default function RegistrationPage() {
  const { teamId = '', teamName = '' } = useRouter().params;
  return (
    <View className="qt-page qt-reg">
      <RegistrationView teamId={teamId} teamName={decodeURIComponent(teamName)} />
    </View>
  );
}
