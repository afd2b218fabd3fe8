import { afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { PhotoPicker } from '../src/records/new/photo-picker';
import PrivacyPage from '../src/pages/privacy/index';
import { openPrivacyContract } from '../src/privacy/consent';

// A base library before 2.32.3 (and H5) has none of WeChat's privacy interfaces.
beforeAll(() => {
  const taro = Taro as unknown as Record<string, unknown>;
  for (const api of ['onNeedPrivacyAuthorization', 'getPrivacySetting', 'requirePrivacyAuthorize', 'openPrivacyContract']) delete taro[api];
});

afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
});

describe('without WeChat privacy interfaces', () => {
  it('the photo picker works as before, with no popup', async () => {
    const file = { tempFilePath: 'wxfile://a.jpg', size: 1, duration: 0, height: 1, width: 1, thumbTempFilePath: '', fileType: 'image' };
    jest.spyOn(Taro, 'chooseMedia').mockResolvedValue({ tempFiles: [file], type: 'image', errMsg: 'chooseMedia:ok' });
    const onChange = jest.fn();
    render(<PhotoPicker max={9} value={[]} onChange={onChange} />);
    fireEvent.click(screen.getByTestId('record-photo-add'));
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(['wxfile://a.jpg']));
    expect(screen.queryByTestId('privacy-gate')).toBeNull();
  });

  it('the privacy page shows the guide without a consent status, and links lead to it', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo');
    render(<PrivacyPage />);
    expect(screen.getByTestId('privacy-contact')).toBeTruthy();
    await Promise.resolve();
    expect(screen.queryByTestId('privacy-status')).toBeNull();
    openPrivacyContract();
    expect(navigate).toHaveBeenCalledWith({ url: '/pages/privacy/index' });
  });
});
