/** The kit's version, compared when a tag is already taken (the kit loaded twice on one page). */
export const VERSION = '0.1.0';

/**
 * Registers a tag once. A page that loads the kit twice (two bundles, two versions) keeps the
 * first registration instead of throwing, and is told when the second copy is another version.
 */
export function define(name: string, element: CustomElementConstructor & { version?: string }): void {
  const existing = customElements.get(name) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(name, element);
  } else if (existing !== element && existing.version !== element.version) {
    console.warn(
      `crm-widgets ${element.version}: <${name}> is already defined by ${existing.version ?? '?'}`,
    );
  }
}
