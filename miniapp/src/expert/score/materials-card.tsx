import { Text, View } from '@tarojs/components';
import type { ScoreSheetPage } from '../../api/review';
import { DocumentLink } from '../../components/document-link';
import { documentTypeOf } from '../../utils/document-type';

/** The team's application documents, opened in the phone's viewer (the links are short-lived). */
export function MaterialsCard({ materials }: { materials: ScoreSheetPage['application']['materials'] }) {
  return (
    <View className="qt-card" data-testid="exp-score-materials">
      <Text className="qt-exp__card-title">申报材料</Text>
      {materials.length === 0 && <Text className="qt-hint">未上传申报材料</Text>}
      {materials.map((m) => (
        <DocumentLink
          key={m.kind}
          url={m.url}
          fileType={documentTypeOf(m.originalName, m.kind === 'pdf' ? 'pdf' : 'pptx')}
          label={m.kind === 'pdf' ? `打开申报材料（PDF）` : `打开成果发布 PPT`}
          testId={`exp-material-${m.kind}`}
        />
      ))}
      <Text className="qt-hint">链接 10 分钟内有效，过期请返回后重新进入本页。</Text>
    </View>
  );
}
