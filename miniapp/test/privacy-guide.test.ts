import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { CONTACT, GUIDE_TITLE, GUIDE_UPDATED, NOTICE_METHOD, OPERATOR, STORAGE, WECHAT_PRIVACY_ITEMS } from '../src/privacy/guide';

const FILED = readFileSync(join(__dirname, '../../docs/privacy/wechat-privacy-guide.md'), 'utf8');
const lines = FILED.split('\n');

// WeChat's list of privacy interfaces (小程序用户隐私保护指引内容介绍) that a mini-program like ours could call.
const PRIVACY_INTERFACES = [
  'chooseMedia',
  'chooseImage',
  'chooseVideo',
  'chooseMessageFile',
  'setClipboardData',
  'getClipboardData',
  'saveImageToPhotosAlbum',
  'saveVideoToPhotosAlbum',
  'getLocation',
  'getFuzzyLocation',
  'chooseLocation',
  'choosePoi',
  'chooseAddress',
  'chooseInvoice',
  'chooseInvoiceTitle',
  'getWeRunData',
  'addPhoneContact',
  'addPhoneCalendar',
  'openBluetoothAdapter',
  'startRecord',
  'chooseLicensePlate',
];

/** Source files that go into the weapp code package: everything under src except the H5-only variants. */
function weappSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return weappSources(path);
    return /\.tsx?$/.test(name) && !/\.h5\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the guide filed in WeChat admin console says what privacy/guide.ts says', () => {
  it('has one table row per declared kind of information, with its key, interfaces and purpose', () => {
    for (const item of WECHAT_PRIVACY_ITEMS) {
      expect(lines).toContain(`| ${item.label} | ${item.key} | ${item.interfaces.join('、')} | ${item.purpose} |`);
    }
    expect(lines.filter((l) => /^\| [^-]/.test(l)).length - 1).toBe(WECHAT_PRIVACY_ITEMS.length);
  });

  it('states the same storage place and period, contact, notice method, name and date', () => {
    expect(lines).toContain(`- 存储地点：${STORAGE.location}`);
    expect(lines).toContain(`- 存储期限：${STORAGE.period}`);
    expect(lines).toContain(`- 邮箱：${CONTACT.email}`);
    expect(lines).toContain(`- 电话：${CONTACT.phones.join('、')}`);
    expect(lines).toContain(`- 答复时限：${CONTACT.answerWithin}`);
    expect(lines).toContain(NOTICE_METHOD);
    expect(lines).toContain(`- 开发者（信息收集方）：${OPERATOR.name}`);
    expect(lines).toContain(`- 指引名称：${GUIDE_TITLE}`);
    expect(lines).toContain(`- 本版日期：${GUIDE_UPDATED}`);
  });

  it('declares every privacy interface the weapp code calls', () => {
    const declared = new Set(WECHAT_PRIVACY_ITEMS.flatMap((item) => item.interfaces));
    const called = new Set<string>();
    for (const file of weappSources(join(__dirname, '../src'))) {
      const source = readFileSync(file, 'utf8');
      for (const api of PRIVACY_INTERFACES) if (new RegExp(`Taro\\.${api}\\(`).test(source)) called.add(`wx.${api}`);
    }
    expect(called.size).toBeGreaterThan(0);
    expect([...called].filter((api) => !declared.has(api))).toEqual([]);
  });
});
