import { useMemo } from 'react';
import { Text, View } from '@tarojs/components';
import type { SimilarityPairDetail, SimilarityPassage } from '../../api/console-similarity';
import { diffPassage, type SideDiff } from './diff';
import { pageText } from './logic';

/** One side of a passage: identical wording plain, what differs from the other side marked. */
function SideText({ text, diff, testId }: { text: string; diff: SideDiff | null; testId: string }) {
  if (!diff) {
    return (
      <View className="sim-passage__text" data-testid={testId}>
        {text}
      </View>
    );
  }
  return (
    <View className="sim-passage__text" data-testid={testId}>
      {diff.pieces.map((piece, k) =>
        piece.mark === 'changed' ? (
          <Text key={k} className="sim-diff" data-testid="passage-changed">
            {piece.text}
          </Text>
        ) : (
          <Text key={k}>{piece.text}</Text>
        ),
      )}
    </View>
  );
}

function changeText(a: SideDiff | null, b: SideDiff | null): string {
  if (!a || !b) return '两段改动较多，未逐字标出';
  if (a.changed === 0 && b.changed === 0) return '文字相同（标点、空格除外）';
  return `不同之处：A ${a.changed} 字，B ${b.changed} 字`;
}

function PassageRow({ pair, passage, no }: { pair: SimilarityPairDetail; passage: SimilarityPassage; no: number }) {
  const diff = useMemo(() => diffPassage(passage.a.text, passage.b.text), [passage]);
  const whereA = pageText(pair.a.kind, passage.a.fromPage, passage.a.toPage);
  const whereB = pageText(pair.b.kind, passage.b.fromPage, passage.b.toPage);
  return (
    <View className="sim-passage" data-testid="passage" data-page-a={passage.a.fromPage} data-changed={diff ? diff.a.changed + diff.b.changed : -1}>
      <View className="sim-passage__head">
        <Text className="sim-passage__no">段落 {no}</Text>
        <Text>
          A {whereA} ↔ B {whereB} · {passage.chars} 字
        </Text>
        <Text className={diff && diff.a.changed + diff.b.changed > 0 ? 'sim-passage__changes' : 'qc-muted'}>{changeText(diff?.a ?? null, diff?.b ?? null)}</Text>
      </View>
      <View className="sim-sides">
        <View>
          <Text className="sim-passage__where" data-testid="passage-where-a">
            A · {whereA}
          </Text>
          <SideText text={passage.a.text} diff={diff?.a ?? null} testId="passage-text-a" />
        </View>
        <View>
          <Text className="sim-passage__where" data-testid="passage-where-b">
            B · {whereB}
          </Text>
          <SideText text={passage.b.text} diff={diff?.b ?? null} testId="passage-text-b" />
        </View>
      </View>
    </View>
  );
}

/** Every matched passage in A's reading order, the two sides compared character by character, with a legend. */
export function Passages({ pair }: { pair: SimilarityPairDetail }) {
  return (
    <View className="qc-card" data-testid="passages">
      <Text className="qc-card__title">
        {pair.passages.length > 0 && pair.passages.length < pair.passageCount
          ? `匹配段落（共 ${pair.passageCount} 处，列出文件 A 中靠前的 ${pair.passages.length} 处，按先后排列）`
          : `匹配段落（${pair.passages.length} 处，按文件 A 中的先后排列）`}
        <Text className="qc-card__hint">左为文件 A，右为文件 B</Text>
      </Text>
      <View className="sim-legend" data-testid="passage-legend">
        <Text className="sim-legend__item">
          <Text className="sim-legend__plain">文字</Text> 两份相同
        </Text>
        <Text className="sim-legend__item">
          <Text className="sim-diff">文字</Text> 与对方不同（换了词、增删的字）
        </Text>
        <Text className="sim-legend__item qc-muted">标点、空格、全角半角的差别不标出</Text>
      </View>
      {pair.passages.length === 0 && <Text className="qc-muted">没有匹配段落</Text>}
      {pair.passages.map((p, i) => (
        <PassageRow key={i} pair={pair} passage={p} no={i + 1} />
      ))}
    </View>
  );
}
