/** A file part of a multipart request, standing in for an InputFile value after decoding. */
export class UploadedFile {
  constructor(
    readonly field: string,
    readonly fileName: string,
    readonly bytes: Buffer,
  ) {}

  // Recorded payloads get printed by waitFor; a short marker reads better than a Buffer dump.
  toJSON(): { file: string; size: number } {
    return { file: this.fileName, size: this.bytes.length };
  }
}
