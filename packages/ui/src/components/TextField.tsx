import { Label } from '@atlaskit/form';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { ReactNode, Ref } from 'react';
import { InlineCodeText } from './InlineCodeText.tsx';
import { StatusErrorIcon } from './icons.ts';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  placeholder?: string;
  helper?: ReactNode;
  error?: string | null;
  /** The next step for the error, shown after it. */
  errorHint?: string | undefined;
  isDisabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** Renders a labelled text input with an optional helper line and an inline error tied to the input. */
export function TextField({
  id,
  label,
  value,
  onChange,
  type = 'text',
  autoComplete,
  placeholder,
  helper,
  error,
  errorHint,
  isDisabled,
  inputRef,
}: TextFieldProps) {
  const helperId = `${id}-helper`;
  const errorId = `${id}-error`;
  const describedBy = [helper ? helperId : null, error ? errorId : null].filter(Boolean).join(' ');

  return (
    <Stack space="space.050">
      <Label htmlFor={id}>{label}</Label>
      <Textfield
        id={id}
        name={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        placeholder={placeholder}
        isInvalid={Boolean(error)}
        isDisabled={isDisabled}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.currentTarget.value)}
        ref={inputRef}
      />
      {helper ? (
        <Box id={helperId}>
          <Text size="small" color="color.text.subtle">
            {helper}
          </Text>
        </Box>
      ) : null}
      {error ? (
        <Inline space="space.050" alignBlock="center" testId={errorId}>
          <StatusErrorIcon label="" color={token('color.icon.danger')} size="small" />
          <Text id={errorId} size="small" color="color.text.danger">
            <InlineCodeText text={errorHint ? `${error} ${errorHint}` : error} />
          </Text>
        </Inline>
      ) : null}
    </Stack>
  );
}
