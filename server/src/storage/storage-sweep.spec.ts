import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from '@jest/globals';
import { Clock } from '../common/clock.js';
import type { AppConfig } from '../config/app-config.js';
import { StorageService } from './storage.service.js';

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

describe('temp files left by a process that died mid-upload', () => {
  const root = mkdtempSync(join(tmpdir(), 'cacem-sweep-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const service = () => new StorageService({ storage: { dir: root, uploadConcurrency: 4 }, http: { uploadsPerAccount: 4 }, jwt: { secret: 'sweep-test-secret-sweep-test-secret-0123' } } as AppConfig, new Clock());

  it('removes a dead local process’s folder and anything stale, keeps live uploads and every stored object', async () => {
    const storage = service();
    // Our own folder, named <host>-<pid>-<random>: gives this host's name as the sweep sees it.
    const own = await storage.receive(Readable.from([Buffer.from('in progress')]), { maxBytes: 1024 });
    const ownFolder = readdirSync(join(root, 'tmp'))[0]!;
    const host = /^(.+)-\d+-[0-9a-f]{8}$/.exec(ownFolder)![1]!;
    const deadPid = spawnSync(process.execPath, ['-e', '0']).pid!;
    const put = (path: string, ageMs = 0) => {
      const full = join(root, 'tmp', path);
      mkdirSync(join(full, '..'), { recursive: true });
      writeFileSync(full, 'partial bytes');
      const at = new Date(Date.now() - ageMs);
      utimesSync(full, at, at);
    };
    put(`${host}-${deadPid}-0badc0de/a-fresh-partial-upload`);
    put(`${host}-${process.ppid}-0000beef/a-live-upload-of-a-neighbour`);
    put('other_host-4242-12345678/a-live-upload-on-another-host');
    put('other_host-4242-12345678/abandoned-two-hours-ago', 2 * 3600_000);
    put('left-by-an-older-version', 2 * 3600_000);
    put('other_host-77-87654321/left-two-days-ago', 48 * 3600_000);
    utimesSync(join(root, 'tmp', 'other_host-77-87654321'), new Date(Date.now() - 48 * 3600_000), new Date(Date.now() - 48 * 3600_000));
    put('being-written-by-an-older-version');
    const stored = await (await storage.receive(Readable.from([Buffer.from('a committed photo')]), { maxBytes: 1024 })).commit();

    expect(await service().sweepTemp()).toBe(4);
    expect(files(join(root, 'tmp'))).toEqual(
      [
        `${host}-${process.ppid}-0000beef/a-live-upload-of-a-neighbour`,
        `${ownFolder}/${own.tempPath.split('/').pop()}`,
        'being-written-by-an-older-version',
        'other_host-4242-12345678/a-live-upload-on-another-host',
      ].sort(),
    );
    expect(readdirSync(join(root, 'tmp'))).not.toContain('other_host-77-87654321');
    expect(files(join(root, 'objects'))).toEqual([stored.key.slice('objects/'.length)]);
    // The upload in progress in the sweeping process's own folder still commits.
    expect((await own.commit()).size).toBe(11);
  });
});
