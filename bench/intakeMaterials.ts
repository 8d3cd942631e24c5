import { spawn } from 'node:child_process'
import { createCipheriv, createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import JSZip from 'jszip'
import { mulberry32 } from '../src/core/util/prng'
import { rosterPairs } from './intakeNames'

const KB = 1024
const MB = 1024 * 1024
const DOCS = ['申报书', '人才培养方案', '佐证材料（一）', '佐证材料（二）']

export interface MaterialsSet {
  dir: string
  /** the folder the files are in, named 材料 (a zip of it has the usual 材料/ wrapper) */
  folder: string
  zip: string
  zipTool: string
  files: string[]
  bytes: number
  zipBytes: number
  /** the submissions the files are named after (学校_专业_…, naming rule 'schoolProgram') */
  submissions: Array<{ school: string; program: string; group: number }>
}

/** Runs a command; resolves when it exits 0 (its output is discarded). */
export function run(cmd: string, args: readonly string[], cwd?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    p.stderr.on('data', (d: Buffer) => (err += d.toString()))
    p.on('error', reject)
    p.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited ${code}: ${err.trim()}`))))
  })
}

const hasCommand = (cmd: string) => run('sh', ['-c', `command -v ${cmd}`]).then(() => true, () => false)

/**
 * `files` PDFs (by magic: '%PDF-1.4\n' + incompressible bytes, an AES-CTR keystream of the seed),
 * 60% of 50 KB–1 MB and 40% of 1–5 MB, scaled to about `totalMB` in all, four per submission, named
 * 学校_专业_申报书.pdf etc.; and a STORED zip of the folder (`zip -0`, else jszip streaming).
 */
export async function writeMaterials(files: number, totalMB: number, seed: number): Promise<MaterialsSet> {
  const rnd = mulberry32(seed)
  const dir = await mkdtemp(join(tmpdir(), 'wb-bench-materials-'))
  const folder = join(dir, '材料')
  await mkdir(folder)
  const submissions = rosterPairs(Math.ceil(files / DOCS.length), 1, rnd)
  const key = createHash('sha256').update(`bench-${seed}`).digest()
  const keystream = createCipheriv('aes-256-ctr', key, Buffer.alloc(16))
  const raw = Array.from({ length: files }, () => (rnd() < 0.6 ? 50 * KB + rnd() * (MB - 50 * KB) : MB + rnd() * 4 * MB))
  const scale = (totalMB * MB) / raw.reduce((a, b) => a + b, 0)
  const paths: string[] = []
  let bytes = 0
  for (let i = 0; i < files; i++) {
    const size = Math.round(Math.min(5 * MB, Math.max(50 * KB, raw[i]! * scale)))
    const s = submissions[Math.floor(i / DOCS.length)]!
    const path = join(folder, `${s.school}_${s.program}_${DOCS[i % DOCS.length]}.pdf`)
    const head = Buffer.from('%PDF-1.4\n')
    await writeFile(path, Buffer.concat([head, keystream.update(Buffer.alloc(size - head.length))]))
    paths.push(path)
    bytes += size
  }
  const zip = join(dir, '材料.zip')
  let zipTool = 'zip -0 -r (Info-ZIP)'
  if (await hasCommand('zip')) await run('zip', ['-0', '-r', '-q', '-X', zip, '材料'], dir)
  else {
    zipTool = 'jszip generateNodeStream, STORE'
    const z = new JSZip()
    for (const p of paths) z.file(`材料/${p.slice(folder.length + 1)}`, createReadStream(p))
    await pipeline(z.generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'STORE' }), createWriteStream(zip))
  }
  return { dir, folder, zip, zipTool, files: paths, bytes, zipBytes: (await stat(zip)).size, submissions }
}
