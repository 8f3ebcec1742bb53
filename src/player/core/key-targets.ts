// Where a key press lands, as the player's keys need to know it: on a control
// that Space presses, or in a field that takes typed text. Apart from the key
// table (keys.ts), which a page loads once wanted, for what needs to know
// before then (scroll-keys.ts).

/** Roles whose element Space presses, as everywhere on the web. */
const PRESSABLE_ROLES = new Set(['button', 'link', 'checkbox', 'switch', 'radio', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'tab', 'option']);

/**
 * Whether Space on this key press's target presses it (a button, a link, a
 * checkbox, a radio, a summary, or an element with such a role): then Space
 * belongs to the control, not to play/pause. Reads only `tagName`, `type`,
 * `href` and the `role` attribute, so it runs without a DOM.
 */
export function isPressableTarget(target: EventTarget | null): boolean {
  if (target === null || typeof target !== 'object') return false;
  const element = target as Partial<{ tagName: unknown; type: unknown; getAttribute: unknown; hasAttribute: unknown }>;
  if (typeof element.getAttribute === 'function') {
    const role: unknown = element.getAttribute.call(target, 'role');
    if (typeof role === 'string' && role !== '') return PRESSABLE_ROLES.has(role);
  }
  const tag = typeof element.tagName === 'string' ? element.tagName.toUpperCase() : '';
  if (tag === 'BUTTON' || tag === 'SUMMARY') return true;
  if (tag === 'A') return typeof element.hasAttribute === 'function' && element.hasAttribute.call(target, 'href') === true;
  if (tag === 'INPUT') {
    const type = typeof element.type === 'string' ? element.type.toLowerCase() : 'text';
    return PRESSABLE_INPUT_TYPES.has(type);
  }
  return false;
}

const PRESSABLE_INPUT_TYPES = new Set(['button', 'checkbox', 'radio', 'reset', 'submit', 'image', 'color', 'file']);

/** Input types that take no typed text, so the player's keys still work there. */
const NON_TEXT_INPUT_TYPES = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'hidden',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

const TEXT_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);

/**
 * Whether a key press's target takes typed text (the player's keys are
 * ignored there): text-like inputs, textareas, selects, editable content and
 * elements with a text-entry role. Reads only `tagName`, `type`,
 * `isContentEditable` and the `role` attribute, so it runs without a DOM.
 */
export function isTextEntryTarget(target: EventTarget | null): boolean {
  if (target === null || typeof target !== 'object') return false;
  const element = target as Partial<{
    tagName: unknown;
    type: unknown;
    isContentEditable: unknown;
    getAttribute: unknown;
  }>;
  if (element.isContentEditable === true) return true;
  const tag = typeof element.tagName === 'string' ? element.tagName.toUpperCase() : '';
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = typeof element.type === 'string' ? element.type.toLowerCase() : 'text';
    return !NON_TEXT_INPUT_TYPES.has(type);
  }
  if (typeof element.getAttribute === 'function') {
    const role: unknown = element.getAttribute.call(target, 'role');
    if (typeof role === 'string' && TEXT_ROLES.has(role)) return true;
  }
  return false;
}
