import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, render, screen } from '@testing-library/react';
import { UploadProgress } from '../src/components/upload-progress';

afterEach(cleanup);

describe('upload progress', () => {
  it('shows the file name and the percentage', () => {
    render(<UploadProgress fileName="申报材料.pdf" percent={42.4} testId="up" />);
    expect(screen.getByTestId('up').textContent).toContain('申报材料.pdf');
    expect(screen.getByTestId('up-percent').textContent).toBe('正在上传 42%');
  });

  it('clamps out-of-range values and says when the server is checking the file', () => {
    const { rerender } = render(<UploadProgress fileName="a.pptx" percent={-5} testId="up" />);
    expect(screen.getByTestId('up-percent').textContent).toBe('正在上传 0%');
    rerender(<UploadProgress fileName="a.pptx" percent={130} testId="up" />);
    expect(screen.getByTestId('up-percent').textContent).toBe('上传完成，正在校验…');
  });
});
