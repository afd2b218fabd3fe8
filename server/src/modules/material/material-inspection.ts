import { readFile } from 'node:fs/promises';
import { HttpStatus } from '@nestjs/common';
import CFB from 'cfb';
import { PDFDocument } from 'pdf-lib';
import yauzl from 'yauzl';
import { DomainException } from '../../common/domain.exception.js';
import type { SniffedType } from '../../storage/storage.service.js';
import type { MaterialKind } from './material.entity.js';

export const PDF_MIME = 'application/pdf';
export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
export const PPT_MIME = 'application/vnd.ms-powerpoint';

const EXPECTED: Record<MaterialKind, string> = { pdf: 'PDF 文件', ppt: 'PPT 或 PPTX 文件' };

const encrypted = () => new DomainException('FILE_ENCRYPTED', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'file' });
const unreadable = () => new DomainException('FILE_UNREADABLE', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'file' });

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

async function checkPdf(path: string): Promise<void> {
  // pdf-lib parses from memory; the bytes are already on disk and bounded by the upload limit.
  const bytes = await readFile(path);
  let pages: number;
  try {
    // pdf-lib's EncryptedPDFError does not survive instanceof (ES5 build), so parse anyway and ask.
    const document = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    if (document.isEncrypted) throw encrypted();
    pages = document.getPageCount();
  } catch (error) {
    if (error instanceof DomainException) throw error;
    throw unreadable();
  }
  if (pages === 0) throw unreadable();
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
