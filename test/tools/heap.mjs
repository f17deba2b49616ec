// Test-runner commands for the leak tests, through the page's DevTools protocol session:
//   executeServerCommand('heap')  garbage-collects (twice: weak callbacks run between) and returns
//                                 { usedSize, totalSize } of the page's JS heap, in bytes, with
//                                 Memory.getDOMCounters: { documents, nodes, jsEventListeners }

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function heapPlugin() {
  return {
    name: 'heap-command',
    async executeCommand({ command, session }) {
      if (command !== 'heap') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('heap needs the Chrome launcher');
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const heap = await cdp.send('Runtime.getHeapUsage');
        const dom = await cdp.send('Memory.getDOMCounters');
        return { usedSize: heap.usedSize, totalSize: heap.totalSize, ...dom };
      } finally {
        await cdp.detach();
      }
    },
  };
}
