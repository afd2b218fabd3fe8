import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { needPrivacyAuthorization, type PrivacyResolveOption } from './stubs/taro';
import { PhotoPicker } from '../src/records/new/photo-picker';
import { PdfPicker, type PickedPdf } from '../src/components/pdf-picker';
import { AGREE_BUTTON_ID, privacyFailureText } from '../src/privacy/consent';
import { CONSENT_TEXT } from '../src/privacy/guide';
import LoginPage from '../src/pages/login/index';

afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
});

/** WeChat holding `referrer` back for consent, from outside any event handler (so inside act). */
function hold(referrer: string) {
  let held: ReturnType<typeof needPrivacyAuthorization> | undefined;
  act(() => {
    held = needPrivacyAuthorization(referrer);
  });
  return held!;
}

function photoPicked(tempFilePath: string): Taro.chooseMedia.SuccessCallbackResult {
  const file = { tempFilePath, size: 180_000, duration: 0, height: 3000, width: 4000, thumbTempFilePath: '', fileType: 'image' };
  return { tempFiles: [file], type: 'image', errMsg: 'chooseMedia:ok' };
}

function filePicked(...files: Array<{ path: string; name: string; size: number }>): Taro.chooseMessageFile.SuccessCallbackResult {
  return { tempFiles: files.map((f) => ({ ...f, time: 0, type: 'file' as const })), errMsg: 'chooseMessageFile:ok' };
}

const REFUSED = (api: string) => ({ errMsg: `${api}:fail privacy permission is not authorized` });

/** WeChat's chooseMedia: held back until the listener answers, then either opens the camera or fails. */
function chooseMediaHeldForConsent(answers: Array<{ calls: PrivacyResolveOption[]; answer: Promise<PrivacyResolveOption> }>) {
  return jest.spyOn(Taro, 'chooseMedia').mockImplementation(async () => {
    const held = needPrivacyAuthorization('chooseMedia');
    answers.push(held);
    if ((await held.answer).event !== 'agree') throw REFUSED('chooseMedia');
    return photoPicked('wxfile://site-photo-1.jpg');
  });
}

describe('consent popup before the first privacy interface', () => {
  it('stays hidden until WeChat holds a privacy interface back', () => {
    render(<PhotoPicker max={9} value={[]} onChange={() => undefined} />);
    expect(screen.queryByTestId('privacy-gate')).toBeNull();
  });

  it('shows when chooseMedia needs consent; 同意并继续 answers agree with the button id and the photo comes through', async () => {
    const answers: Array<{ calls: PrivacyResolveOption[]; answer: Promise<PrivacyResolveOption> }> = [];
    chooseMediaHeldForConsent(answers);
    const onChange = jest.fn();
    render(<PhotoPicker max={9} value={[]} onChange={onChange} />);

    fireEvent.click(screen.getByTestId('record-photo-add'));

    expect(await screen.findByTestId('privacy-gate')).toBeTruthy();
    expect(screen.getByTestId('privacy-gate-explanation').textContent).toBe(CONSENT_TEXT.photo.explanation);
    const agree = screen.getByTestId('privacy-gate-agree');
    expect(agree.getAttribute('data-open-type')).toBe('agreePrivacyAuthorization');
    expect(agree.id).toBe(AGREE_BUTTON_ID);
    expect(answers[0]!.calls).toEqual([{ event: 'exposureAuthorization' }]);

    fireEvent.click(agree);

    await expect(answers[0]!.answer).resolves.toEqual({ event: 'agree', buttonId: AGREE_BUTTON_ID });
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(['wxfile://site-photo-1.jpg']));
    expect(screen.queryByTestId('privacy-gate')).toBeNull();
  });

  it('拒绝 answers disagree: the pick fails with a Chinese toast and the picker still works afterwards', async () => {
    const toast = jest.spyOn(Taro, 'showToast');
    const answers: Array<{ calls: PrivacyResolveOption[]; answer: Promise<PrivacyResolveOption> }> = [];
    const choose = jest.spyOn(Taro, 'chooseMessageFile').mockImplementationOnce(async () => {
      const held = needPrivacyAuthorization('chooseMessageFile');
      answers.push(held);
      if ((await held.answer).event !== 'agree') throw REFUSED('chooseMessageFile');
      return filePicked();
    });
    const onPicked = jest.fn((_p: PickedPdf) => undefined);
    render(<PdfPicker label="选择推荐函 PDF" disabled={false} testId="package-letter" onPicked={onPicked} />);

    fireEvent.click(screen.getByTestId('package-letter-pick'));
    expect((await screen.findByTestId('privacy-gate-explanation')).textContent).toBe(CONSENT_TEXT.file.explanation);
    fireEvent.click(screen.getByTestId('privacy-gate-refuse'));

    await expect(answers[0]!.answer).resolves.toEqual({ event: 'disagree' });
    await waitFor(() =>
      expect(toast).toHaveBeenCalledWith({ title: '未同意隐私保护指引，无法选择文件；其他功能不受影响', icon: 'none', duration: 3000 }),
    );
    expect(screen.queryByTestId('privacy-gate')).toBeNull();
    expect(onPicked).not.toHaveBeenCalled();

    // Consent given later (e.g. on the privacy page): the same button picks a file as before.
    choose.mockResolvedValueOnce(filePicked({ path: 'wxfile://letter.pdf', name: '推荐函.pdf', size: 52_000 }));
    fireEvent.click(screen.getByTestId('package-letter-pick'));
    await waitFor(() => expect(onPicked).toHaveBeenCalledWith({ file: 'wxfile://letter.pdf', name: '推荐函.pdf', size: 52_000 }));
  });

  it('a plain cancel shows no toast', async () => {
    const toast = jest.spyOn(Taro, 'showToast');
    const choose = jest.spyOn(Taro, 'chooseMedia');
    render(<PhotoPicker max={9} value={[]} onChange={() => undefined} />);
    fireEvent.click(screen.getByTestId('record-photo-add'));
    await waitFor(() => expect(choose).toHaveBeenCalled());
    await act(() => Promise.resolve());
    expect(toast).not.toHaveBeenCalled();
  });

  it('the link in the popup opens the guide filed with WeChat, named as WeChat names it', async () => {
    const open = jest.spyOn(Taro, 'openPrivacyContract');
    render(<PhotoPicker max={9} value={[]} onChange={() => undefined} />);
    const held = hold('chooseMedia');

    const link = await screen.findByTestId('privacy-gate-contract');
    await waitFor(() => expect(link.textContent).toBe('《质量信得过班组小程序隐私保护指引》'));
    fireEvent.click(link);
    expect(open).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByTestId('privacy-gate-refuse'));
    await expect(held.answer).resolves.toEqual({ event: 'disagree' });
  });

  it('with several pickers on a page, one popup shows', async () => {
    render(
      <>
        <PdfPicker label="上传申报书" disabled={false} testId="reg-pdf" onPicked={() => undefined} />
        <PdfPicker label="上传发布材料" disabled={false} testId="reg-ppt" onPicked={() => undefined} />
      </>,
    );
    const held = hold('chooseMessageFile');
    expect(await screen.findAllByTestId('privacy-gate')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('privacy-gate-agree'));
    await expect(held.answer).resolves.toEqual({ event: 'agree', buttonId: AGREE_BUTTON_ID });
  });

  it('a page without a popup refuses at once rather than leave the interface pending', async () => {
    const { unmount } = render(<PhotoPicker max={9} value={[]} onChange={() => undefined} />);
    unmount();
    await expect(hold('chooseMedia').answer).resolves.toEqual({ event: 'disagree' });
  });

  it('leaving the page while the popup is open refuses the held interface', async () => {
    const { unmount } = render(<PhotoPicker max={9} value={[]} onChange={() => undefined} />);
    const held = hold('chooseMedia');
    await screen.findByTestId('privacy-gate');
    unmount();
    await expect(held.answer).resolves.toEqual({ event: 'disagree' });
  });
});

describe('failure messages', () => {
  it('names what cannot be done and says the rest still works', () => {
    expect(privacyFailureText(REFUSED('chooseMedia'), 'photo')).toBe('未同意隐私保护指引，无法选择照片；其他功能不受影响');
    expect(privacyFailureText({ errMsg: 'setClipboardData:fail api scope is not declared in the privacy agreement' }, 'clipboard')).toBe(
      '小程序尚未登记这项信息的用途，暂时无法复制链接，请联系活动秘书处',
    );
    expect(privacyFailureText({ errMsg: 'chooseMedia:fail cancel' }, 'photo')).toBeNull();
  });
});

describe('login page', () => {
  it('links to the privacy guide at the bottom', () => {
    const navigate = jest.spyOn(Taro, 'navigateTo');
    render(<LoginPage />);
    fireEvent.click(screen.getByText('隐私保护指引'));
    expect(navigate).toHaveBeenCalledWith({ url: '/pages/privacy/index' });
  });
});
