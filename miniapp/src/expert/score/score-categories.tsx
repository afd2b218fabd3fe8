import { Text, View } from '@tarojs/components';
import type { Rubric } from '@cacem/shared';
import { formatScore, runningTotal, type ScoreTexts } from '../score-sheet';
import { ScoreItem } from './score-item';

export interface ScoreCategoriesProps {
  rubric: Rubric;
  texts: ScoreTexts;
  comments: Record<string, string>;
  /** Each item's message: the local check first, then what the server said. */
  messages: Record<string, string>;
  editable: boolean;
  onText: (itemId: string, text: string) => void;
  onComment: (itemId: string, text: string) => void;
}

/** The rubric's categories with their subtotals, and in each its items numbered through the whole sheet. */
export function ScoreCategories({ rubric, texts, comments, messages, editable, onText, onComment }: ScoreCategoriesProps) {
  let index = 0;
  return (
    <>
      {rubric.categories.map((category) => {
        const catSum = runningTotal({ ...rubric, categories: [category] }, texts).total;
        const catMax = category.items.reduce((s, i) => s + i.max, 0);
        return (
          <View key={category.id} className="qt-card qt-exp-score__category" style={{ padding: 0 }} data-testid="exp-category">
            <View className="qt-exp-score__category-head">
              <Text className="qt-exp-score__category-title">{category.title}</Text>
              <Text className="qt-exp-score__category-sum">
                {formatScore(catSum)} / {formatScore(catMax)}
              </Text>
            </View>
            {category.items.map((item) => {
              index += 1;
              return (
                <ScoreItem
                  key={item.id}
                  item={item}
                  index={index}
                  step={rubric.step}
                  text={texts[item.id] ?? ''}
                  comment={comments[item.id] ?? ''}
                  message={messages[item.id] ?? null}
                  editable={editable}
                  onText={(t) => onText(item.id, t)}
                  onComment={(t) => onComment(item.id, t)}
                />
              );
            })}
          </View>
        );
      })}
    </>
  );
}
