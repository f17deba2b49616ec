// A page's first import of the all-in-one (src/bundle.ts) and of the package's main entry: no
// import of Lit here, so that the listener below is in place before Lit's module runs.

/**
 * Trusted Types: when Lit's module loads it creates a policy named `lit-html`, and a page whose
 * Content-Security-Policy refuses that name (`trusted-types 'none'`, or a list without it) makes
 * that throw, so no element is defined. Lit cannot render without its policy; this says why and
 * what the page's policy needs, instead of leaving a bare TypeError from inside Lit.
 */
if ('trustedTypes' in globalThis)
  document.addEventListener('securitypolicyviolation', (e) => {
    if (e.sample == 'lit-html')
      console.error(
        "crm-widgets: add `trusted-types lit-html` to the page's Content-Security-Policy: its elements need that policy to render.",
      );
  });

export {};
