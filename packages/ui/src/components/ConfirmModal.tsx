import Button from '@atlaskit/button/new';
import Modal, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
} from '@atlaskit/modal-dialog';
import { Text } from '@atlaskit/primitives';

import { useI18n } from '../i18n/I18nProvider.tsx';

interface ConfirmModalProps {
  isOpen: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  appearance?: 'primary' | 'danger' | 'warning';
  isWorking?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}

/** Asks to confirm an action in a modal dialog. Cancel has focus first, because it is the safe choice. */
export function ConfirmModal({
  isOpen,
  title,
  body,
  confirmLabel,
  appearance = 'primary',
  isWorking = false,
  onConfirm,
  onCancel,
  testId,
}: ConfirmModalProps) {
  const { t } = useI18n();

  return (
    <ModalTransition>
      {isOpen ? (
        <Modal onClose={onCancel} testId={testId} width="small">
          <ModalHeader>
            <ModalTitle appearance={appearance === 'primary' ? undefined : appearance}>
              {title}
            </ModalTitle>
          </ModalHeader>
          <ModalBody>
            <Text as="p">{body}</Text>
          </ModalBody>
          <ModalFooter>
            <Button appearance="subtle" onClick={onCancel} autoFocus>
              {t('app.cancel')}
            </Button>
            <Button appearance={appearance} isLoading={isWorking} onClick={onConfirm}>
              {confirmLabel}
            </Button>
          </ModalFooter>
        </Modal>
      ) : null}
    </ModalTransition>
  );
}
