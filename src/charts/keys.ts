/**
 * The step an arrow key takes through a list of items: Down and the inline-forward arrow +1, Up
 * and the inline-back arrow −1 (Left and Right swap in right-to-left text); undefined for any
 * other key.
 */
export const arrowStep = (key: string, rtl: boolean): number | undefined =>
  ({
    ArrowDown: 1,
    ArrowUp: -1,
    [rtl ? 'ArrowLeft' : 'ArrowRight']: 1,
    [rtl ? 'ArrowRight' : 'ArrowLeft']: -1,
  })[key];
