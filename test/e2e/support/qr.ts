import jsqr from 'jsqr';
import { PNG } from 'pngjs';

// jsqr is a CommonJS bundle whose types declare an ES default export: under NodeNext the import is the module object,
// whose `default` is the function (at run time the object is the function as well).
const jsQR = (jsqr as unknown as { default: typeof jsqr.default }).default;

/** The text of the QR code in a screenshot (PNG), as a phone's camera would read it; null when none can be read. */
export function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  const found = jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength), image.width, image.height);
  return found?.data ?? null;
}
