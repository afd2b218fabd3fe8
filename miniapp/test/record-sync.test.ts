import { afterEach, describe, expect, it, jest } from '@jest/globals';
import Taro from '@tarojs/taro';
import { saveSession } from '../src/api';
import { apiTransport } from '../src/offline/record-sync';
import type { QueuedRecord } from '../src/offline/sync-queue';
import { mockRequest } from './helpers';

afterEach(() => {
  jest.restoreAllMocks();
  Taro.clearStorageSync();
});

const record: QueuedRecord = {
  clientKey: '6f1c2f7e-2b1d-4c55-9a0e-1d2c3b4a5f60',
  teamId: 7,
  date: '2026-05-12',
  kind: 'quality_inspection',
  content: '钢筋绑扎质量检查',
  place: '2 号楼',
  attendeeIds: [3],
  attendeeNames: ['王五'],
  photos: [{ photoKey: '6f1c2f7e-2b1d-4c55-9a0e-1d2c3b4a5f60-0', localPath: 'wxfile://usr/p0.jpg', uploaded: false }],
  serverId: null,
  state: 'pending',
  attempts: 0,
  nextAttemptAt: 0,
  lastError: null,
  savedAt: 0,
};

describe('record sync over the API', () => {
  it('posts the record with its clientKey and takes a 200 repeat as success', async () => {
    const request = mockRequest({ statusCode: 200, data: { id: 41, clientKey: record.clientKey } });

    await expect(apiTransport.createRecord(record)).resolves.toEqual({ id: 41 });

    const option = request.mock.calls[0]![0];
    expect(option.url).toMatch(/\/teams\/7\/activity-records$/);
    expect(option.data).toEqual({
      clientKey: record.clientKey,
      date: '2026-05-12',
      kind: 'quality_inspection',
      content: '钢筋绑扎质量检查',
      place: '2 号楼',
      attendeeIds: [3],
    });
  });

  it('uploads a photo as multipart field `photo` with its photoKey, authorised', async () => {
    saveSession('jwt-9', { role: 'member', memberId: 3, teamId: 7, enterpriseId: 1, displayName: '王五' });
    type UploadFn = (o: { url: string; filePath: string; name: string; formData?: Record<string, string>; header?: Record<string, string> }) => unknown;
    const upload = jest
      .spyOn(Taro as unknown as { uploadFile: UploadFn }, 'uploadFile')
      .mockImplementation(() => Object.assign(Promise.resolve({ statusCode: 201, data: '{"id":5}' }), { onProgressUpdate: () => undefined }));

    await apiTransport.uploadPhoto({ ...record, serverId: 41 }, record.photos[0]!);

    const option = upload.mock.calls[0]![0];
    expect(option.url).toMatch(/\/teams\/7\/activity-records\/41\/photos$/);
    expect(option.name).toBe('photo');
    expect(option.filePath).toBe('wxfile://usr/p0.jpg');
    // The photo's own name goes as a field too: WeChat's uploadFile names the file part after its temp file.
    expect(option.formData).toEqual({ photoKey: `${record.clientKey}-0`, fileName: `${record.clientKey}-0.jpg` });
    expect(option.header?.Authorization).toBe('Bearer jwt-9');
  });

  it('turns a refused photo into an error so the record stays queued', async () => {
    type UploadFn = (o: unknown) => unknown;
    jest
      .spyOn(Taro as unknown as { uploadFile: UploadFn }, 'uploadFile')
      .mockImplementation(() =>
        Object.assign(Promise.resolve({ statusCode: 422, data: JSON.stringify({ statusCode: 422, code: 'PHOTO_NOT_IMAGE', message: '照片须为 JPEG、PNG 或 WebP 图片' }) }), {
          onProgressUpdate: () => undefined,
        }),
      );

    await expect(apiTransport.uploadPhoto({ ...record, serverId: 41 }, record.photos[0]!)).rejects.toMatchObject({ code: 'PHOTO_NOT_IMAGE' });
  });
});
