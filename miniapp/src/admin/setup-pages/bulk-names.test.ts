import { describe, expect, it } from '@jest/globals';
import { ENTERPRISE_NAME_MAX } from '@cacem/shared';
import { namesToSend, parseNameLines } from './bulk-names';

describe('bulk issue textarea', () => {
  it('reads one name a line, skipping blanks and trimming spaces', () => {
    const lines = parseNameLines('  中建八局第一建设有限公司 \r\n\n中铁十二局集团   第二工程有限公司\n   \n');
    expect(namesToSend(lines)).toEqual(['中建八局第一建设有限公司', '中铁十二局集团 第二工程有限公司']);
    expect(lines.map((l) => l.row)).toEqual([1, 2]);
    expect(lines.every((l) => l.flag === null)).toBe(true);
  });

  it('flags repeats and over-long names', () => {
    const long = '长'.repeat(ENTERPRISE_NAME_MAX + 1);
    const lines = parseNameLines(`甲公司\n乙公司\n甲公司\n${long}`);
    expect(lines.map((l) => l.flag)).toEqual([null, null, '与第 1 行重复', `超过 ${ENTERPRISE_NAME_MAX} 个字`]);
    expect(namesToSend(lines)).toHaveLength(4);
  });
});
