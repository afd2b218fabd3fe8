import { afterEach, describe, expect, it, jest } from '@jest/globals';
import Taro from '@tarojs/taro';
import { ApiError, saveSession, UPLOAD_MAX_BYTES, uploadFile } from '../src/api';
import { uploadFile as uploadFileH5 } from '../src/api/upload.h5';

afterEach(() => {
  jest.restoreAllMocks();
  Taro.clearStorageSync();
});

const MB = 1024 * 1024;

/** What the call was refused with, or 'sent' when it got as far as sending. */
async function refusal(pending: Promise<unknown>): Promise<{ statusCode: number; code: string; message: string } | 'sent'> {
  try {
    await pending;
    return 'sent';
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    return { statusCode: e.statusCode, code: e.code, message: e.message };
  }
}

describe('a file over its limit is refused before it is sent', () => {
  it('mini-program: by the size the picker reported, or by looking it up, in the server\'s own words', async () => {
    saveSession('jwt-9', { role: 'member', memberId: 3, teamId: 7, enterpriseId: 1, displayName: '王五' });
    const send = jest.spyOn(Taro, 'uploadFile');
    const tooLarge = await refusal(uploadFile({ path: '/applications/3/materials/pdf', fileField: 'file', file: 'wxfile://big.pdf', fileSize: 21 * MB, maxBytes: UPLOAD_MAX_BYTES.pdf }));
    expect(tooLarge).toEqual({ statusCode: 413, code: 'FILE_TOO_LARGE', message: '文件超过 20 MB 的上限' });
    (Taro as unknown as { getFileInfo: (o: { filePath: string }) => Promise<{ size: number }> }).getFileInfo = () => Promise.resolve({ size: 6 * MB });
    const photo = await refusal(uploadFile({ path: '/teams/1/activity-records/2/photos', fileField: 'photo', file: 'wxfile://p.jpg', maxBytes: UPLOAD_MAX_BYTES.photo }));
    expect(photo).toEqual({ statusCode: 413, code: 'FILE_TOO_LARGE', message: '文件超过 5 MB 的上限' });
    expect(send).not.toHaveBeenCalled();
  });

  it('mini-program: a file within the limit is sent', async () => {
    saveSession('jwt-9', { role: 'member', memberId: 3, teamId: 7, enterpriseId: 1, displayName: '王五' });
    const send = jest.spyOn(Taro, 'uploadFile');
    await refusal(uploadFile({ path: '/applications/3/materials/ppt', fileField: 'file', file: 'wxfile://deck.pptx', fileSize: 30 * MB, maxBytes: UPLOAD_MAX_BYTES.ppt })).catch(() => undefined);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('H5: by the Blob\'s size, without opening a request', async () => {
    saveSession('jwt-9', { role: 'member', memberId: 3, teamId: 7, enterpriseId: 1, displayName: '王五' });
    const open = jest.spyOn(XMLHttpRequest.prototype, 'open');
    const big = new Blob([new Uint8Array(5 * MB + 1)], { type: 'application/pdf' });
    const answer = await refusal(uploadFileH5({ path: '/misconduct-cases/1/evidence', fileField: 'file', file: big, fileName: '证据.pdf', maxBytes: UPLOAD_MAX_BYTES.sheet }));
    expect(answer).toEqual({ statusCode: 413, code: 'FILE_TOO_LARGE', message: '文件超过 5 MB 的上限' });
    expect(open).not.toHaveBeenCalled();
  });
});
