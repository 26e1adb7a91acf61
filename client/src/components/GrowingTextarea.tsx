import { Textarea, type TextareaProps } from '@mantine/core';

/** Free text that starts at two rows and grows as it is typed. */
export function GrowingTextarea(props: TextareaProps) {
  return <Textarea autosize minRows={2} {...props} />;
}
