// The contract's player keys, whenever focus is not in a text field.
import { useEffect } from 'react';
import { isTextEntryTarget, playerCommandForKey, type PlayerCommand } from '../core/keys';
import type { PlayerStore } from '../core/store';
import { toggleFullscreen } from './controls';

/** Keys a focused native range input (the volume) uses for itself. */
const RANGE_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

export function useKeyboardShortcuts(store: PlayerStore, playerRef: React.RefObject<HTMLElement | null>, showKeys: () => void) {
  useEffect(() => {
    const run = (command: PlayerCommand) => {
      const player = store.getState();
      switch (command.type) {
        case 'togglePlay': return player.togglePlay();
        case 'seekBy': return player.seekBy(command.seconds);
        case 'seekToFraction': return player.seek(command.fraction * player.duration);
        case 'seekToStart': return player.seek(0);
        case 'seekToEnd': return player.seek(player.duration);
        case 'previousChapter': return player.previousChapter();
        case 'nextChapter': return player.nextChapter();
        case 'toggleMute': return player.toggleMute();
        case 'toggleFullscreen': return toggleFullscreen(playerRef.current?.querySelector('.player-stage') ?? null);
        case 'toggleCaptions': return player.setCaptions(!player.captionsOn);
        case 'changeRate': return player.stepPlaybackRate(command.direction);
        case 'showKeys': return showKeys();
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextEntryTarget(event.target)) return;
      // An open modal dialog (the keys list) owns the keyboard.
      if (document.querySelector('dialog[open]')) return;
      const target = event.target as HTMLElement | null;
      if (target?.tagName === 'INPUT' && (target as HTMLInputElement).type === 'range' && RANGE_KEYS.has(event.key)) return;
      const command = playerCommandForKey(event);
      if (!command) return;
      // Stops the page scrolling on Space and arrows, and Space pressing a focused button twice over.
      event.preventDefault();
      run(command);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store, playerRef, showKeys]);
}
