/** The row being read (a binary COPY tuple), with a DataView on its memory for 32-bit reads. */
export class RowBytes {
  row: Buffer = Buffer.alloc(0);
  view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
  /** The row's offset in the view's memory. */
  base = 0;
  private memory: ArrayBufferLike | null = null;

  /** Reads `row` from now on (the DataView is kept while rows share their memory). */
  bind(row: Buffer): void {
    this.row = row;
    if (row.buffer !== this.memory) {
      this.memory = row.buffer;
      this.view = new DataView(row.buffer);
    }
    this.base = row.byteOffset;
  }
}
