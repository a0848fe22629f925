import { type ReactNode, useEffect, useRef } from 'react';
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
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="dialog-title" onClose={onClose}>
      <header className="dialog-header">
        <h2 id="dialog-title">{title}</h2>
        <button type="button" className="button-ghost" onClick={onClose} aria-label={t.common.close}>
          ×
        </button>
      </header>
      {open && children}
    </dialog>
  );
}
