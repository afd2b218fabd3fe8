import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { TEAM_KIND_LABEL, TEAM_NAME_MAX } from '@cacem/shared';
import { TeamForm, type TeamFormValues } from '../src/declarant/team-new/team-form';

afterEach(cleanup);

describe('team form', () => {
  it('requires a name before submitting', async () => {
    const onSubmit = jest.fn((_values: TeamFormValues) => Promise.resolve());
    render(<TeamForm onSubmit={onSubmit} />);

    fireEvent.click(screen.getByTestId('team-submit'));

    expect((await screen.findAllByText('请填写班组名称')).length).toBeGreaterThan(0);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('does not accept a name of spaces only', async () => {
    const onSubmit = jest.fn((_values: TeamFormValues) => Promise.resolve());
    render(<TeamForm onSubmit={onSubmit} />);

    fireEvent.change(screen.getByTestId('team-name-input'), { target: { value: '   ' } });
    fireEvent.click(screen.getByTestId('team-submit'));

    expect((await screen.findAllByText('请填写班组名称')).length).toBeGreaterThan(0);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('offers every team kind and submits the trimmed name with the chosen kind', async () => {
    const onSubmit = jest.fn((_values: TeamFormValues) => Promise.resolve());
    render(<TeamForm onSubmit={onSubmit} />);

    for (const label of Object.values(TEAM_KIND_LABEL)) expect(screen.getByText(label)).toBeTruthy();
    fireEvent.change(screen.getByTestId('team-name-input'), { target: { value: ' 钢筋一班 ' } });
    fireEvent.click(screen.getByText(TEAM_KIND_LABEL.project_department));
    fireEvent.click(screen.getByTestId('team-submit'));

    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ name: '钢筋一班', kind: 'project_department' }));
  });

  it('limits the name to the shared maximum length', () => {
    render(<TeamForm onSubmit={() => Promise.resolve()} />);
    expect((screen.getByTestId('team-name-input') as HTMLInputElement).maxLength).toBe(TEAM_NAME_MAX);
  });
});
