import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ACTIVITY_KIND_LABEL } from '@cacem/shared';
import { RecordForm, type RecordFormValues } from '../src/records/new/record-form';
import { todayInBeijing } from '../src/utils/format';

afterEach(cleanup);

const members = [
  { id: 1, name: '张三', role: 'leader' as const, roleLabel: '班组长', mobile: null, joinedAt: '2026-05-01T00:00:00Z', wechatBound: true },
  { id: 2, name: '李四', role: 'member' as const, roleLabel: '组员', mobile: null, joinedAt: '2026-05-01T00:00:00Z', wechatBound: false },
];

describe('record form', () => {
  it('offers every activity kind as a big button and defaults the date to today', () => {
    render(<RecordForm members={members} onSave={() => Promise.resolve()} />);
    for (const label of Object.values(ACTIVITY_KIND_LABEL)) expect(screen.getByText(label)).toBeTruthy();
    expect(screen.getByTestId('record-date').textContent).toBe(todayInBeijing());
  });

  it('requires the content', async () => {
    const onSave = jest.fn((_v: RecordFormValues) => Promise.resolve());
    render(<RecordForm members={members} onSave={onSave} />);
    fireEvent.click(screen.getByTestId('record-save-submit'));
    expect((await screen.findAllByText('请填写活动内容')).length).toBeGreaterThan(0);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves the chosen kind, content, place and attendees', async () => {
    const onSave = jest.fn((_v: RecordFormValues) => Promise.resolve());
    render(<RecordForm members={members} onSave={onSave} />);

    fireEvent.click(screen.getByTestId('record-kind-technical_briefing'));
    fireEvent.change(screen.getByTestId('record-content'), { target: { value: ' 模板支撑体系技术交底 ' } });
    fireEvent.change(screen.getByTestId('record-place'), { target: { value: '5 号楼' } });
    fireEvent.click(screen.getByTestId('record-attendee-2'));
    fireEvent.click(screen.getByTestId('record-save-submit'));

    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({
        date: todayInBeijing(),
        kind: 'technical_briefing',
        content: '模板支撑体系技术交底',
        place: '5 号楼',
        attendeeIds: [2],
        photos: [],
      }),
    );
  });
});

describe('record form, place', () => {
  it('requires the place of the activity', async () => {
    const onSave = jest.fn((_v: RecordFormValues) => Promise.resolve());
    render(<RecordForm members={members} onSave={onSave} />);
    fireEvent.change(screen.getByTestId('record-content'), { target: { value: '班前会' } });
    fireEvent.click(screen.getByTestId('record-save-submit'));
    expect((await screen.findAllByText('请填写活动地点')).length).toBeGreaterThan(0);
    expect(onSave).not.toHaveBeenCalled();
  });
});
