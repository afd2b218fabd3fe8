import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import type { RubricItem } from '@cacem/shared';
import { formatScore, parseScore, stepScore } from '../score-sheet';
import { DECIMAL_KEYBOARD } from '../../utils/keyboard';

export const COMMENT_MAX = 500;

export interface ScoreItemProps {
  item: RubricItem;
  /** 1-based position in the whole sheet, for people who count items on paper. */
  index: number;
  step: number;
  text: string;
  comment: string;
  message: string | null;
  editable: boolean;
  onText: (text: string) => void;
  onComment: (text: string) => void;
}

/** DOM-safe anchor for an item id like "M1.2". */
export const itemAnchor = (id: string) => `exp-item-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** One rubric item: title, maximum and guidance, a big − [score] + stepper, and an optional comment. */
export function ScoreItem({ item, index, step, text, comment, message, editable, onText, onComment }: ScoreItemProps) {
  const [commentOpen, setCommentOpen] = useState(comment !== '');
  const value = parseScore(text);
  const filled = value !== null && !Number.isNaN(value) && message === null;
  return (
    <View
      id={itemAnchor(item.id)}
      className={`qt-exp-item${message ? ' qt-exp-item--error' : ''}${filled ? ' qt-exp-item--filled' : ''}`}
      data-testid="exp-item"
      data-item-id={item.id}
    >
      <View className="qt-exp-item__head">
        <Text className="qt-exp-item__title">
          {index}. {item.title}
        </Text>
        <Text className="qt-exp-item__max">满分 {formatScore(item.max)}</Text>
      </View>
      {item.guidance ? <Text className="qt-exp-item__guidance">{item.guidance}</Text> : null}
      {editable ? (
        <View className="qt-exp-item__stepper">
          <Button className="qt-exp-item__step" data-testid="exp-item-minus" onClick={() => onText(stepScore(text, -1, item.max, step))}>
            −
          </Button>
          <View className="qt-exp-item__input">
            <Input {...DECIMAL_KEYBOARD} align="center" value={text} placeholder="未评" onChange={(v: string) => onText(v)} data-testid="exp-item-input" />
          </View>
          <Button className="qt-exp-item__step" data-testid="exp-item-plus" onClick={() => onText(stepScore(text, 1, item.max, step))}>
            +
          </Button>
        </View>
      ) : (
        <View className="qt-exp-item__readonly">
          <Text className="qt-exp-item__value" data-testid="exp-item-value">
            {value === null || Number.isNaN(value) ? '未评' : formatScore(value)}
          </Text>
          <Text className="qt-exp-item__of"> / {formatScore(item.max)} 分</Text>
        </View>
      )}
      {message ? (
        <Text className="qt-exp-item__message" data-testid="exp-item-message">
          {message}
        </Text>
      ) : null}
      {editable ? (
        commentOpen ? (
          <View className="qt-exp-item__comment">
            <TextArea
              value={comment}
              maxLength={COMMENT_MAX}
              autoSize
              placeholder="本项评语（选填）"
              onChange={(v: string) => onComment(v)}
              data-testid="exp-item-comment"
            />
          </View>
        ) : (
          <Text className="qt-exp-item__comment-toggle" data-testid="exp-item-comment-open" onClick={() => setCommentOpen(true)}>
            + 添加评语
          </Text>
        )
      ) : comment !== '' ? (
        <Text className="qt-exp-item__comment-text">评语：{comment}</Text>
      ) : null}
    </View>
  );
}
