import { useForm } from '@mantine/form';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { conflictMessage, describeChanges, rebaseForm } from './conflict';

describe('describeChanges', () => {
  const fields = [
    { key: 'hours', label: 'hours', format: (v: unknown) => `${Number(v)} h` },
    { key: 'name', label: 'name' },
    { key: 'note', label: 'note' },
  ];

  it('names each compared field that differs, before → now', () => {
    expect(
      describeChanges({ hours: 6, name: 'Review', note: null }, { hours: 8, name: 'Review', note: 'x' }, fields),
    ).toEqual(['hours 6 h → 8 h', 'note empty → "x"']);
  });

  it('shortens long texts and ignores fields the server did not send', () => {
    const long = 'a'.repeat(50);
    expect(describeChanges({ name: 'Short', hours: 1 }, { name: long }, fields)).toEqual([
      `name "Short" → "${'a'.repeat(37)}…"`,
    ]);
  });

  it('says nothing without the current version', () => {
    expect(describeChanges({ hours: 1 }, undefined, fields)).toEqual([]);
  });
});

describe('conflictMessage', () => {
  it('lists the changes, or says only that the other person saved', () => {
    expect(conflictMessage('Sam', ['hours 6 → 8'])).toBe(
      'Sam changed this a moment ago: hours 6 → 8. Review and save again.',
    );
    expect(conflictMessage('Sam', [])).toBe('Sam saved this a moment ago. Review and save again.');
  });
});

describe('rebaseForm', () => {
  it('takes the current values for untouched inputs (nested paths too) and measures changes from them', () => {
    const { result } = renderHook(() => useForm({ initialValues: { title: 'A', stop: { hours: 4 } } }));
    act(() => result.current.setFieldValue('title', 'Mine'));
    act(() => rebaseForm(result.current, { title: 'Theirs', 'stop.hours': 6 }));
    expect(result.current.getValues()).toEqual({ title: 'Mine', stop: { hours: 6 } });
    expect(result.current.isDirty('stop.hours')).toBe(false);
    expect(result.current.isDirty('title')).toBe(true);
  });
});
