// The evaluation's documents as the files teams upload: a DOCX (npm docx) with the enterprise's name in the page
// header and 「第 X 页 共 Y 页」 in the footer, printed to PDF by LibreOffice; a PPTX (npm pptxgenjs) with a footer and
// the slide number on every slide, re-written by Impress. The page furniture is there on purpose: it must not become
// matched text.
import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import PptxGenJS from 'pptxgenjs';

const FONT = 'WenQuanYi Zen Hei';
/** Characters of text on one slide: about what fits at 14 pt on a 16:9 slide, as a real deck fills them. */
const SLIDE_CHARS = 360;

const lines = (text) => text.split('\n').filter((l) => l.trim());

export async function renderDocx(document) {
  const children = [];
  for (const block of document.blocks) {
    const heading = block.kind === 'title' ? HeadingLevel.TITLE : block.kind === 'heading' ? HeadingLevel.HEADING_1 : undefined;
    for (const line of lines(block.text)) {
      children.push(new Paragraph({ ...(heading ? { heading } : {}), spacing: { after: 120 }, children: [new TextRun({ text: line, font: FONT })] }));
    }
  }
  const docx = new Document({
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: document.enterprise, font: FONT, size: 18 })] })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ font: FONT, size: 18, children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(docx);
}

/** Slides: one run per heading, its text cut into slides of about SLIDE_CHARS at sentence ends. */
function slides(document) {
  const out = [];
  let current = { title: document.blocks[0]?.text ?? '', body: [] };
  const size = () => current.body.reduce((n, t) => n + t.length, 0);
  const push = () => {
    if (current.body.length) out.push(current);
    current = { title: current.title, body: [] };
  };
  for (const block of document.blocks.slice(1)) {
    if (block.kind === 'heading') {
      push();
      current = { title: block.text, body: [] };
      continue;
    }
    for (const line of lines(block.text)) {
      let text = '';
      for (const sentence of line.match(/[^。！？；]*[。！？；]+|[^。！？；]+$/gu) ?? [line]) {
        if (size() + text.length + sentence.length > SLIDE_CHARS && size() + text.length > 0) {
          if (text) current.body.push(text);
          text = '';
          push();
        }
        text += sentence;
      }
      if (text) current.body.push(text);
    }
  }
  push();
  return out;
}

export async function renderPptx(document) {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  // The slide number comes from the master (a field on every slide); the footer is a text box on each slide, as decks
  // made from a company template carry it, so that it is in the slide XML the server reads.
  pptx.defineSlideMaster({ title: 'DECLARATION', slideNumber: { x: 9.0, y: 5.25, w: 0.6, h: 0.3, fontSize: 10, color: '666666' } });
  const footer = `${document.enterprise}  质量信得过班组申报`;
  for (const s of slides(document)) {
    const slide = pptx.addSlide({ masterName: 'DECLARATION' });
    slide.addText(footer, { x: 0.4, y: 5.25, w: 7.5, h: 0.3, fontSize: 10, color: '666666', fontFace: FONT });
    slide.addText(s.title, { x: 0.4, y: 0.2, w: 9.2, h: 0.7, fontSize: 22, bold: true, fontFace: FONT });
    slide.addText(s.body.map((text) => ({ text, options: { breakLine: true } })), { x: 0.4, y: 1.0, w: 9.2, h: 4.1, fontSize: 14, valign: 'top', fontFace: FONT });
  }
  return pptx.write({ outputType: 'nodebuffer' });
}
