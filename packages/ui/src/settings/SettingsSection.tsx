import Heading from '@atlaskit/heading';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import { type ReactNode, useId } from 'react';

const sectionStyles = xcss({
  padding: 'space.200',
  borderRadius: 'radius.large',
  backgroundColor: 'elevation.surface.raised',
  boxShadow: 'elevation.shadow.raised',
});

/** A titled group of settings. */
export function SettingsSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Box as="section" aria-labelledby={headingId} xcss={sectionStyles}>
      <Stack space="space.150">
        <Heading size="small" as="h2" id={headingId}>
          {title}
        </Heading>
        {children}
      </Stack>
    </Box>
  );
}
