import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { asyncApi, type WxHost } from './host.js';

/**
 * The phone's file system as WeChat shows it to a mini-program: `wxfile://tmp_…` for temporary files (picked photos,
 * downloads) and `wxfile://store_…` for saved ones, kept in a folder of this machine.
 */
export class LocalFiles {
  private serial = 0;
  readonly opened: Array<{ filePath: string; fileType: string; bytes: number; head: string }> = [];

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** A new temporary file holding `bytes` (or a copy of a file of this machine). */
  temp(ext: string, source: Buffer | string): string {
    const name = `tmp_${++this.serial}${ext.startsWith('.') ? ext : `.${ext}`}`;
    if (typeof source === 'string') copyFileSync(source, join(this.dir, name));
    else writeFileSync(join(this.dir, name), source);
    return `wxfile://${name}`;
  }

  real(path: string): string {
    const m = /^wxfile:\/\/([\w.-]+)$/.exec(path);
    if (!m || !existsSync(join(this.dir, m[1]!))) throw new Error(`no such file or directory ${path}`);
    return join(this.dir, m[1]!);
  }

  exists(path: string): boolean {
    try {
      this.real(path);
      return true;
    } catch {
      return false;
    }
  }

  read(path: string): Buffer {
    return readFileSync(this.real(path));
  }

  apis(host: WxHost): Record<string, unknown> {
    const saveFile = (o: Record<string, unknown>) => {
      const source = this.real(String(o.tempFilePath));
      const saved = `wxfile://store_${++this.serial}${extname(source)}`;
      copyFileSync(source, join(this.dir, saved.slice('wxfile://'.length)));
      return { savedFilePath: saved };
    };
    const fs = {
      saveFile: asyncApi(host, 'FileSystemManager.saveFile', saveFile, (o) => String(o.tempFilePath)),
      removeSavedFile: asyncApi(host, 'FileSystemManager.removeSavedFile', (o) => (rmSync(this.real(String(o.filePath))), {}), (o) => String(o.filePath)),
      readFile: asyncApi(host, 'FileSystemManager.readFile', (o) => {
        const bytes = this.read(String(o.filePath));
        return { data: o.encoding ? bytes.toString(o.encoding as BufferEncoding) : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) };
      }),
      readFileSync: (path: string, encoding?: BufferEncoding) => {
        const bytes = this.read(path);
        host.record('FileSystemManager.readFileSync', path, true);
        return encoding ? bytes.toString(encoding) : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
      },
      access: asyncApi(host, 'FileSystemManager.access', (o) => (this.real(String(o.path)), {})),
      getFileInfo: asyncApi(host, 'FileSystemManager.getFileInfo', (o) => ({ size: statSync(this.real(String(o.filePath))).size })),
      stat: asyncApi(host, 'FileSystemManager.stat', (o) => ({ stats: { size: statSync(this.real(String(o.path))).size, isFile: () => true, isDirectory: () => false } })),
      unlink: asyncApi(host, 'FileSystemManager.unlink', (o) => (rmSync(this.real(String(o.filePath))), {})),
    };
    return {
      env: { USER_DATA_PATH: 'wxfile://usr' },
      getFileSystemManager: () => fs,
      getFileInfo: asyncApi(host, 'getFileInfo', (o) => ({ size: statSync(this.real(String(o.filePath))).size }), (o) => String(o.filePath)),
      // A phone re-encodes the photo; the runtime keeps its bytes (the server checks the image, not its quality).
      compressImage: asyncApi(host, 'compressImage', (o) => ({ tempFilePath: this.temp(extname(this.real(String(o.src))), this.real(String(o.src))) }), (o) => `quality ${String(o.quality)}`),
      openDocument: asyncApi(
        host,
        'openDocument',
        (o) => {
          const path = String(o.filePath);
          const bytes = this.read(path);
          const fileType = String(o.fileType ?? extname(path).slice(1));
          if (!['doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'pdf'].includes(fileType)) throw new Error(`fileType ${fileType} not supported`);
          // WeChat opens the file by its type: a PDF that is not a PDF fails to open on the phone.
          const head = bytes.subarray(0, 4).toString('latin1');
          if (fileType === 'pdf' && head !== '%PDF') throw new Error('file is not a pdf');
          if ((fileType === 'pptx' || fileType === 'docx' || fileType === 'xlsx') && head !== 'PK\u0003\u0004') throw new Error(`file is not a ${fileType}`);
          this.opened.push({ filePath: path, fileType, bytes: bytes.length, head });
          return {};
        },
        (o) => `${String(o.fileType)} ${String(o.filePath)}`,
      ),
    };
  }
}
