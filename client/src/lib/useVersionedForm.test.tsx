import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useForm } from '@mantine/form';
import { act, renderHook } from '@testing-library/react';
import { ErrorCode } from '@fulcrum/shared';
import { describe, expect, it, vi } from 'vitest';
import { readPlanFailure } from './planScope';
import { useVersionedForm, type ReadFailure } from './useVersionedForm';

interface Gap {
  id: string;
  version: number;
  title: string;
  evidence: string;
}

const SAVED: Gap = { id: 'g1', version: 3, title: 'Autonomy', evidence: 'Asks before each step' };

function graphQLError(code: ErrorCode, extensions: Record<string, unknown> = {}) {
  return new CombinedGraphQLErrors({ errors: [{ message: `${code} happened`, extensions: { code, ...extensions } }] });
}

/** Typed as possibly null, so the hook is the one whose edit can end (`start(null)`). */
function mayBeNull<T>(value: T): T | null {
  return value;
}

function setup(read?: ReadFailure, options: { inputs?: string[]; fieldNames?: Record<string, string> } = {}) {
  const reload = vi.fn(() => Promise.resolve());
  const reader: ReadFailure =
    read ?? ((error, before, compared) => readPlanFailure(error, { reload, otherWriter: 'Sam' }, before, compared));
  const hook = renderHook(() => {
    const form = useForm({ initialValues: { title: SAVED.title, evidence: SAVED.evidence } });
    const versioned = useVersionedForm<Gap, Gap>({
      initial: mayBeNull(SAVED),
      read: reader,
      compared: [
        { key: 'title', label: 'title' },
        { key: 'evidence', label: 'evidence' },
      ],
      form,
      inputs: options.inputs ?? ['title', 'evidence'],
      fieldNames: options.fieldNames,
      toValues: (current) => ({ title: current.title, evidence: current.evidence }),
    });
    return { form, ...versioned };
  });
  return { ...hook, reload };
}

describe('useVersionedForm', () => {
  it('starts from the version it is given, with no failure', () => {
    const { result } = setup();
    expect(result.current.base).toEqual(SAVED);
    expect(result.current.failure).toBeNull();
  });

  it('on a CONFLICT, moves onto the current version and keeps only the inputs the user changed', async () => {
    const { result, reload } = setup();
    act(() => result.current.form.setFieldValue('title', 'Autonomy at work'));
    const current = { ...SAVED, version: 4, evidence: 'Ships alone since May' };
    await act(() => result.current.fail(graphQLError(ErrorCode.CONFLICT, { current })).then(() => undefined));

    expect(reload).toHaveBeenCalledOnce();
    expect(result.current.base?.version).toBe(4);
    // The other person's change shows; the user's own edit stays.
    expect(result.current.form.getValues()).toEqual({ title: 'Autonomy at work', evidence: 'Ships alone since May' });
    expect(result.current.form.isDirty('evidence')).toBe(false);
    expect(result.current.form.isDirty('title')).toBe(true);
    expect(result.current.failure).toEqual(
      expect.objectContaining({
        kind: 'conflict',
        message:
          'Sam changed this a moment ago: evidence "Asks before each step" → "Ships alone since May". Review and save again.',
      }),
    );
  });

  it('puts field errors under their inputs and keeps no alert when every field has an input', async () => {
    const { result } = setup();
    const error = graphQLError(ErrorCode.BAD_USER_INPUT, { fields: [{ field: 'title', message: 'Too long.' }] });
    await act(() => result.current.fail(error).then(() => undefined));
    expect(result.current.form.errors).toEqual({ title: 'Too long.' });
    expect(result.current.failure).toBeNull();
  });

  it('keeps an alert for a field the form has no input for', async () => {
    const { result } = setup(undefined, { inputs: ['title'] });
    const error = graphQLError(ErrorCode.BAD_USER_INPUT, {
      fields: [
        { field: 'title', message: 'Too long.' },
        { field: 'evidence', message: 'Required.' },
      ],
    });
    await act(() => result.current.fail(error).then(() => undefined));
    expect(result.current.form.errors).toEqual({ title: 'Too long.' });
    expect(result.current.failure?.kind).toBe('other');
  });

  it('renames the server field names to the form paths', async () => {
    const { result } = setup(undefined, { fieldNames: { gapTitle: 'title' } });
    const error = graphQLError(ErrorCode.BAD_USER_INPUT, { fields: [{ field: 'gapTitle', message: 'Say what.' }] });
    await act(() => result.current.fail(error).then(() => undefined));
    expect(result.current.form.errors).toEqual({ title: 'Say what.' });
  });

  it('start(null) ends the edit and forgets the failure', async () => {
    const { result } = setup();
    await act(() => result.current.fail(graphQLError(ErrorCode.FORBIDDEN)).then(() => undefined));
    expect(result.current.failure?.kind).toBe('other');
    act(() => result.current.start(null));
    expect(result.current.base).toBeNull();
    expect(result.current.failure).toBeNull();
  });
});
