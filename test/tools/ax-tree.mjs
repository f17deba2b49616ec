// A test-runner command giving a test the page's whole accessibility tree, as a screen reader
// gets it: the runner's own a11ySnapshot keeps only "interesting" nodes and drops tables, rows
// and cells, which tests of a data table need.
//   browser side: executeServerCommand('ax-tree')  (see test/components/harness.ts, axTree)

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function axTreePlugin() {
  return {
    name: 'ax-tree-command',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('ax-tree needs the Chrome launcher');
      const page = session.browser.getPage(session.id);
      return page.accessibility.snapshot({ interestingOnly: false });
    },
  };
}
