import { Typography } from '@mantine/core';
import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/**
 * Notes written in Markdown, shown as text: raw HTML is never rendered and unsafe link targets
 * are dropped (react-markdown's defaults); links open in a new tab so the 1:1 stays open.
 */
export function Markdown({ text, empty = 'Nothing written yet.' }: { text: string; empty?: string }) {
  if (text.trim() === '') {
    return (
      <Typography c="dimmed" fz="sm" fs="italic">
        <p>{empty}</p>
      </Typography>
    );
  }
  return (
    <Typography fz="sm" style={{ overflowWrap: 'anywhere' }}>
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        components={{
          a: ({ href, children }) => (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {children}
            </a>
          ),
        }}
      >
        {text}
      </ReactMarkdown>
    </Typography>
  );
}
