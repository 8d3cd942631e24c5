/**
 * What an OLE2 compound file (magic D0 CF 11 E0 A1 B1 1A E1) holds, from its directory: an old
 * Excel 97-2003 workbook ("Workbook"/"Book" stream), an old Word document ("WordDocument"), an old
 * PowerPoint ("PowerPoint Document"), or an Office 2007+ file protected by a password, which Office
 * stores as an OLE2 file holding "EncryptionInfo" and "EncryptedPackage" streams ([MS-OFFCRYPTO]
 * 2.3.4). The user is told which, because the fixes differ (另存为 .xlsx vs 取消密码).
 *
 * Layout ([MS-CFB]): a 512-byte header; sector n at (n + 1) << sectorShift; the FAT is listed by the
 * DIFAT (109 entries in the header, then a chain); the directory is a FAT chain of 128-byte entries
 * whose first 64 bytes are the UTF-16LE name. Every read is bounds-checked and every chain capped,
 * so a hostile file yields 'ole' (undecided), never a loop or an exception.
 */
export type CompoundKind = 'xls' | 'doc' | 'ppt' | 'encryptedOffice' | 'ole'

const END_OF_CHAIN = 0xfffffffe
const FREE = 0xffffffff
const MAX_SECTORS = 50_000

/** Stream names of a compound file's directory, or undefined when the bytes at hand cannot tell. */
export function compoundStreamNames(b: Uint8Array): string[] | undefined {
  if (b.length < 512) return undefined
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength)
  const shift = view.getUint16(30, true)
  if (shift !== 9 && shift !== 12) return undefined
  const size = 1 << shift
  const sector = (n: number): DataView | undefined => {
    const off = (n + 1) * size
    return off + size <= b.length ? new DataView(b.buffer, b.byteOffset + off, size) : undefined
  }
  // FAT sector numbers: 109 in the header, then the DIFAT chain (its last entry links to the next)
  const fatSectors: number[] = []
  for (let i = 0; i < 109; i++) {
    const s = view.getUint32(76 + i * 4, true)
    if (s !== FREE && s !== END_OF_CHAIN) fatSectors.push(s)
  }
  let difat = view.getUint32(68, true)
  for (let hops = 0; difat !== END_OF_CHAIN && difat !== FREE && hops < 1000; hops++) {
    const d = sector(difat)
    if (!d) return undefined
    const per = size / 4 - 1
    for (let i = 0; i < per; i++) {
      const s = d.getUint32(i * 4, true)
      if (s !== FREE && s !== END_OF_CHAIN) fatSectors.push(s)
    }
    difat = d.getUint32(per * 4, true)
  }
  const next = (n: number): number | undefined => {
    const perFat = size / 4
    const f = fatSectors[Math.floor(n / perFat)]
    const d = f === undefined ? undefined : sector(f)
    return d?.getUint32((n % perFat) * 4, true)
  }
  const names: string[] = []
  const seen = new Set<number>()
  for (let s = view.getUint32(48, true); s !== END_OF_CHAIN; ) {
    if (seen.has(s) || seen.size > MAX_SECTORS) return names.length ? names : undefined
    seen.add(s)
    const d = sector(s)
    if (!d) return names.length ? names : undefined
    for (let e = 0; e + 128 <= size; e += 128) {
      const type = d.getUint8(e + 66)
      const len = Math.min(64, d.getUint16(e + 64, true))
      if (type === 0 || len < 2) continue
      let name = ''
      for (let i = 0; i + 1 < len - 1; i += 2) name += String.fromCharCode(d.getUint16(e + i, true))
      names.push(name)
    }
    const n = next(s)
    if (n === undefined) return names.length ? names : undefined
    s = n
  }
  return names
}

/** See the module comment; 'ole' when the directory cannot be read or names nothing known. */
export function classifyCompoundFile(b: Uint8Array): CompoundKind {
  const names = compoundStreamNames(b)
  if (!names) return 'ole'
  const has = (n: string) => names.some((x) => x.toLowerCase() === n.toLowerCase())
  if (has('EncryptedPackage') && has('EncryptionInfo')) return 'encryptedOffice'
  if (has('Workbook') || has('Book')) return 'xls'
  if (has('WordDocument')) return 'doc'
  if (has('PowerPoint Document')) return 'ppt'
  return 'ole'
}
