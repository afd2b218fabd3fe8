import { HttpStatus } from '@nestjs/common';
import CFB from 'cfb';
import yauzl from 'yauzl';
import { DomainException } from '../../common/domain.exception.js';
import { parseSandbox } from '../../common/parse-sandbox/parse-sandbox.js';
import type { SniffedType } from '../../storage/storage.service.js';
import type { MaterialKind } from './material.entity.js';

export const PDF_MIME = 'application/pdf';
export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
export const PPT_MIME = 'application/vnd.ms-powerpoint';

const EXPECTED: Record<MaterialKind, string> = { pdf: 'PDF 文件', ppt: 'PPT 或 PPTX 文件' };

const encrypted = () => new DomainException('FILE_ENCRYPTED', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'file' });
const unreadable = () => new DomainException('FILE_UNREADABLE', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'file' });
const bomb = (what: string) =>
  new DomainException('FILE_COMPRESSION_BOMB', HttpStatus.UNPROCESSABLE_ENTITY, {
    field: 'file',
    message: `文件解压后的内容异常（${what}），疑似“压缩炸弹”，已拒收；请用 Office/WPS 打开后重新另存，再上传`,
  });
const parseLimit = () => new DomainException('FILE_PARSE_LIMIT', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'file' });

const MiB = 1024 * 1024;

/**
 * What a real Office file stays within, read from the zip's central directory alone (nothing is unpacked): a deck of
 * 300 slides with pictures has about 1,000 entries and unpacks to about its own size plus a few MB of XML; XML
 * compresses 10–30×, pictures hardly at all. A compression bomb is far outside: thousands of entries, or entries that
 * shrank several hundred times (a run of one byte deflates about 1,000×), or gigabytes once unpacked.
 */
export const ZIP_LIMITS = {
  entries: 10_000,
  /** An entry larger than this once unpacked … */
  bigEntryBytes: 1 * MiB,
  /** … that shrank by more than this ratio is a bomb. */
  bigEntryRatio: 200,
  /** All entries once unpacked. */
  totalBytes: 1024 * MiB,
};

function mismatch(kind: MaterialKind, found: string | null): DomainException {
  const what = found ? `收到的文件内容是 ${found}` : '无法识别收到的文件类型';
  return new DomainException('FILE_TYPE_MISMATCH', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'file', message: `应上传 ${EXPECTED[kind]}，${what}` });
}

/**
 * Checks an uploaded file by its content against the slot it was sent to (第七条: PDF and PPT versions) and
 * returns its real content type. Throws FILE_TYPE_MISMATCH, FILE_ENCRYPTED or FILE_UNREADABLE.
 */
export async function inspectMaterial(kind: MaterialKind, path: string, sniffed: SniffedType | null): Promise<string> {
  switch (kind) {
    case 'pdf':
      if (sniffed?.mime !== PDF_MIME) throw mismatch(kind, await nameOf(path, sniffed));
      await checkPdf(path);
      return PDF_MIME;
    case 'ppt':
      if (sniffed?.ext === 'cfb') return checkLegacyOffice(kind, path);
      if (sniffed?.ext === 'pptx' || sniffed?.ext === 'zip') {
        if (!(await zipHasEntry(path, 'ppt/presentation.xml'))) throw mismatch(kind, sniffed.ext === 'zip' ? 'ZIP 压缩包' : sniffed.ext.toUpperCase());
        await checkZipDirectory(path);
        await checkZipContent(path);
        return PPTX_MIME;
      }
      throw mismatch(kind, await nameOf(path, sniffed));
    default:
      throw mismatch(kind satisfies never, null);
  }
}

/** How to name a wrong file in the message: a PPTX is only a PPTX when it has a presentation in it. */
async function nameOf(path: string, sniffed: SniffedType | null): Promise<string | null> {
  if (!sniffed) return null;
  if (sniffed.ext === 'zip' && (await zipHasEntry(path, 'ppt/presentation.xml'))) return 'PPTX';
  if (sniffed.ext === 'zip') return 'ZIP 压缩包';
  if (sniffed.ext === 'cfb') return legacyOfficeName(path);
  return sniffed.ext.toUpperCase();
}

/**
 * The PDF read in the parse sandbox (a worker thread with caps on bytes, heap, time and memory): its deflated streams
 * unpacked and counted first (a deflate bomb is refused), then pdf-lib's page count and encryption.
 */
async function checkPdf(path: string): Promise<void> {
  const answer = await parseSandbox.run({ kind: 'pdf-check', path }, { timeoutMs: 30_000 });
  if (!answer.ok) {
    if (answer.reason === 'too-large') throw bomb('其中的压缩数据流解压后过大');
    if (answer.reason === 'limit') throw parseLimit();
    if (answer.reason === 'encrypted') throw encrypted();
    throw unreadable();
  }
  if (answer.encrypted) throw encrypted();
  if (answer.pages === 0) throw unreadable();
}

function checkLegacyOffice(kind: MaterialKind, path: string): string {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(path, { type: 'file' });
  } catch {
    throw unreadable();
  }
  // A password-protected PPTX is an OLE2 container around the encrypted package.
  if (CFB.find(container, 'EncryptedPackage')) throw encrypted();
  if (CFB.find(container, 'PowerPoint Document')) return PPT_MIME;
  if (CFB.find(container, 'WordDocument')) throw mismatch(kind, 'Word 文档（DOC）');
  if (CFB.find(container, 'Workbook') || CFB.find(container, 'Book')) throw mismatch(kind, 'Excel 表格（XLS）');
  throw mismatch(kind, 'Office 97-2003 文档');
}

function legacyOfficeName(path: string): string {
  try {
    const container = CFB.read(path, { type: 'file' });
    if (CFB.find(container, 'PowerPoint Document')) return 'PPT';
    if (CFB.find(container, 'EncryptedPackage')) return '加密的 Office 文档';
  } catch {
    // named generically below
  }
  return 'Office 97-2003 文档';
}

/** Reads the zip's central directory only, entry by entry, until the name turns up; a broken zip is unreadable. */
function zipHasEntry(path: string, name: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (openError, zip) => {
      if (openError || !zip) return reject(unreadable());
      let found = false;
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName === name) {
          found = true;
          zip.close();
          resolve(true);
        } else {
          zip.readEntry();
        }
      });
      zip.on('end', () => {
        if (!found) resolve(false);
      });
      zip.on('error', () => {
        if (!found) reject(unreadable());
      });
      zip.readEntry();
    });
  });
}

/** Every entry unpacked once in the parse sandbox and counted (a zip whose headers lie about its sizes is refused too). */
async function checkZipContent(path: string): Promise<void> {
  const answer = await parseSandbox.run({ kind: 'zip-check', path }, { timeoutMs: 30_000 });
  if (answer.ok) return;
  if (answer.reason === 'too-large') throw bomb('解压后的实际内容超出限制');
  if (answer.reason === 'limit') throw parseLimit();
  throw unreadable();
}

/**
 * Refuses an obvious zip bomb from the central directory (ZIP_LIMITS): too many entries, a big entry that shrank too
 * much, or too much in total once unpacked. Declared sizes can lie: the readers (the parse sandbox) count what they
 * really unpack as well.
 */
export function checkZipDirectory(path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (openError, zip) => {
      if (openError || !zip) return reject(unreadable());
      let entries = 0;
      let total = 0;
      let settled = false;
      const refuse = (error: DomainException) => {
        settled = true;
        zip.close();
        reject(error);
      };
      zip.on('entry', (entry: yauzl.Entry) => {
        entries += 1;
        total += entry.uncompressedSize;
        if (entries > ZIP_LIMITS.entries) return refuse(bomb(`条目超过 ${ZIP_LIMITS.entries} 个`));
        if (entry.uncompressedSize > ZIP_LIMITS.bigEntryBytes && entry.uncompressedSize > ZIP_LIMITS.bigEntryRatio * Math.max(1, entry.compressedSize)) {
          return refuse(bomb(`“${entry.fileName.slice(0, 80)}”压缩了 ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))} 倍`));
        }
        if (total > ZIP_LIMITS.totalBytes) return refuse(bomb(`解压后超过 ${ZIP_LIMITS.totalBytes / MiB} MB`));
        zip.readEntry();
      });
      zip.on('end', () => {
        if (!settled) resolve();
      });
      zip.on('error', () => {
        if (!settled) {
          settled = true;
          reject(unreadable());
        }
      });
      zip.readEntry();
    });
  });
}
