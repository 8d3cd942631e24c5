/**
 * The one hostile-file layer of intake: what a file is (sniff.ts, cfb.ts), what it is told when a
 * door did not expect it (describe.ts), how a path is opened before trust (openRegular.ts), the zip
 * guard (zipGuard.ts over zipReader.ts), the xlsx package check and cell reader (xlsxPackage.ts,
 * xlsxCells.ts), and the refusal type every door uses (refusal.ts). Only this layer imports yauzl
 * and exceljs' reader for user files.
 */
export { sniffKind, sniffMime, mimeOfKind, mimeLabel, MIME, SNIFF_BYTES, type FileKind } from './sniff'
export { classifyCompoundFile } from './cfb'
export { wrongKindMessage, wrongKindReason, fileSubject, type ExpectedFile } from './describe'
export { openRegularFile, readRegularFile } from './openRegular'
export { guardZip, ZipGuardError, type ZipCaps, type ZipViolation, type GuardedEntry } from './zipGuard'
export { ZipReader } from './zipReader'
export { checkXlsxPackage, XlsxPackageError, type XlsxCaps, type XlsxPackageProblem } from './xlsxPackage'
export { xlsxPackageRefusal } from './xlsxRefusal'
export { openXlsxCells } from './xlsxCells'
