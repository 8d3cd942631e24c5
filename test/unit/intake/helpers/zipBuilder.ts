import { crc32, deflateRawSync } from 'node:zlib'

/**
 * Writes zip files byte by byte, so tests can build exactly the hostile archives of
 * docs/design/hostile-inputs.md (lying sizes, encrypted flags, symlink modes, zip-slip names, 100,000 entries,
 * ZIP64) — things a well-behaved zip library refuses to produce.
 */
export interface ZipEntrySpec {
  name: string | Buffer
  data?: Buffer
  /** 0 stored, 8 deflated (default) */
  method?: number
  /** compressed bytes to write instead of compressing `data` */
  raw?: Buffer
  /** general purpose flags; bit 11 (UTF-8) is added for non-ASCII string names */
  flags?: number
  /** Unix mode, e.g. 0o120777 for a symlink; sets "made by Unix" */
  mode?: number
  /** declared sizes and CRC, when they should lie */
  declaredSize?: number
  declaredCompressedSize?: number
  crc?: number
  /** write sizes and offset in a ZIP64 extra field */
  zip64?: boolean
}

function u16(n: number) {
  const b = Buffer.alloc(2)
  b.writeUInt16LE(n)
  return b
}
function u32(n: number) {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(n >>> 0)
  return b
}
function u64(n: number) {
  const b = Buffer.alloc(8)
  b.writeBigUInt64LE(BigInt(n))
  return b
}

export function buildZip(entries: ZipEntrySpec[], opts: { zip64Eocd?: boolean } = {}): Buffer {
  const parts: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const nameBuf = typeof e.name === 'string' ? Buffer.from(e.name, 'utf8') : e.name
    // eslint-disable-next-line no-control-regex -- "not ASCII" is the range from NUL to DEL
    const utf8 = typeof e.name === 'string' && /[^\x00-\x7f]/.test(e.name) ? 0x800 : 0
    const flags = (e.flags ?? 0) | utf8
    const data = e.data ?? Buffer.alloc(0)
    const method = e.method ?? 8
    const comp = e.raw ?? (method === 8 ? deflateRawSync(data) : data)
    const crc = e.crc ?? crc32(data)
    const usize = e.declaredSize ?? data.length
    const csize = e.declaredCompressedSize ?? comp.length
    const z = e.zip64 === true
    const localExtra = z ? Buffer.concat([u16(1), u16(16), u64(usize), u64(csize)]) : Buffer.alloc(0)
    const local = Buffer.concat([
      u32(0x04034b50), u16(z ? 45 : 20), u16(flags), u16(method), u16(0), u16(0x5821),
      u32(crc), u32(z ? 0xffffffff : csize), u32(z ? 0xffffffff : usize), u16(nameBuf.length), u16(localExtra.length),
      nameBuf, localExtra,
    ])
    const madeBy = e.mode !== undefined ? (3 << 8) | 30 : 20
    const external = e.mode !== undefined ? (e.mode << 16) >>> 0 : 0
    const cdExtra = z ? Buffer.concat([u16(1), u16(24), u64(usize), u64(csize), u64(offset)]) : Buffer.alloc(0)
    central.push(
      Buffer.concat([
        u32(0x02014b50), u16(madeBy), u16(z ? 45 : 20), u16(flags), u16(method), u16(0), u16(0x5821),
        u32(crc), u32(z ? 0xffffffff : csize), u32(z ? 0xffffffff : usize), u16(nameBuf.length), u16(cdExtra.length), u16(0),
        u16(0), u16(0), u32(external), u32(z ? 0xffffffff : offset),
        nameBuf, cdExtra,
      ]),
    )
    parts.push(local, comp)
    offset += local.length + comp.length
  }
  const cd = Buffer.concat(central)
  const cdOffset = offset
  const count = entries.length
  const zip64 = opts.zip64Eocd === true || count > 0xfffe
  const tail: Buffer[] = [cd]
  if (zip64) {
    const eocd64Offset = cdOffset + cd.length
    tail.push(
      Buffer.concat([u32(0x06064b50), u64(44), u16(45), u16(45), u32(0), u32(0), u64(count), u64(count), u64(cd.length), u64(cdOffset)]),
      Buffer.concat([u32(0x07064b50), u32(0), u64(eocd64Offset), u32(1)]),
      Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(0xffff), u16(0xffff), u32(0xffffffff), u32(0xffffffff), u16(0)]),
    )
  } else {
    tail.push(Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(count), u16(count), u32(cd.length), u32(cdOffset), u16(0)]))
  }
  return Buffer.concat([...parts, ...tail])
}

/** Small valid file heads the sniffer accepts. */
export const SAMPLE = {
  pdf: (text = 'x') => Buffer.from(`%PDF-1.7\n% ${text}\n%%EOF\n`),
  png: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR fake png body')]),
  jpeg: () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF fake')]),
}
