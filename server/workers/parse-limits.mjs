// The caps every parser of the parse sandbox (parse-document.mjs) reads under, and the refusal it answers with.

const MiB = 1024 * 1024;

/** The caps. Real declarations stay far below them: a 200-slide deck has a few MB of slide XML, a page a few KB of text. */
export const LIMITS = {
  /** Entries in one zip (a PPTX of 300 slides with pictures has about 1,000). */
  zipEntries: 10_000,
  /** One slide's (or presentation part's) XML once unpacked. */
  xmlEntryBytes: 16 * MiB,
  /** All the XML read from one PPTX once unpacked. */
  xmlTotalBytes: 64 * MiB,
  /** Text kept from one document (characters). */
  textChars: 8_000_000,
  /** One spreadsheet part once unpacked, and all of them. */
  xlsxEntryBytes: 48 * MiB,
  xlsxTotalBytes: 96 * MiB,
  /** An uploaded PPTX's entry (a video can be large) and all of them, once unpacked. */
  zipEntryBytes: 512 * MiB,
  zipTotalBytes: 1024 * MiB,
  /** A deflated stream (zip entry or PDF stream) this large once unpacked is a bomb when it also shrank by more than … */
  bombEntryBytes: 1 * MiB,
  /** … this ratio (real XML, text and pictures compress far less: XML about 10–30×). */
  bombRatio: 200,
  /** A PDF stream that is not a picture (page content, font, object stream) once unpacked, and all of them … */
  pdfStreamBytes: 64 * MiB,
  pdfNonImageTotal: 256 * MiB,
  /** … and all the deflated PDF streams of one file, pictures included. */
  pdfInflatedTotal: 1024 * MiB,
};

export class Refused extends Error {
  constructor(reason, detail) {
    super(detail ?? reason);
    this.reason = reason;
  }
}

export const tooLarge = (detail) => new Refused('too-large', detail);
