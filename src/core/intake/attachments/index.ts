export { AttachmentStore, SHA256_RE, DEFAULT_MAX_BLOB_BYTES, type PutOptions, type PutResult, type PutSource } from './store'
export { sniffMime, mimeLabel, MIME, ARCHIVE_MIMES, SNIFF_BYTES } from './sniffMime'
export { checkTypePolicy, DEFAULT_ALLOWED_MIMES, type PolicyRefusal, type PolicyVerdict } from './policy'
export { sweepUnreferenced } from './sweep'
