import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { isApiError } from '../../api';
import { type SimilarityDocSide, similarityApi, type SimilarityPairDetail } from '../../api/console-similarity';
import { useAction } from '../../utils/use-request';
import { ConfirmDialog } from '../console/confirm-dialog';
import { Check, TextArea } from '../console/kit';
import { failure } from '../review-pages/parts';
import { caseDescription, type Side, teamText } from './logic';

const DESCRIPTION_MAX = 2000;

/**
 * 立案查处 against one document of a pair: which application, and the description (prefilled from the pair, and
 * following the choice until the secretariat edits it). Shown afresh each time it opens.
 */
export function OpenCaseDialog({
  pair,
  onCancel,
  onOpened,
  onExists,
}: {
  pair: SimilarityPairDetail;
  onCancel: () => void;
  onOpened: (caseId: number, target: SimilarityDocSide) => void;
  /** Someone else opened a case on this pair meanwhile: the page reloads it to show theirs. */
  onExists: () => void;
}) {
  const prefill = (side: Side) => caseDescription(pair, side, pair.passages.length || pair.passageCount);
  const [against, setAgainst] = useState<Side>('a');
  const [description, setDescription] = useState(() => prefill('a'));
  const [error, setError] = useState('');

  const pick = (side: Side) => {
    // The text still as prefilled follows the choice; a text the secretariat has edited stays.
    if (description === prefill(against)) setDescription(prefill(side));
    setAgainst(side);
  };

  const open = useAction(async (text: string) => {
    const target = against === 'a' ? pair.a : pair.b;
    try {
      const { caseId } = await similarityApi.openCase(pair.id, { applicationId: target.applicationId, description: text });
      onOpened(caseId, target);
      void Taro.showToast({ title: '已立案', icon: 'success' });
    } catch (e) {
      const message = failure(e);
      if (message !== null) setError(message);
      if (isApiError(e) && e.code === 'SIMILARITY_CASE_EXISTS') onExists();
    }
  });

  // Checked before the call, so that a second tap right after filling the text is not taken for a double tap.
  const confirm = () => {
    const text = description.trim();
    setError(text === '' ? '请填写情况说明' : '');
    if (text !== '') void open.run(text);
  };

  return (
    <ConfirmDialog open title="立案查处" confirmText="立案" danger busy={open.busy} onCancel={onCancel} onConfirm={confirm} testId="open-case-dialog">
      <View>
        <Text style={{ display: 'block' }}>立案针对哪一份申报：</Text>
        <View className="sim-choice">
          {(['a', 'b'] as const).map((side) => {
            const doc = side === 'a' ? pair.a : pair.b;
            return (
              <Check
                key={side}
                radio
                name="case-against"
                checked={against === side}
                onChange={() => pick(side)}
                data-testid={`case-against-${side}`}
                label={
                  <Text>
                    文件 {side.toUpperCase()}：{teamText(doc)}（{doc.enterpriseName ?? '—'}，{doc.campaignYear} 年）
                  </Text>
                }
              />
            );
          })}
        </View>
        <Text style={{ display: 'block', marginBottom: '4PX' }}>情况说明</Text>
        <TextArea className="sim-textarea" maxLength={DESCRIPTION_MAX} value={description} onChange={setDescription} data-testid="case-description" />
        <Text className="qc-muted" style={{ display: 'block', fontSize: '12PX' }}>
          立案后可在「违规查处」上传证据材料并作出处理决定。
        </Text>
        {error !== '' && (
          <Text className="qc-alert qc-alert--error" style={{ marginTop: '8PX' }} data-testid="open-case-error">
            {error}
          </Text>
        )}
      </View>
    </ConfirmDialog>
  );
}
