import { Text } from '@tarojs/components';
import type { SimilarityDocSide } from '../../api/console-similarity';
import { goConsole } from '../console/layout';
import { CONSOLE_ROUTES } from '../console/routes';
import { teamText } from './logic';

/** 「已立案 #id」: opens 违规查处 on that case. */
export function CaseLink({ caseId }: { caseId: number }) {
  return (
    <button
      type="button"
      className="qc-btn qc-btn--link"
      onClick={(e) => {
        e.stopPropagation();
        goConsole(`${CONSOLE_ROUTES.discipline}?caseId=${caseId}`);
      }}
      data-testid="case-link"
      data-case-id={caseId}
    >
      已立案 #{caseId}
    </button>
  );
}

/** A document in a table cell: team, enterprise, year and kind, the file name in the tooltip. */
export function DocCell({ doc }: { doc: SimilarityDocSide }) {
  return (
    <div className="sim-doc" title={doc.fileName}>
      <Text className="sim-doc__team">{teamText(doc)}</Text>
      <Text className="sim-doc__line">{doc.enterpriseName ?? '—'}</Text>
      <Text className="sim-doc__line qc-muted">
        {doc.campaignYear} 年 · {doc.kindLabel}
      </Text>
    </div>
  );
}
