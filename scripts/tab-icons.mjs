#!/usr/bin/env node
// The tab bar's icons (WeChat wants PNG files for them, 81×81): NutUI's outline icons for the tabs, filled for the
// selected one, in the tab bar's two colours (miniapp/src/app.config.ts), drawn by Chromium into
// miniapp/src/assets/tab/. Run again after changing an icon or a colour: `node scripts/tab-icons.mjs`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'miniapp/src/assets/tab');
const ICONS = join(dirname(createRequire(import.meta.url).resolve('@nutui/icons-react-taro')), '../es/icons');
const COLOR = '#4e5969';
const SELECTED = '#1f4e8c';
const TABS = [
  { file: 'home', icon: 'Home', selected: 'HomeF' },
  { file: 'records', icon: 'Edit', selected: 'EditF' },
  { file: 'inbox', icon: 'Message', selected: 'MessageF' },
];

/** The icon's SVG, as NutUI ships it (a base64 data URL in its component), in one colour. */
function svgOf(name, color) {
  const source = readFileSync(join(ICONS, `${name}.js`), 'utf8');
  const base64 = /svg64: "data:image\/svg\+xml;base64,([^"]+)"/.exec(source)?.[1];
  if (!base64) throw new Error(`no SVG in NutUI's ${name} icon`);
  return Buffer.from(base64, 'base64').toString('utf8').replace(/fill="#[0-9a-fA-F]{3,6}"/g, `fill="${color}"`);
}

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 81, height: 81 }, deviceScaleFactor: 1 });
  for (const tab of TABS) {
    for (const [suffix, name, color] of [['', tab.icon, COLOR], ['-active', tab.selected, SELECTED]]) {
      const svg = svgOf(name, color).replace('<svg ', '<svg width="69" height="69" ');
      await page.setContent(`<html><body style="margin:0;background:transparent"><div style="padding:6px;line-height:0">${svg}</div></body></html>`);
      const path = join(OUT, `${tab.file}${suffix}.png`);
      writeFileSync(path, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: 81, height: 81 } }));
      console.log(`wrote ${path.slice(ROOT.length + 1)}`);
    }
  }
} finally {
  await browser.close();
}
