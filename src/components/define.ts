// No import of Lit here: each element's index imports this module first, so the listener below is
// in place before Lit's module runs.

/**
 * Trusted Types: when Lit's module loads it creates a policy named `lit-html`, and a page whose
 * Content-Security-Policy refuses that name (`trusted-types 'none'`, or a list without it) makes
 * that throw, so no element is defined. Lit cannot render without its policy; this says why, and
 * what the page's policy needs, instead of leaving a bare TypeError from inside Lit.
 */
if (typeof document == 'object' && 'trustedTypes' in globalThis)
  document.addEventListener('securitypolicyviolation', (e) => {
    if (e.violatedDirective == 'trusted-types' && e.sample == 'lit-html')
      console.error(
        "crm-widgets: this page's Content-Security-Policy refuses the Trusted Types policy lit-html, which its elements need to render: add `trusted-types lit-html` to it.",
      );
  });

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
