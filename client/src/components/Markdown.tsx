import { Typography } from '@mantine/core';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import classes from './Markdown.module.css';

// Links open in a new tab (so the page stays open); raw HTML is never rendered (react-markdown's
// default), and unsafe URLs (javascript: and the like) are dropped by its default URL transform.
const COMPONENTS: Components = {
  a: ({ node: _node, children, ...props }) => (
    <a {...props} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ),
  table: ({ node: _node, ...props }) => (
    <div style={{ overflowX: 'auto' }}>
      <table {...props} />
    </div>
  ),
};

interface MarkdownProps {
  /** The Markdown source. */
  text: string;
  /**
   * `notes`: small text that wraps anywhere, with `empty` shown in its place when blank (1:1 notes);
   * `document`: a document inside a page, its headings sized for that (the promotion case).
   */
  variant?: 'notes' | 'document';
  empty?: string;
  testId?: string;
}

/** Markdown with GitHub tables, in the app's typography: the one renderer of user-written text. */
export function Markdown({ text, variant = 'notes', empty = 'Nothing written yet.', testId }: MarkdownProps) {
  if (variant === 'notes' && text.trim() === '') {
    return (
      <Typography c="dimmed" fz="sm" fs="italic" data-testid={testId}>
        <p>{empty}</p>
      </Typography>
    );
  }
  const look =
    variant === 'notes' ? { fz: 'sm', style: { overflowWrap: 'anywhere' as const } } : { className: classes.markdown };
  return (
    <Typography {...look} data-testid={testId}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} components={COMPONENTS}>
        {text}
      </ReactMarkdown>
    </Typography>
  );
}
