import { describe, expect, it } from '@jest/globals';
import { diffPassage, type Piece } from './diff';

const changed = (pieces: Piece[]) => pieces.filter((p) => p.mark === 'changed').map((p) => p.text);
const whole = (pieces: Piece[]) => pieces.map((p) => p.text).join('');

describe('passage diff', () => {
  it('marks nothing when the wording is the same, whatever the punctuation, spaces, width or case', () => {
    const d = diffPassage('班组开展QC活动，合格率达到98%。', '班组开展 ｑｃ 活动,合格率达到９８%')!;
    expect([d.a.changed, d.b.changed]).toEqual([0, 0]);
    expect(changed(d.a.pieces)).toEqual([]);
    expect(changed(d.b.pieces)).toEqual([]);
    // The text is shown as written, every character once.
    expect(whole(d.a.pieces)).toBe('班组开展QC活动，合格率达到98%。');
    expect(whole(d.b.pieces)).toBe('班组开展 ｑｃ 活动,合格率达到９８%');
  });

  it('marks a swapped word on both sides and an insertion on its own side', () => {
    const d = diffPassage('我们全面提高了施工质量，节约钢材三吨。', '我们全面提升了施工质量，累计节约钢材三吨。')!;
    expect(changed(d.a.pieces)).toEqual(['高']);
    expect(changed(d.b.pieces)).toEqual(['升', '累计']);
    expect([d.a.changed, d.b.changed]).toEqual([1, 3]);
  });

  it('does not count one chance common character inside a rewritten stretch as kept wording', () => {
    const d = diffPassage('班组成员每周开展的质量培训，全员参加考核', '班组成员定期组织的技能比武，全员参加考核')!;
    expect(changed(d.a.pieces)).toEqual(['每周开展的质量培训']);
    expect(changed(d.b.pieces)).toEqual(['定期组织的技能比武']);
  });

  it('leaves unmarked what lies past the cut of a long excerpt', () => {
    const d = diffPassage('质量管理小组活动成效显著，获评优秀…', '质量管理小组活动成效显著，获评优秀班组称号')!;
    expect(changed(d.a.pieces)).toEqual([]);
    expect(changed(d.b.pieces)).toEqual([]);
    expect(whole(d.a.pieces)).toBe('质量管理小组活动成效显著，获评优秀…');
  });

  it('gives up on two sides that differ more than they agree (shown as written)', () => {
    expect(diffPassage('甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳', '天地玄黄宇宙洪荒日月盈昃辰宿列张')).toBeNull();
  });

  it('keeps characters outside the basic plane whole', () => {
    const d = diffPassage('𠀀班组质量', '𠀁班组质量')!;
    expect(changed(d.a.pieces)).toEqual(['𠀀']);
    expect(changed(d.b.pieces)).toEqual(['𠀁']);
  });
});
