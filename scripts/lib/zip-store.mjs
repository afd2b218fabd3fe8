// The one hand-made zip writer for test and demo files (.pptx skeletons, packages, hostile zips): the server's tests
// (server/test/support/material-files.ts), the benches' fixtures (test/perf/lib/upload-fixtures.mjs) and the review
// demo (scripts/demo-review.mjs). Typed for the TypeScript tests by zip-store.d.mts beside it.

const CRC_TABLE = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/** CRC-32 as zip stores it (zlib.crc32 is not in every Node 20 this runs on). */
export function crc32(bytes) {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const crcs = new WeakMap();
/** crc32, remembered per Buffer: a large entry shared by many zips is summed once. */
function crcOf(data) {
  let crc = crcs.get(data);
  if (crc === undefined) crcs.set(data, (crc = crc32(data)));
  return crc;
}

/** The entries as stored items (method 0): the data as given, not copied. */
function storedItems(entries) {
  return Object.entries(entries).map(([name, content]) => {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    return { name, method: 0, crc: crcOf(data), size: data.length, payload: data };
  });
}

/** A store-only zip (no compression): local headers, the data, then the central directory. */
export function zipFixture(entries) {
  return Buffer.concat(zipParts(entries));
}

/**
 * The same zip as a list of buffers, the entries' data among them as given (not copied): many zips that share one
 * large entry cost its size once in memory.
 */
export function zipParts(entries) {
  return zipItemParts(storedItems(entries));
}

/**
 * A zip of items already stored or deflated by the caller, each with its method, CRC and size; `declaredSize`, when
 * given, is the uncompressed size the headers claim instead (a lying zip, for the server's bomb checks).
 */
export function zipItems(items) {
  return Buffer.concat(zipItemParts(items));
}

function zipItemParts(items) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const item of items) {
    const fileName = Buffer.from(item.name);
    const declared = item.declaredSize ?? item.size;
    const local = Buffer.alloc(30); // time, date and extra length stay 0
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(item.method, 8);
    local.writeUInt32LE(item.crc, 14);
    local.writeUInt32LE(item.payload.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(item.method, 10);
    central.writeUInt32LE(item.crc, 16);
    central.writeUInt32LE(item.payload.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, item.payload);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + item.payload.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(items.length, 8);
  end.writeUInt16LE(items.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return [...locals, directory, end];
}
