export interface UploadsOutputs {
  'uploads.begin': { uploadId: string }
  'uploads.chunk': { received: number }
}
