import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { allCampaigns } from '../campaign/index.js';

// What 材料查重 never counts as anyone's text: the notice and Annex 1, and every campaign's rubric wording.

/** The notice's paragraphs from config/similarity-boilerplate.txt (lines starting with # are comments). */
export function noticeBoilerplate(configDir: string, warn: (message: string) => void): string[] {
  let notice = '';
  try {
    notice = readFileSync(join(configDir, 'similarity-boilerplate.txt'), 'utf8').replace(/^#.*$/gm, '');
  } catch {
    warn('config/similarity-boilerplate.txt not found: only the rubrics are discounted as boilerplate');
  }
  return notice.split(/\n\s*\n/).filter((p) => p.trim());
}

/** Every campaign's rubric: category titles, and each item's title with its guidance. */
export async function rubricBoilerplate(dataSource: DataSource): Promise<string[]> {
  const texts: string[] = [];
  for (const campaign of await allCampaigns(dataSource.manager)) {
    for (const rubric of Object.values(campaign.settings.rubrics)) {
      for (const category of rubric.categories) {
        texts.push(category.title);
        for (const item of category.items) texts.push(`${item.title}\n${item.guidance ?? ''}`);
      }
    }
  }
  return texts;
}
