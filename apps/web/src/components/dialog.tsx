import { type ReactNode, useEffect, useId, useRef } from 'react';
import { t } from '../i18n';

/** A modal dialog on the native <dialog> element: focus trap, Escape and backdrop handled by the browser. */
export function Dialog({
  open,
  title,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  // One id per dialog: a page with several dialogs (submit, move) names each by its own title.
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button-ghost" onClick={onClose} aria-label={t.common.close}>
          ×
        </button>
      </header>
      {open && children}
    </dialog>
  );
}
