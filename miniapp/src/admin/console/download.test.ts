import { describe, expect, it } from '@jest/globals';
import { fileNameFromDisposition, progressPercent, progressText } from './download';

describe('the XLSX download helper', () => {
  it('reads the file name from Content-Disposition, UTF-8 name first', () => {
    expect(fileNameFromDisposition(`attachment; filename="applications.xlsx"; filename*=UTF-8''${encodeURIComponent('申报总览-2026.xlsx')}`, 'x.xlsx')).toBe('申报总览-2026.xlsx');
    expect(fileNameFromDisposition('attachment; filename="applications.xlsx"', 'x.xlsx')).toBe('applications.xlsx');
    expect(fileNameFromDisposition(null, '申报总览.xlsx')).toBe('申报总览.xlsx');
  });

  it('describes progress with or without a known length', () => {
    expect(progressText({ loaded: 512 * 1024, total: 2 * 1024 * 1024 })).toBe('512 KB / 2.0 MB');
    expect(progressPercent({ loaded: 512, total: 2048 })).toBe(25);
    expect(progressText({ loaded: 3 * 1024 * 1024, total: null })).toBe('已接收 3.0 MB');
    expect(progressPercent({ loaded: 1, total: null })).toBeNull();
  });
});
