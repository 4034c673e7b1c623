// A user-driven UI test in a real VS Code (code-server + headless Chromium): open the demo
// draft with Ctrl+P, wait for squiggles, hover the squiggle of a wrong figure and read the
// hover, press Ctrl+. and apply the fix, save with Ctrl+S, then check the file ON DISK.
// The expected edit comes from the CLI (`dist/cli.js check --format json`, same engine).
// Screenshots of every step go to test-artifacts/e2e/ui-*.png.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ARTIFACTS, ROOT, checkPrerequisites, closeBrowser, launchBrowser, makeWorkspace, startCodeServer, waitFor, workbenchUrl,
} from './lib.mjs';

const SEL = {
  explorerDraft: '.explorer-folders-view .monaco-list-row[aria-label*="draft.md"]',
  quickInput: '.quick-input-widget input',
  editor: '.editor-instance .monaco-editor[data-uri$="draft.md"]',
  squiggle: '.squiggly-error',
  cursor: '.editor-instance .monaco-editor[data-uri$="draft.md"] .cursors-layer .cursor',
  hover: '.monaco-hover:not(.hidden) .monaco-hover-content',
  action: '.action-widget .monaco-list-row.action',
  dirtyTab: '.tabs-container .tab.active.dirty',
};

/** The first error-level figure.mismatch the CLI reports, with its preferred fix and the fixed text. */
function expectedFix(workspace) {
  let out;
  try {
    out = execFileSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', 'draft.md', '--format', 'json'],
      { cwd: workspace, encoding: 'utf8' });
  } catch (err) {
    out = err.stdout; // exit code 1 = findings at error severity
  }
  const findings = JSON.parse(out).files[0].findings;
  const finding = findings.find((f) => f.code === 'figure.mismatch' && f.fixes?.length > 0);
  if (!finding) throw new Error('the CLI reports no figure.mismatch with a fix in the demo draft');
  const fix = finding.fixes.find((f) => f.preferred) ?? finding.fixes[0];
  const original = readFileSync(join(workspace, 'draft.md'), 'utf8');
  const doc = TextDocument.create('file:///draft.md', 'markdown', 1, original);
  const fixed = TextDocument.applyEdits(doc, fix.edits);
  const figureEdit = fix.edits.find((e) => e.range.start.line === finding.range.start.line) ?? fix.edits[0];
  const sourceNumber = /\d[\d,.]*\d|\d/.exec(figureEdit.newText)?.[0];
  return { finding, fix, original, fixed, sourceNumber };
}

/**
 * Runs the UI scenario; resolves with the steps done, rejects at the first failed step.
 * Options (for checking the harness itself): extensionPath, workspace, and expected(workspace)
 * returning { finding, fix, original, fixed, sourceNumber } like expectedFix.
 */
export async function runUi({ extensionPath = ROOT, workspace, expected = expectedFix } = {}) {
  if (extensionPath === ROOT) checkPrerequisites();
  mkdirSync(ARTIFACTS, { recursive: true });
  workspace ??= makeWorkspace();
  const want = expected(workspace);
  let serverLog = '';
  const cs = await startCodeServer(workspace, { log: (s) => { serverLog += s; } });
  let context;
  const steps = [];
  let page;
  const step = async (name, fn) => {
    await fn();
    steps.push(name);
    await page.screenshot({ path: join(ARTIFACTS, `ui-${String(steps.length).padStart(2, '0')}-${name}.png`) });
    console.log(`  ✔ ${name}`);
  };
  try {
    context = await launchBrowser();
    page = context.pages()[0] ?? await context.newPage();
    await page.goto(workbenchUrl(cs.port, workspace, { extensionDevelopmentPath: extensionPath }));
    await step('workbench', () => page.locator(SEL.explorerDraft).waitFor({ timeout: 60_000 }));
    await step('open-draft', async () => {
      await page.locator('.monaco-workbench .part.editor').click();
      await page.keyboard.press('Control+P');
      await page.locator(SEL.quickInput).waitFor();
      await page.keyboard.type('draft.md');
      await page.locator('.quick-input-widget .monaco-list-row[aria-label*="draft.md"]').first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator(SEL.editor).waitFor();
    });
    await step('squiggles', () => page.locator(SEL.squiggle).first().waitFor({ timeout: 90_000 }));
    await step('hover', () => hoverFinding(page, want));
    await step('quick-fix-menu', () => openQuickFix(page, want));
    await step('fix-applied', async () => {
      await chooseAction(page, want.fix.title);
      await page.locator(SEL.dirtyTab).waitFor();
    });
    await step('saved', async () => {
      await page.keyboard.press('Control+S');
      // The editor truncates then writes the file: a read between the two sees it empty, so wait
      // for the write to finish (the content settles on the fix) before comparing.
      const read = () => readFileSync(join(workspace, 'draft.md'), 'utf8');
      await waitFor(() => read() !== want.original, 'the draft to be saved');
      const onDisk = await waitFor(() => (read() === want.fixed ? want.fixed : undefined), 'the saved draft to settle', 15_000).catch(() => read());
      if (onDisk !== want.fixed) {
        writeFileSync(join(ARTIFACTS, 'ui-draft-on-disk.md'), onDisk);
        throw new Error(`draft on disk differs from the CLI's fix "${want.fix.title}" (see ui-draft-on-disk.md)`);
      }
    });
    return steps;
  } catch (err) {
    await page?.screenshot({ path: join(ARTIFACTS, 'ui-failure.png') }).catch(() => {});
    throw new Error(`UI test failed after [${steps.join(', ')}]: ${err.message}`);
  } finally {
    await closeBrowser(context);
    await cs.stop();
    writeFileSync(join(ARTIFACTS, 'code-server-ui.log'), serverLog);
  }
}

/** Puts the cursor inside the finding (Ctrl+G line:col), hovers its squiggle, checks the hover. */
async function hoverFinding(page, want) {
  const { start } = want.finding.range;
  await page.keyboard.press('Control+G');
  await page.locator(SEL.quickInput).waitFor();
  await page.keyboard.type(`${start.line + 1}:${start.character + 2}`);
  await page.keyboard.press('Enter');
  const cursor = await waitFor(() => page.locator(SEL.cursor).first().boundingBox(), 'the cursor');
  const cx = cursor.x + cursor.width / 2;
  const cy = cursor.y + cursor.height / 2;
  const boxes = await Promise.all((await page.locator(SEL.squiggle).all()).map((l) => l.boundingBox()));
  const box = boxes.find((b) => b && b.x <= cx + 1 && cx - 1 <= b.x + b.width && b.y <= cy && cy <= b.y + b.height + 4);
  if (!box) throw new Error(`no error squiggle at line ${start.line + 1}`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const text = await waitFor(async () => {
    const t = (await page.locator(SEL.hover).allInnerTexts()).join('\n');
    return want.sourceNumber && t.includes(want.sourceNumber) ? t : undefined;
  }, `a hover mentioning the source value ${want.sourceNumber}`, 30_000);
  console.log(`    hover: ${text.replace(/\s+/g, ' ').slice(0, 200)}`);
}

/** Closes the hover and opens the quick-fix menu at the cursor; the fix's title must be listed. */
async function openQuickFix(page, want) {
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 5);
  await page.keyboard.press('Control+.');
  await page.locator(SEL.action).first().waitFor();
  const titles = await page.locator(SEL.action).allInnerTexts();
  if (!titles.some((t) => t.includes(want.fix.title))) {
    throw new Error(`quick fix "${want.fix.title}" not offered; menu: ${titles.join(' | ')}`);
  }
}

/** Moves the menu's focus (arrow keys: the menu blocks pointer events) to `title`, then Enter. */
async function chooseAction(page, title) {
  const focused = page.locator(`${SEL.action}.focused`);
  const count = await page.locator(SEL.action).count();
  for (let i = 0; i <= count; i++) {
    if ((await focused.getAttribute('aria-label').catch(() => null)) === title) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`could not focus "${title}" in the quick-fix menu`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  runUi().then(
    (steps) => { console.log(`e2e ui: passed (${steps.length} steps)`); },
    (err) => { console.error(`e2e ui: ${err.message}`); process.exitCode = 1; },
  );
}
