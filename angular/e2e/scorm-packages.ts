import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { crc32 } from 'node:zlib';

/**
 * Builds the test SCORM packages (test/scorm-packages/{name}) as a zip an authoring tool would export: the folder's
 * manifest and pages plus the one test SCO script next to every page. Entries are stored, not deflated; a zip reader
 * must accept both.
 */
const root = join(__dirname, '..', '..');
const script = readFileSync(join(root, 'src/NavLederprogram.Domain/ELearning/ScormDemo/sco.js'));

export function scormPackage(name: 'scorm12' | 'scorm2004' | 'multisco'): Buffer {
  const folder = join(root, 'test/scorm-packages', name);
  const files: [string, Buffer][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files.push([relative(folder, path).replace(/\\/g, '/'), readFileSync(path)]);
    }
  };
  walk(folder);
  for (const [path] of [...files]) {
    if (!path.endsWith('.html')) continue;
    const js = path.includes('/') ? `${path.slice(0, path.lastIndexOf('/'))}/sco.js` : 'sco.js';
    if (!files.some(([p]) => p === js)) files.push([js, script]);
  }
  return zip(files);
}

function zip(files: [string, Buffer][]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data) >>> 0;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    local.push(header, nameBytes, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}
