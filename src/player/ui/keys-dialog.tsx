// The `?` dialog: every player key, in a modal <dialog> (focus is trapped and Escape closes it natively).
import { useEffect, useRef } from 'react';
import { KEY_HELP } from '../core/key-help';
import { usePlayer } from './player-context';

export function KeysDialog() {
  const open = usePlayer((s) => s.keysOpen);
  const setKeysOpen = usePlayer((s) => s.setKeysOpen);
  const onClose = () => setKeysOpen(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current!;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={dialogRef}
      className="keys-dialog"
      aria-labelledby="keys-dialog-title"
      onClose={onClose}
      // A click on the backdrop lands on the dialog itself, outside its box: it closes, as a click outside any popup does.
      onClick={(event) => {
        if (event.target !== event.currentTarget) return;
        const box = event.currentTarget.getBoundingClientRect();
        const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
        if (!inside) onClose();
      }}
    >
      <h2 id="keys-dialog-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {KEY_HELP.map(({ keys, action }) => (
            <tr key={action}>
              <th scope="row">
                {keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ' or '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
