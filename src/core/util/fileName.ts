/** Characters Windows and macOS refuse in file names. */
export function safeFileName(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are refused in file names
  return s.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 120)
}
