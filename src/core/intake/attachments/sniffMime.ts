/** The sniffer table lives in files/sniff.ts (one table for every door); this path stays for existing imports. */
export { sniffMime, mimeLabel, MIME, ARCHIVE_MIMES, SNIFF_BYTES } from '../files/sniff'
