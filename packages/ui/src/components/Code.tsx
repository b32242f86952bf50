import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';

const codeStyle = {
  fontFamily: token('font.family.code'),
  fontSize: '0.875em',
  backgroundColor: token('color.background.neutral'),
  borderRadius: token('radius.small'),
  paddingInline: token('space.050'),
  overflowWrap: 'anywhere',
} as const;

/** Renders inline code, such as a scope or a URL to copy. */
export function Code({ children }: { children: ReactNode }) {
  return <code style={codeStyle}>{children}</code>;
}
