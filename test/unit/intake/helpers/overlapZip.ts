import { crc32, deflateRawSync } from 'node:zlib'

/**
 * A "non-recursive" zip bomb in its simplest form: one local entry (header and compressed data)
 * and `count` central-directory records that all point at it, each under its own name. A reader
 * that trusts the directory inflates the one block `count` times.
 */
export function overlappingZip(data: Buffer, count: number, opts: { method?: 0 | 8 } = {}): Buffer {
  const method = opts.method ?? 8
  const comp = method === 8 ? deflateRawSync(data, { level: 9 }) : data
  const crc = crc32(data)
  const u16 = (n: number) => {
    const b = Buffer.alloc(2)
    b.writeUInt16LE(n)
    return b
  }
  const u32 = (n: number) => {
    const b = Buffer.alloc(4)
    b.writeUInt32LE(n >>> 0)
    return b
  }
  const name0 = Buffer.from('f0.pdf')
  const local = Buffer.concat([
    u32(0x04034b50), u16(20), u16(0), u16(method), u16(0), u16(0x5821),
    u32(crc), u32(comp.length), u32(data.length), u16(name0.length), u16(0), name0, comp,
  ])
  const central: Buffer[] = []
  for (let i = 0; i < count; i++) {
    const name = Buffer.from(`f${i}.pdf`)
    central.push(
      Buffer.concat([
        u32(0x02014b50), u16(20), u16(20), u16(0), u16(method), u16(0), u16(0x5821),
        u32(crc), u32(comp.length), u32(data.length), u16(name.length), u16(0), u16(0),
        u16(0), u16(0), u32(0), u32(0), name,
      ]),
    )
  }
  const cd = Buffer.concat(central)
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(count), u16(count), u32(cd.length), u32(local.length), u16(0)])
  return Buffer.concat([local, cd, end])
}
