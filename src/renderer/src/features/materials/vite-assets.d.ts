// The viewer bundles pdf.js's worker, CMaps and standard fonts as files (`?url`, import.meta.glob):
// Vite's own declarations of those imports.
/// <reference types="vite/client" />
