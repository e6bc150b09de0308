// The members of a zip file (an .xlsx is one), found through its central directory and read one by
// one: a member is inflated as a stream by Node's own zlib, in libuv's thread pool, so the main thread
// can scan one chunk while the next is inflated. Only what .xlsx writers use is read: members stored
// or deflated, without encryption, in a zip of less than 4 GiB. Anything else (ZIP64, Deflate64,
// an encrypted member, a damaged directory) is answered with `null`, and the caller reads the file
// another way (exceljs's unzipper, which then says what is wrong with it).
import * as fs from "node:fs";
import { Readable } from "node:stream";
import * as zlib from "node:zlib";

export interface ZipMember {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Where the member's local header starts. */
  readonly headerOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end-of-central-directory record is within the last 64 KiB (its comment) + 22 bytes. */
const MAX_TAIL = 65_557;
/** A ZIP64 archive says so with all-ones sizes and offsets. */
const ZIP64_MARK = 0xffffffff;
/** General-purpose flag bit 0: the member is encrypted. */
const ENCRYPTED = 0x0001;
/** Inflated chunks of 1 MiB: a 50 MB worksheet in 50 steps rather than 3,000 of zlib's default 16 KiB. */
const CHUNK = 1 << 20;

/** A member as the directory lists it, with whether this reader can read it. */
export interface ZipEntry extends ZipMember {
  /** Stored or deflated, not encrypted, not ZIP64: what .xlsx writers use. */
  readonly readable: boolean;
}

/**
 * Every member the zip's directory lists, in its order; null when the directory cannot be read (ZIP64,
 * damaged); throws FILE_ENDED when the zip has no end. The one reader of a zip's directory: the
 * sniffing of what a file is (read-file.ts) and the archive below both use it.
 */
export async function readZipEntries(handle: fs.promises.FileHandle, size: number): Promise<ZipEntry[] | null> {
  const tailLength = Math.min(size, MAX_TAIL);
  const tail = Buffer.alloc(tailLength);
  await handle.read(tail, 0, tailLength, size - tailLength);
  for (let i = tailLength - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== END_OF_DIRECTORY) continue;
    const count = tail.readUInt16LE(i + 10);
    const directorySize = tail.readUInt32LE(i + 12);
    const directoryOffset = tail.readUInt32LE(i + 16);
    if (directorySize === ZIP64_MARK || directoryOffset === ZIP64_MARK || directoryOffset + directorySize > size) return null;
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    return entriesOf(directory, count);
  }
  // A zip ends with its directory: a file that starts as one and has no end was cut short (a download
  // or a copy that did not finish). exceljs's reader waits for such a file's end for ever.
  throw new Error(FILE_ENDED);
}

/** The message of the error readZipEntries throws for a zip without its end (xlsx-ledger.ts says it). */
export const FILE_ENDED = "FILE_ENDED";

/** The members, when this reader can read every one; else null. */
export async function readZipDirectory(handle: fs.promises.FileHandle, size: number): Promise<ZipMember[] | null> {
  const entries = await readZipEntries(handle, size);
  return entries === null || entries.some((e) => !e.readable) ? null : entries;
}

function entriesOf(directory: Buffer, count: number): ZipEntry[] | null {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== DIRECTORY_ENTRY) return null;
    const flags = directory.readUInt16LE(at + 8);
    const method = directory.readUInt16LE(at + 10);
    const compressedSize = directory.readUInt32LE(at + 20);
    const size = directory.readUInt32LE(at + 24);
    const nameLength = directory.readUInt16LE(at + 28);
    const headerOffset = directory.readUInt32LE(at + 42);
    const name = directory.toString("utf8", at + 46, at + 46 + nameLength);
    const readable = (flags & ENCRYPTED) === 0 && (method === 0 || method === 8) && compressedSize !== ZIP64_MARK && size !== ZIP64_MARK && headerOffset !== ZIP64_MARK;
    entries.push({ name, method, compressedSize, size, headerOffset, readable });
    at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
  }
  return entries;
}

/** A zip file opened for reading its members. */
export class ZipArchive {
  private constructor(
    private readonly file: string,
    private readonly handle: fs.promises.FileHandle,
    readonly members: readonly ZipMember[],
  ) {}

  /** The archive, or null when its directory is not one this reader reads. */
  static async open(file: string): Promise<ZipArchive | null> {
    const handle = await fs.promises.open(file, "r");
    try {
      const members = await readZipDirectory(handle, (await handle.stat()).size);
      if (members !== null) return new ZipArchive(file, handle, members);
    } catch (e) {
      if (e instanceof Error && e.message === FILE_ENDED) {
        await handle.close();
        throw e;
      }
      // An unreadable directory: the caller's other reader says what is wrong.
    }
    await handle.close();
    return null;
  }

  /**
   * The member of that name. Names are compared exactly, then without case: Excel finds
   * "xl/Worksheets/Sheet1.xml" too.
   */
  member(name: string): ZipMember | undefined {
    const lower = name.toLowerCase();
    return this.members.find((m) => m.name === name) ?? this.members.find((m) => m.name.toLowerCase() === lower);
  }

  /** The member's bytes, inflated as a stream of chunks of up to 1 MiB. */
  async stream(member: ZipMember): Promise<Readable> {
    const start = await this.dataOffset(member);
    if (member.compressedSize === 0) return Readable.from([]);
    const raw = fs.createReadStream(this.file, { start, end: start + member.compressedSize - 1, highWaterMark: CHUNK });
    if (member.method === 0) return raw;
    const inflate = zlib.createInflateRaw({ chunkSize: CHUNK });
    raw.once("error", (e) => inflate.destroy(e));
    // A reader that stops early (the rows end before the part does) destroys the inflater: the file too.
    inflate.once("close", () => raw.destroy());
    return raw.pipe(inflate);
  }

  async close(): Promise<void> {
    await this.handle.close();
  }

  /** The member's data follows its local header, whose extra field may differ from the directory's. */
  private async dataOffset(member: ZipMember): Promise<number> {
    const header = Buffer.alloc(30);
    const { bytesRead } = await this.handle.read(header, 0, 30, member.headerOffset);
    if (bytesRead < 30 || header.readUInt32LE(0) !== LOCAL_HEADER) throw new Error(`no local header for ${member.name}`);
    return member.headerOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  }
}
