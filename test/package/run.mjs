// The packed tarball, tested as users install it (`npm run test:package`, after `npm run build`).
//
// `npm pack`, then one fresh app per framework in a temporary folder outside the repository (its
// node_modules are out of reach), each installing the tarball and its framework from the registry:
// a plain HTML page loading dist/crm-widgets.js, React 19 + TypeScript + Vite, Vue 3 + vue-tsc +
// Vite, Svelte 5 + svelte-check + Vite, and Angular 21 (tsc, Vite, the template compiled JIT). The
// components are the README's snippets (test/package/apps.mjs), so the README is what is tested.
// Each typechecks with zero errors (and, where the package has types for the framework, a file
// of wrong usages must fail on each wrong line), builds, and renders in headless Chromium (the
// installed one, through playwright-core): every element defined, charts `state="ready"`,
// surveys showing their scale, the app's event handlers run, no console error.
//
// npm's cache is the usual one (or $npm_config_cache), and installs prefer it, so a second run
// downloads nothing. KEEP=1 keeps the temporary folder. Exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../tools/chrome.mjs';
import { apps, CHARTS, SURVEYS } from './apps.mjs';
import { serve } from './serve.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const only = process.argv.slice(2);
const selected = only.length ? apps.filter((app) => only.includes(app.name)) : apps;
const failures = [];
/** @type {Record<string, Record<string, string>>} */
const summary = {};

const fail = (app, message) => {
  failures.push(`${app}: ${message}`);
  console.error(`  FAIL ${app}: ${message}`);
};
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)}s`;

/** The environment of a user's shell: none of the npm_* variables `npm run` sets for this repo. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^npm_/i.test(key) || /^npm_config_(cache|registry|userconfig)$/i.test(key),
  ),
);
delete env.INIT_CWD;

function run(cmd, args, cwd) {
  const result = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { code: result.status ?? 1, out: `${result.stdout}${result.stderr}` };
}

/** The README's snippets by app: `<!-- test:package react/src/Dashboard.tsx -->` then a fence. */
function readmeSnippets() {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const snippets = new Map();
  for (const m of readme.matchAll(/<!-- test:package (\S+) -->\s*\n(`{3,})[^\n]*\n([\s\S]*?)\n\2\n/g)) {
    const [, target, , code] = m;
    if (snippets.has(target)) throw new Error(`README.md has two snippets for ${target}`);
    snippets.set(target, `${code}\n`);
  }
  return snippets;
}

/** Errors of `tsc --pretty false` / `vue-tsc`: `file(line,col): error TSn: message` and its indented lines. */
function tscErrors(out) {
  const errors = [];
  for (const line of out.split('\n')) {
    const m = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line);
    if (m) errors.push({ file: m[1], line: Number(m[2]), code: m[4], text: line });
    else if (errors.length && /^\s+\S/.test(line)) errors.at(-1).text += `\n${line}`;
    else if (/error TS\d+/.test(line)) errors.push({ file: '', line: 0, code: '', text: line });
  }
  return errors;
}

/** Errors and warnings of `svelte-check --output machine`, and its COMPLETED line's counts. */
function svelteCheckErrors(out) {
  const errors = out
    .split('\n')
    .filter((line) => /^\d+ (ERROR|WARNING) /.test(line))
    .map((text) => ({ file: '', line: 0, code: '', text }));
  const done = /COMPLETED \d+ FILES (\d+) ERRORS (\d+) WARNINGS/.exec(out);
  if (!done) errors.push({ file: '', line: 0, code: '', text: `svelte-check did not complete:\n${out}` });
  else if (errors.length === 0 && Number(done[1]) + Number(done[2]) > 0)
    errors.push({ file: '', line: 0, code: '', text: done[0] });
  return errors;
}

function typecheck(app, dir, args) {
  const { bin, format } = app.typecheck;
  const { out } = run(join(dir, 'node_modules', '.bin', bin), args, dir);
  return format === 'svelte-check' ? svelteCheckErrors(out) : tscErrors(out);
}

/** What the page shows of every element the app uses (evaluated in the page). */
function pageState({ elements, charts, surveys }) {
  return elements.map((tag) => {
    const nodes = [...document.querySelectorAll(tag)];
    const root = nodes[0]?.shadowRoot;
    return {
      tag,
      defined: customElements.get(tag) !== undefined,
      count: nodes.length,
      states: nodes.map((n) => n.getAttribute('state')),
      error: root?.querySelector('[part~="error"]')?.textContent?.trim() ?? '',
      ready: charts.includes(tag)
        ? nodes.length > 0 && nodes.every((n) => n.getAttribute('state') === 'ready')
        : surveys.includes(tag)
          ? nodes.length > 0 &&
            nodes.every(
              (n) => (n.shadowRoot?.querySelectorAll('[part~="scale"] [role="radio"]').length ?? 0) > 1,
            )
          : false,
    };
  });
}

async function render(browser, app, root) {
  const server = await serve(root);
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  try {
    await page.goto(server.url, { waitUntil: 'load' });
    const arg = { elements: app.elements, charts: CHARTS, surveys: SURVEYS };
    let state = [];
    const deadline = Date.now() + 20_000;
    do {
      state = await page.evaluate(pageState, arg);
      if (state.every((s) => s.ready)) break;
      await page.waitForTimeout(100);
    } while (Date.now() < deadline);
    for (const s of state.filter((s) => !s.ready)) {
      problems.push(
        `<${s.tag}> not ready: ${s.count} in the page, ${s.defined ? 'defined' : 'NOT defined'}, state ${JSON.stringify(s.states)}${s.error ? `, error "${s.error}"` : ''}`,
      );
    }
    if (app.status && problems.length === 0) {
      const status = page.locator('.status');
      if (app.status.loaded) {
        await status
          .filter({ hasText: app.status.loaded })
          .waitFor({ timeout: 5000 })
          .catch(() => {});
        const text = await status.textContent();
        if (!text?.includes(app.status.loaded))
          problems.push(
            `the crm-data handler did not run: .status reads "${text}", not "${app.status.loaded}"`,
          );
      }
      await page.locator('nps-survey [role="radio"][data-score="9"]').click();
      await status
        .filter({ hasText: app.status.answered })
        .waitFor({ timeout: 5000 })
        .catch(() => {});
      const text = await status.textContent();
      if (!text?.includes(app.status.answered))
        problems.push(
          `the nps-score handler did not run: .status reads "${text}", not "${app.status.answered}"`,
        );
    }
  } finally {
    await page.close();
    await server.close();
  }
  return problems;
}

/** No node_modules above the work folder: the apps must not reach any but their own. */
function assertIsolated(dir) {
  for (let d = dirname(dir); ; d = dirname(d)) {
    if (existsSync(join(d, 'node_modules')))
      throw new Error(
        `${d}/node_modules is reachable from ${dir}: set TMPDIR to a folder with none above it`,
      );
    if (d === parse(d).root) return;
  }
}

async function main() {
  const started = Date.now();
  for (const file of ['dist/crm-widgets.js', 'dist/index.js', 'dist/types/jsx.d.ts', 'dist/types/vue.d.ts']) {
    if (!existsSync(join(repo, file))) {
      console.error(`${file} is missing: run \`npm run build\` first (npm run test:package does).`);
      process.exit(1);
    }
  }
  const snippets = readmeSnippets();
  const work = mkdtempSync(join(tmpdir(), 'crm-widgets-package-'));
  assertIsolated(work);
  console.log(`work folder: ${work}`);

  // The tarball, and every path its package.json points to inside it.
  let t = Date.now();
  const packed = run('npm', ['pack', '--json', '--pack-destination', work], repo);
  if (packed.code !== 0) throw new Error(`npm pack failed:\n${packed.out}`);
  const [info] = JSON.parse(packed.out.slice(packed.out.indexOf('[')));
  const tarball = join(work, info.filename);
  const inTarball = new Set(info.files.map((f) => f.path));
  const targets = [pkg.types, pkg.customElements];
  const walk = (v) => (typeof v === 'string' ? targets.push(v) : Object.values(v).forEach(walk));
  walk(pkg.exports);
  const missing = [...new Set(targets)].map((p) => p.replace(/^\.\//, '')).filter((p) => !inTarball.has(p));
  if (missing.length) fail('pack', `package.json points to files not in the tarball: ${missing.join(', ')}`);
  const stray = [...inTarball].filter(
    (p) => !p.startsWith('dist/') && !/^(package\.json|README\.md|LICENSE)/.test(p),
  );
  if (stray.length) fail('pack', `unexpected files in the tarball: ${stray.join(', ')}`);
  console.log(
    `packed ${info.filename}: ${info.files.length} files, ${(info.size / 1024).toFixed(0)} kB (${seconds(t)})`,
  );

  const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
  try {
    for (const app of selected) {
      const row = (summary[app.name] = {
        install: '-',
        'type errors': '-',
        'wrong usages': '-',
        build: '-',
        render: '-',
      });
      const dir = join(work, app.name);
      console.log(`\n== ${app.name}`);
      const write = (path, text) => {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      };
      write(
        'package.json',
        `${JSON.stringify(
          {
            name: `crm-widgets-${app.name}-app`,
            private: true,
            type: 'module',
            dependencies: { 'crm-widgets': `file:${tarball}`, ...app.deps },
          },
          null,
          2,
        )}\n`,
      );
      for (const [path, text] of Object.entries(app.files)) write(path, text);
      for (const path of app.snippets) {
        const snippet = snippets.get(`${app.name}/${path}`);
        if (!snippet) {
          fail(app.name, `README.md has no snippet <!-- test:package ${app.name}/${path} -->`);
          continue;
        }
        write(path, snippet);
      }

      t = Date.now();
      const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], dir);
      row.install = seconds(t);
      console.log(`install: ${row.install}`);
      if (install.code !== 0) {
        fail(app.name, `npm install failed:\n${install.out}`);
        continue;
      }
      const scriptWarnings = install.out.split('\n').filter((l) => /install script|allowScripts/i.test(l));
      if (scriptWarnings.length) fail(app.name, `install-script warnings:\n${scriptWarnings.join('\n')}`);

      if (app.typecheck) {
        t = Date.now();
        const errors = typecheck(app, dir, app.typecheck.args);
        row['type errors'] = `${errors.length} (${app.typecheck.bin} ${seconds(t)})`;
        console.log(`${app.typecheck.bin}: ${errors.length} errors (${seconds(t)})`);
        if (errors.length)
          fail(app.name, `${errors.length} type errors:\n${errors.map((e) => e.text).join('\n')}`);
      }

      if (app.wrong) {
        for (const [path, text] of Object.entries(app.wrong.files)) write(path, text);
        const errors = typecheck(app, dir, app.wrong.args);
        const lost = [];
        for (const expected of app.wrong.expected) {
          const lines = readFileSync(join(dir, expected.file), 'utf8').split('\n');
          const line = lines.findIndex((l) => l.includes(expected.line)) + 1;
          const hit = errors.some(
            (e) => e.file.endsWith(expected.file) && e.line === line && expected.pattern.test(e.text),
          );
          if (!hit)
            lost.push(
              `${expected.file}:${line} (${lines[line - 1]?.trim()}) gave no error matching ${expected.pattern}`,
            );
        }
        const elsewhere = errors.filter((e) => !app.wrong.expected.some((x) => e.file.endsWith(x.file)));
        row['wrong usages'] =
          `${app.wrong.expected.length - lost.length}/${app.wrong.expected.length} caught`;
        console.log(`wrong usages: ${row['wrong usages']} (${errors.length} errors)`);
        if (lost.length)
          fail(
            app.name,
            `the types let wrong usages through:\n${lost.join('\n')}\n${errors.map((e) => e.text).join('\n')}`,
          );
        if (elsewhere.length)
          fail(app.name, `errors outside the wrong file:\n${elsewhere.map((e) => e.text).join('\n')}`);
        for (const path of Object.keys(app.wrong.files)) rmSync(join(dir, path));
      }

      if (app.build) {
        t = Date.now();
        const build = run(join(dir, 'node_modules', '.bin', app.build[0]), app.build.slice(1), dir);
        row.build = build.code === 0 ? `ok ${seconds(t)}` : 'FAILED';
        console.log(`build: ${row.build}`);
        if (build.code !== 0) {
          fail(app.name, `${app.build.join(' ')} failed:\n${build.out}`);
          continue;
        }
      }

      if (app.serve) {
        t = Date.now();
        const problems = await render(browser, app, join(dir, app.serve));
        row.render = problems.length ? 'FAILED' : `ok ${seconds(t)} (${app.elements.length} elements)`;
        console.log(`render: ${row.render}`);
        if (problems.length) fail(app.name, `in Chromium:\n${problems.join('\n')}`);
      }
      if (app.note) row.note = app.note;
    }
  } finally {
    await browser.close();
    if (process.env.KEEP) console.log(`\nkept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }

  console.log(`\n== summary (${seconds(started)})`);
  for (const [name, row] of Object.entries(summary)) {
    const { note, ...cells } = row;
    console.log(
      `${name.padEnd(8)} ${Object.entries(cells)
        .map(([k, v]) => `${k}: ${v}`)
        .join(' | ')}${note ? `\n         (${note})` : ''}`,
    );
  }
  if (failures.length) {
    console.error(
      `\n${failures.length} failure(s):\n${failures.map((f) => `- ${f.split('\n')[0]}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log('\nthe packed tarball works in every app');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
