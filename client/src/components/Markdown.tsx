import { Typography } from '@mantine/core';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import classes from './Markdown.module.css';

// Links open in a new tab; raw HTML is never rendered (react-markdown's default), and
// unsafe URLs (javascript: and the like) are dropped by its default URL transform.
const COMPONENTS: Components = {
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer" />,
  table: ({ node: _node, ...props }) => (
    <div style={{ overflowX: 'auto' }}>
      <table {...props} />
    </div>
  ),
};

/** Markdown with GitHub tables, in the app's typography. */
export function Markdown({ children, testId }: { children: string; testId?: string }) {
  return (
    <Typography className={classes.markdown} data-testid={testId}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} components={COMPONENTS}>
        {children}
      </ReactMarkdown>
    </Typography>
  );
}
