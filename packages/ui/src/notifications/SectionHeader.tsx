import Badge from '@atlaskit/badge';
import Button, { IconButton } from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline } from '@atlaskit/primitives';
import type { ReactNode } from 'react';

import { ChevronDownIcon, ChevronRightIcon } from '../components/icons.ts';
import { VisuallyHidden } from '../components/VisuallyHidden.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';

interface SectionHeaderProps {
  headingId: string;
  level: 'h2' | 'h3';
  /** Shown before the name, such as the account's avatar. */
  before?: ReactNode;
  name: string;
  /** The count badge's text, such as "12" or "999+". */
  countLabel: string;
  /** The count in words for screen readers. */
  countText: string;
  highlight: boolean;
  markAllLabel: string;
  onMarkAll: (() => void) | null;
  collapsed: boolean;
  onToggleCollapsed: () => void;
  /** The id of the region the collapse button shows and hides. */
  controls: string;
}

/** The heading of an account or product section: name, count, "mark all as read" and collapse. */
export function SectionHeader(props: SectionHeaderProps) {
  const { t } = useI18n();

  return (
    <Inline spread="space-between" alignBlock="center" space="space.100">
      <Inline space="space.100" alignBlock="center">
        <IconButton
          appearance="subtle"
          spacing="compact"
          icon={props.collapsed ? ChevronRightIcon : ChevronDownIcon}
          label={
            props.collapsed
              ? t('notifications.expandSection', { name: props.name })
              : t('notifications.collapseSection', { name: props.name })
          }
          aria-expanded={!props.collapsed}
          aria-controls={props.controls}
          onClick={props.onToggleCollapsed}
        />
        {props.before}
        <Heading
          size={props.level === 'h2' ? 'small' : 'xsmall'}
          as={props.level}
          id={props.headingId}
        >
          <Inline space="space.100" alignBlock="center" as="span">
            <span>{props.name}</span>
            <span aria-hidden="true">
              <Badge appearance={props.highlight ? 'primary' : 'default'}>{props.countLabel}</Badge>
            </span>
            <VisuallyHidden>{props.countText}</VisuallyHidden>
          </Inline>
        </Heading>
      </Inline>
      {props.onMarkAll ? (
        <Button appearance="subtle" spacing="compact" onClick={props.onMarkAll}>
          {props.markAllLabel}
        </Button>
      ) : null}
    </Inline>
  );
}
