import { Fragment } from 'react';

import { Code } from './Code.tsx';

/**
 * Shows engine text with its `backtick` spans as code, for hints such as "Run `atlassify start`".
 * Everything stays React text, and an unpaired backtick is shown as written.
 */
export function InlineCodeText({ text }: { text: string }) {
  const parts = text.split('`');
  if (parts.length < 3 || parts.length % 2 === 0) {
    return <>{text}</>;
  }
  return (
    <>
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one string never reorder.
        <Fragment key={index}>{index % 2 === 1 ? <Code>{part}</Code> : part}</Fragment>
      ))}
    </>
  );
}
