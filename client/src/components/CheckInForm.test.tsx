import { MantineProvider } from '@mantine/core';
import { Side } from '@fulcrum/shared';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CheckInForm } from './CheckInForm';

vi.mock('@/lib/notify', () => ({ notifySuccess: vi.fn() }));

function renderForm(side: Side, save = vi.fn(() => Promise.resolve())) {
  render(
    <MantineProvider>
      <CheckInForm delegationId="d1" side={side} otherName="Leo" save={save} saving={false} />
    </MantineProvider>,
  );
  return save;
}

describe('CheckInForm', () => {
  it('speaks to the delegator about the other person', () => {
    renderForm(Side.DELEGATOR);
    expect(screen.getByText('1: Leo is lost without you · 5: Leo could do it alone')).toBeTruthy();
    expect(screen.getByText('You check in as the delegator.')).toBeTruthy();
  });

  it('asks for a confidence before saving', async () => {
    const save = renderForm(Side.DELEGATEE);
    fireEvent.click(screen.getByRole('button', { name: 'Record check-in' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Rate your confidence from 1 to 5.');
    expect(save).not.toHaveBeenCalled();
  });

  it('sends the confidence, the hours and the trimmed note', async () => {
    const save = renderForm(Side.DELEGATEE);
    fireEvent.click(screen.getByRole('radio', { name: '4' }));
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: '  Ran the backfill alone  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record check-in' }));
    await waitFor(() => expect(save).toHaveBeenCalledOnce());
    expect(save).toHaveBeenCalledWith({
      delegationId: 'd1',
      confidence: 4,
      coachingHours: 0,
      note: 'Ran the backfill alone',
    });
  });
});
