import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import PrivacyPage from '../src/pages/privacy/index';
import { AGREE_BUTTON_ID } from '../src/privacy/consent';
import { COLLECTED, CONTACT, GUIDE_TITLE, OPERATOR, WECHAT_PRIVACY_ITEMS } from '../src/privacy/guide';

afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
});

type SettingOption = Parameters<typeof Taro.getPrivacySetting>[0];

function privacySetting(needAuthorization: () => boolean) {
  return jest.spyOn(Taro, 'getPrivacySetting').mockImplementation((o?: SettingOption) =>
    o?.success?.({ needAuthorization: needAuthorization(), privacyContractName: '《质量信得过班组小程序隐私保护指引》', errMsg: 'getPrivacySetting:ok' }),
  );
}

describe('privacy page', () => {
  it('says who we are, what we collect and why, and whom to contact', async () => {
    render(<PrivacyPage />);
    expect(await screen.findByTestId('privacy-status')).toBeTruthy();
    expect(screen.getByTestId('privacy-title').textContent).toBe(GUIDE_TITLE);
    expect(screen.getByTestId('privacy-operator').textContent).toContain(OPERATOR.name);
    const collected = screen.getAllByTestId('privacy-collected-item').map((el) => el.textContent);
    expect(collected).toHaveLength(COLLECTED.length);
    COLLECTED.forEach((item, i) => expect(collected[i]).toContain(item.what));
    expect(screen.getAllByTestId('privacy-wechat-item').map((el) => el.firstChild?.textContent)).toEqual(WECHAT_PRIVACY_ITEMS.map((i) => i.label));
    expect(screen.getByTestId('privacy-storage').textContent).toContain('长期保存');
    expect(screen.getByTestId('privacy-sharing').textContent).toContain('不显示成员姓名和手机号');
    const contact = screen.getByTestId('privacy-contact').textContent;
    expect(contact).toContain(CONTACT.email);
    for (const phone of CONTACT.phones) expect(contact).toContain(phone);
  });

  it('in WeChat, before consent: 阅读并同意 asks through requirePrivacyAuthorize and the page shows the popup', async () => {
    let agreed = false;
    privacySetting(() => !agreed);
    const require = jest.spyOn(Taro, 'requirePrivacyAuthorize');
    render(<PrivacyPage />);
    expect((await screen.findByTestId('privacy-status-text')).textContent).toContain('还没有同意');

    fireEvent.click(screen.getByTestId('privacy-status-agree'));
    expect(require).toHaveBeenCalledTimes(1);
    expect((await screen.findByTestId('privacy-gate-explanation')).textContent).toContain('同意后');

    agreed = true;
    fireEvent.click(screen.getByTestId('privacy-gate-agree'));
    await waitFor(() => expect(screen.getByTestId('privacy-status-text').textContent).toContain('你已同意本指引'));
    expect(screen.queryByTestId('privacy-gate')).toBeNull();
    expect(screen.queryByTestId('privacy-status-agree')).toBeNull();
    expect(AGREE_BUTTON_ID).toBe('qt-privacy-agree');
  });

  it('refusing on the page leaves it as it was, still offering to agree', async () => {
    privacySetting(() => true);
    render(<PrivacyPage />);
    fireEvent.click(await screen.findByTestId('privacy-status-agree'));
    fireEvent.click(await screen.findByTestId('privacy-gate-refuse'));
    await waitFor(() => expect(screen.queryByTestId('privacy-gate')).toBeNull());
    expect(screen.getByTestId('privacy-status-text').textContent).toContain('还没有同意');
    expect(screen.getByTestId('privacy-status-agree')).toBeTruthy();
  });

  it('opens the version filed with WeChat', async () => {
    privacySetting(() => false);
    const open = jest.spyOn(Taro, 'openPrivacyContract');
    render(<PrivacyPage />);
    fireEvent.click(await screen.findByText('查看在微信登记的《质量信得过班组小程序隐私保护指引》'));
    expect(open).toHaveBeenCalledTimes(1);
  });
});
