import { Box } from '@atlaskit/primitives';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';

import { useFeedContext } from './feed-context.ts';
import { NotificationRow } from './NotificationRow.tsx';

/** Estimated row height in px before a row is measured. */
const estimatedRowHeight = 96;

interface VirtualFeedProps {
  ids: readonly string[];
  /** The id of the heading that names this list. */
  labelledBy: string;
  busy: boolean;
}

/**
 * Renders rows as an ARIA feed whose articles carry their position, drawing only the rows near
 * the viewport so long lists scroll smoothly. The page scrolls, so the list measures its own
 * offset from the top of the document on every render.
 */
export function VirtualFeed({ ids, labelledBy, busy }: VirtualFeedProps) {
  const { focusRequest } = useFeedContext();
  const listRef = useRef<HTMLDivElement>(null);
  const [offset, setOffset] = useState(0);

  useLayoutEffect(() => {
    const top = (listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (Math.abs(top - offset) > 1) {
      setOffset(top);
    }
  });

  const virtualizer = useWindowVirtualizer({
    count: ids.length,
    estimateSize: () => estimatedRowHeight,
    overscan: 6,
    scrollMargin: offset,
    getItemKey: (index) => ids[index] ?? index,
  });

  const focusIndex = focusRequest ? ids.indexOf(focusRequest.id) : -1;
  useLayoutEffect(() => {
    if (focusIndex >= 0) {
      virtualizer.scrollToIndex(focusIndex, { align: 'auto' });
    }
  }, [focusIndex, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const first = items[0];

  return (
    <Box ref={listRef} role="feed" aria-labelledby={labelledBy} aria-busy={busy}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        <div
          style={{
            position: 'absolute',
            insetInline: 0,
            top: 0,
            transform: `translateY(${(first?.start ?? 0) - virtualizer.options.scrollMargin}px)`,
          }}
        >
          {items.map((item) => (
            <div key={item.key} data-index={item.index} ref={virtualizer.measureElement}>
              <NotificationRow
                id={ids[item.index] as string}
                position={item.index + 1}
                setSize={ids.length}
              />
            </div>
          ))}
        </div>
      </div>
    </Box>
  );
}
