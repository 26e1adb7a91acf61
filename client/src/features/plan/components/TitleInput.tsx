import { TextInput, type TextInputProps } from '@mantine/core';
import { LIMITS } from '@fulcrum/shared';

/** The title of a gap or a goal, focused as its form opens; `placeholder` gives an example. */
export function TitleInput(props: TextInputProps) {
  return <TextInput label="Title" maxLength={LIMITS.titleMax} data-autofocus {...props} />;
}
