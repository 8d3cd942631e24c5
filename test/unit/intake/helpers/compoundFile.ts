/**
 * A minimal OLE2 compound file ([MS-CFB], version 3: 512-byte sectors) holding empty streams with
 * the given names: sector 0 is the FAT, sector 1 the directory. Enough for cfb.ts to read the
 * directory the way it reads one from Excel 97-2003 or an encrypted Office 2007+ file.
 */
export function buildCompoundFile(streamNames: readonly string[]): Buffer {
  const entries = ['Root Entry', ...streamNames]
  if (entries.length > 4) throw new Error('one directory sector holds 4 entries')
  const header = Buffer.alloc(512)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0)
  header.writeUInt16LE(0x3e, 24) // minor version
  header.writeUInt16LE(3, 26) // major version
  header.writeUInt16LE(0xfffe, 28) // little-endian
  header.writeUInt16LE(9, 30) // sector shift: 512
  header.writeUInt16LE(6, 32) // mini sector shift
  header.writeUInt32LE(1, 44) // one FAT sector
  header.writeUInt32LE(1, 48) // directory starts at sector 1
  header.writeUInt32LE(4096, 56)
  header.writeUInt32LE(0xfffffffe, 60)
  header.writeUInt32LE(0xfffffffe, 68) // no DIFAT chain
  header.fill(0xff, 76, 512)
  header.writeUInt32LE(0, 76) // the FAT is sector 0
  const fat = Buffer.alloc(512, 0xff)
  fat.writeUInt32LE(0xfffffffd, 0) // sector 0: FAT
  fat.writeUInt32LE(0xfffffffe, 4) // sector 1: end of the directory chain
  const dir = Buffer.alloc(512)
  entries.forEach((name, i) => {
    const at = i * 128
    const utf16 = Buffer.from(`${name}\0`, 'utf16le')
    utf16.copy(dir, at)
    dir.writeUInt16LE(utf16.length, at + 64)
    dir.writeUInt8(i === 0 ? 5 : 2, at + 66) // root storage, then streams
    dir.writeUInt32LE(0xffffffff, at + 68)
    dir.writeUInt32LE(0xffffffff, at + 72)
    dir.writeUInt32LE(i === 0 && entries.length > 1 ? 1 : 0xffffffff, at + 76)
    dir.writeUInt32LE(0xfffffffe, at + 116)
  })
  return Buffer.concat([header, fat, dir])
}
