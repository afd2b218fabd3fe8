import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CREDIT_CODE_PROBLEM_TEXT, checkCreditCode } from '@cacem/shared';
import { CreditCodeForm } from '../src/declarant/enterprise/credit-code-form';

afterEach(cleanup);

const VALID = '91350100M000100Y43';
const WRONG_CHECK = '91350100M000100Y42';

function type(value: string) {
  fireEvent.change(screen.getByTestId('credit-code-input'), { target: { value } });
}

describe('credit code form', () => {
  it('shows the check-character error while typing a code whose last character is wrong', async () => {
    expect(checkCreditCode(WRONG_CHECK)).toBe('check');
    const onSubmit = jest.fn((_code: string) => Promise.resolve());
    render(<CreditCodeForm onSubmit={onSubmit} />);

    type(WRONG_CHECK);

    expect(await screen.findByText(CREDIT_CODE_PROBLEM_TEXT.check)).toBeTruthy();
    fireEvent.click(screen.getByTestId('credit-code-submit'));
    // Rather than waiting a while for a call that should not come: the code is corrected and submitted through the same
    // validation, and once that submission arrives, it must be the only one, with the corrected code.
    type(VALID);
    await screen.findByTestId('credit-code-ok');
    fireEvent.click(screen.getByTestId('credit-code-submit'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls).toEqual([[VALID]]);
  });

  it('explains a code of the wrong length', async () => {
    render(<CreditCodeForm onSubmit={() => Promise.resolve()} />);

    type('91350100M000100Y4');

    expect(await screen.findByText(CREDIT_CODE_PROBLEM_TEXT.length)).toBeTruthy();
  });

  it('accepts a valid code, typed in lower case with spaces, and submits it normalized', async () => {
    const onSubmit = jest.fn((_code: string) => Promise.resolve());
    render(<CreditCodeForm onSubmit={onSubmit} />);

    type(WRONG_CHECK);
    await screen.findByText(CREDIT_CODE_PROBLEM_TEXT.check);
    type('91350100m000100y43 ');

    await waitFor(() => expect(screen.queryByText(CREDIT_CODE_PROBLEM_TEXT.check)).toBeNull());
    expect(screen.getByTestId('credit-code-ok').textContent).toBe('校验通过');
    fireEvent.click(screen.getByTestId('credit-code-submit'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith(VALID));
  });

  it('shows the server refusal under the form', async () => {
    render(<CreditCodeForm onSubmit={() => Promise.reject(new Error('该统一社会信用代码已由其他报名卡登记'))} />);

    type(VALID);
    fireEvent.click(screen.getByTestId('credit-code-submit'));

    expect((await screen.findByTestId('credit-code-error')).textContent).toBe('该统一社会信用代码已由其他报名卡登记');
  });
});
