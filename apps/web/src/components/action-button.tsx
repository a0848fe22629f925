import type { ReactNode } from 'react';

/** A button that runs an action (`useAction`), disabled while it runs. */
export function ActionButton({
  action,
  className,
  children,
}: {
  action: { pending: boolean; run: () => Promise<unknown> };
  className: string;
  children: ReactNode;
}) {
  return (
    <button type="button" className={className} disabled={action.pending} onClick={() => void action.run()}>
      {children}
    </button>
  );
}
