import { jest } from '@jest/globals';
import Taro from '@tarojs/taro';

export interface FakeResponse {
  statusCode: number;
  data: unknown;
}

type RequestFn = (option: { url: string; method?: string; data?: unknown; header?: Record<string, string> }) => Promise<FakeResponse>;

/** Replaces Taro.request with a mock answering the given responses in order. */
export function mockRequest(...responses: Array<FakeResponse | Error>) {
  const spy = jest.spyOn(Taro as unknown as { request: RequestFn }, 'request');
  for (const r of responses) {
    if (r instanceof Error) spy.mockRejectedValueOnce(r);
    else spy.mockResolvedValueOnce(r);
  }
  return spy;
}
