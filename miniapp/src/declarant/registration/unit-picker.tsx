import { useState } from 'react';
import { ScrollView, Text, View } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import type { RecommendingUnit } from '../../api';

export interface UnitPickerProps {
  units: RecommendingUnit[];
  value?: number;
  onChange?: (id: number) => void;
  disabled?: boolean;
}

/** The 70 recommending units of Annex 2, searchable by any part of the name or by number. */
export function UnitPicker({ units, value, onChange, disabled = false }: UnitPickerProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const selected = units.find((u) => u.id === value);
  const q = query.trim();
  const matches = q === '' ? units : units.filter((u) => u.name.includes(q) || String(u.seq) === q);

  return (
    <View className="qt-unit-picker">
      <Text
        className={`qt-unit-picker__selected${selected ? '' : ' qt-unit-picker__selected--empty'}`}
        data-testid="reg-unit-selected"
        onClick={() => !disabled && setOpen(!open)}
      >
        {selected ? `${selected.seq}. ${selected.name}` : '点击选择推荐单位'}
      </Text>
      {open && (
        <View className="qt-unit-picker__panel" data-testid="reg-unit-panel">
          <Input value={query} placeholder="输入名称中的字搜索，如：中建" onChange={setQuery} data-testid="reg-unit-search" />
          <ScrollView scrollY className="qt-unit-picker__list">
            {matches.map((u) => (
              <View
                key={u.id}
                className={`qt-unit-picker__option${u.id === value ? ' qt-unit-picker__option--on' : ''}`}
                data-testid="reg-unit-option"
                onClick={() => {
                  onChange?.(u.id);
                  setOpen(false);
                  setQuery('');
                }}
              >
                <Text>
                  {u.seq}. {u.name}
                </Text>
              </View>
            ))}
            {matches.length === 0 && <Text className="qt-hint">没有匹配的推荐单位</Text>}
          </ScrollView>
        </View>
      )}
    </View>
  );
}
