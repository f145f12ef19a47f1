import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The question asked before something that cannot be undone (removing, giving up). It takes focus, so a
 * keyboard or screen reader lands on it; the first button does it, the second leaves things as they were.
 */
export function ConfirmQuestion({
  label,
  children,
  confirmText,
  keepText,
  isPending,
  onConfirm,
  onKeep,
}: {
  label: string;
  children: ReactNode;
  confirmText: string;
  keepText: string;
  isPending: boolean;
  onConfirm: () => void;
  onKeep: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="notice" role="group" aria-label={label} tabIndex={-1} ref={ref}>
      <p>{children}</p>
      <div className="button-row">
        <button type="button" className="button" disabled={isPending} onClick={onConfirm}>
          {confirmText}
        </button>
        <button type="button" className="button button--secondary" onClick={onKeep}>
          {keepText}
        </button>
      </div>
    </div>
  );
}
