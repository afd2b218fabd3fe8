import { Text, View } from '@tarojs/components';
import { RUBRIC_KIND_LABEL, type RubricKind } from '@cacem/shared';
import { Button, TextInput } from '../console/kit';
import { PlainCell, PlainHeadCell, PlainRow, PlainTable } from '../console/plain-table';
import { nextId, type RubricForm, rubricTotals } from '../setup-pages/settings-form';

type Category = RubricForm['categories'][number];
type Item = Category['items'][number];

export interface RubricEditorProps {
  kind: RubricKind;
  rubric: RubricForm;
  /** The part's weight as typed; the items must add up to it. */
  required: string;
  locked: boolean;
  problems: Record<string, string[]>;
  onChange: (next: RubricForm) => void;
}

/** One part's score sheet as a table: categories with their items, maximum and guidance; totals checked as typed. */
export function RubricEditor({ kind, rubric, required, locked, problems, onChange }: RubricEditorProps) {
  const totals = rubricTotals(rubric, required);
  const at = `rubrics.${kind}`;
  const blankItem = (within: RubricForm): Item => ({ id: nextId(within, `${kind[0]}i`), title: '', max: '', guidance: '' });
  const setCategory = (ci: number, patch: Partial<Category>) => onChange({ ...rubric, categories: rubric.categories.map((c, i) => (i === ci ? { ...c, ...patch } : c)) });
  const setItem = (ci: number, ii: number, patch: Partial<Item>) => setCategory(ci, { items: rubric.categories[ci]!.items.map((it, i) => (i === ii ? { ...it, ...patch } : it)) });
  const addCategory = () => {
    const id = nextId(rubric, `${kind[0]}c`);
    const withCat = { ...rubric, categories: [...rubric.categories, { id, title: '', items: [] }] };
    onChange({ ...withCat, categories: withCat.categories.map((c) => (c.id === id ? { ...c, items: [blankItem(withCat)] } : c)) });
  };
  const addItem = (ci: number) => setCategory(ci, { items: [...rubric.categories[ci]!.items, blankItem(rubric)] });
  const removeCategory = (ci: number) => onChange({ ...rubric, categories: rubric.categories.filter((_, i) => i !== ci) });
  const removeItem = (ci: number, ii: number) => setCategory(ci, { items: rubric.categories[ci]!.items.filter((_, i) => i !== ii) });
  const msgs = (key: string) =>
    (problems[key] ?? []).map((m, i) => (
      <Text key={i} className="qs-problem" data-testid="settings-problem">
        {m}
      </Text>
    ));

  return (
    <View className="qc-card qs-rubric" data-testid={`settings-rubric-${kind}`}>
      <View className="qs-rubric__head">
        <Text className="qc-card__title">{RUBRIC_KIND_LABEL[kind]}</Text>
        <Text className={`qc-tag ${totals.ok ? 'qc-tag--green' : 'qc-tag--red'}`} data-testid={`settings-rubric-${kind}-total`}>
          各项合计 {totals.sum ?? '—'} / 应为 {totals.required ?? '—'}（{kind === 'materials' ? '资料审核' : '成果发布'}分值）
        </Text>
      </View>
      <Text className="qs-hint">
        评分步长 {rubric.step} 分；{rubric.isDefault ? '当前为平台默认评分表，请按标准替换。' : `来源：${rubric.source || '—'}`}
      </Text>
      {msgs(at)}
      <PlainTable
        testId={`settings-rubric-${kind}-table`}
        colSpan={4}
        loading={false}
        error=""
        empty={false}
        head={
          <PlainRow>
            <PlainHeadCell style={{ width: '28%' }}>评分项</PlainHeadCell>
            <PlainHeadCell style={{ width: '100px' }}>分值</PlainHeadCell>
            <PlainHeadCell>评分说明</PlainHeadCell>
            <PlainHeadCell style={{ width: '110px' }}>操作</PlainHeadCell>
          </PlainRow>
        }
      >
        {rubric.categories.map((c, ci) => [
          <PlainRow key={c.id} className="qs-rubric__category" data-testid={`settings-rubric-${kind}-category`}>
            <PlainCell colSpan={2}>
              <TextInput placeholder="类别名称" value={c.title} disabled={locked} onChange={(title) => setCategory(ci, { title })} data-testid={`settings-rubric-${kind}-category-title`} />
              {msgs(`${at}.c${ci}.title`)}
              {msgs(`${at}.c${ci}`)}
            </PlainCell>
            <PlainCell>
              <Text className="qc-muted">小计 {totals.perCategory[ci] ?? '—'} 分</Text>
            </PlainCell>
            <PlainCell>
              {!locked && (
                <>
                  <Button variant="link" onClick={() => addItem(ci)} data-testid={`settings-rubric-${kind}-add-item`}>
                    加项
                  </Button>
                  <Button variant="link" onClick={() => removeCategory(ci)}>
                    删除
                  </Button>
                </>
              )}
            </PlainCell>
          </PlainRow>,
          ...c.items.map((it, ii) => (
            <PlainRow key={it.id} data-testid={`settings-rubric-${kind}-item`}>
              <PlainCell>
                <TextInput placeholder="评分项名称" value={it.title} disabled={locked} onChange={(title) => setItem(ci, ii, { title })} />
                {msgs(`${at}.c${ci}.i${ii}.title`)}
                {msgs(`${at}.c${ci}.i${ii}.id`)}
              </PlainCell>
              <PlainCell>
                <TextInput inputMode="decimal" value={it.max} disabled={locked} onChange={(max) => setItem(ci, ii, { max })} data-testid={`settings-rubric-${kind}-item-max`} />
                {msgs(`${at}.c${ci}.i${ii}.max`)}
              </PlainCell>
              <PlainCell>
                <TextInput placeholder="专家评分时看到的说明（可不填）" value={it.guidance} disabled={locked} onChange={(guidance) => setItem(ci, ii, { guidance })} />
              </PlainCell>
              <PlainCell>
                {!locked && (
                  <Button variant="link" onClick={() => removeItem(ci, ii)}>
                    删除
                  </Button>
                )}
              </PlainCell>
            </PlainRow>
          )),
        ])}
      </PlainTable>
      {!locked && (
        <Button style={{ marginTop: '8px' }} onClick={addCategory} data-testid={`settings-rubric-${kind}-add-category`}>
          添加类别
        </Button>
      )}
    </View>
  );
}
