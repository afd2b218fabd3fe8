import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ERROR_MESSAGES } from '@cacem/shared';
import { JoinForm, type JoinFormValues } from '../src/pages/join/join-form';

afterEach(cleanup);

const fill = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('join form', () => {
  it('prefills the invite code from the QR link', () => {
    render(<JoinForm initialCode="K7MP2QXR" onSubmit={() => Promise.resolve()} />);
    expect((screen.getByTestId('join-code') as HTMLInputElement).value).toBe('K7MP2QXR');
  });

  it('requires a name and a well-formed code before sending anything', async () => {
    const onSubmit = jest.fn((_v: JoinFormValues) => Promise.resolve());
    render(<JoinForm onSubmit={onSubmit} />);

    fill('join-code', 'ABC');
    fireEvent.click(screen.getByTestId('join-submit'));

    expect((await screen.findAllByText('请填写姓名')).length).toBeGreaterThan(0);
    expect(await screen.findByText('邀请码为 8 位字母或数字，请核对')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('rejects a mobile that is not a mainland number', async () => {
    const onSubmit = jest.fn((_v: JoinFormValues) => Promise.resolve());
    render(<JoinForm initialCode="K7MP2QXR" onSubmit={onSubmit} />);

    fill('join-name', '张三');
    fill('join-mobile', '12345678901');
    fireEvent.click(screen.getByTestId('join-submit'));

    expect(await screen.findByText(ERROR_MESSAGES.MOBILE_INVALID)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('joins without a mobile, normalising the code', async () => {
    const onSubmit = jest.fn((_v: JoinFormValues) => Promise.resolve());
    render(<JoinForm onSubmit={onSubmit} />);

    fill('join-code', 'k7mp 2qxr');
    fill('join-name', ' 张三 ');
    fireEvent.click(screen.getByTestId('join-submit'));

    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ inviteCode: 'K7MP2QXR', name: '张三', mobile: '' }));
  });

  it('sends a valid mobile and shows the server refusal', async () => {
    const onSubmit = jest.fn((_v: JoinFormValues) => Promise.reject(new Error(ERROR_MESSAGES.INVITE_CODE_INVALID)));
    render(<JoinForm initialCode="K7MP2QXR" onSubmit={onSubmit} />);

    fill('join-name', '李四');
    fill('join-mobile', '138 0013 8000');
    fireEvent.click(screen.getByTestId('join-submit'));

    expect((await screen.findByTestId('join-error')).textContent).toBe(ERROR_MESSAGES.INVITE_CODE_INVALID);
    expect(onSubmit).toHaveBeenCalledWith({ inviteCode: 'K7MP2QXR', name: '李四', mobile: '13800138000' });
  });
});

describe('join form, codes the server issued', () => {
  it('accepts any 8 letters or digits, leaving validity to the server', async () => {
    const onSubmit = jest.fn((_v: JoinFormValues) => Promise.resolve());
    render(<JoinForm initialCode="DEMO2026" onSubmit={onSubmit} />);
    fill('join-name', '赵六');
    fireEvent.click(screen.getByTestId('join-submit'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ inviteCode: 'DEMO2026', name: '赵六', mobile: '' }));
  });
});
