/** The first page's text and link targets, as pdf.js reads them (what a viewer shows and a QR code's link opens). */
export async function pdfText(bytes: Uint8Array): Promise<{ text: string; links: string[] }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const page = await document.getPage(1);
  const content = await page.getTextContent();
  const annotations = (await page.getAnnotations()) as Array<{ subtype: string; url?: string }>;
  return { text: content.items.map((i) => ('str' in i ? i.str : '')).join(''), links: annotations.flatMap((a) => (a.url ? [a.url] : [])) };
}
