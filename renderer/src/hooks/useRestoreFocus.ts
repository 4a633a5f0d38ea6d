import { useEffect } from 'react';

/**
 * For a dialog or drawer the screen mounts only while open: antd cannot hand focus back when it is
 * unmounted, so a keyboard user closing it with Escape would land on the page body. This remembers the
 * element that had focus when it opened and returns focus there when it goes.
 */
export function useRestoreFocus(): void {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      // After the dialog's own focus handling, and only if the opener is still on the page.
      setTimeout(() => {
        if (opener?.isConnected) opener.focus();
      }, 0);
    };
  }, []);
}
