import { readdirSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { join } from 'node:path';

/** The report files `gongkai import` reads, by extension, with their media type. */
const MEDIA_TYPES: Record<string, string> = {
  txt: 'text/plain',
  text: 'text/plain',
  htm: 'text/html',
  html: 'text/html',
  shtml: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const IMPORT_EXTENSIONS = Object.keys(MEDIA_TYPES).map((e) => `.${e}`);

export function mediaTypeOf(path: string): string | null {
  const m = /\.([^./\\]+)$/.exec(path);
  return (m && MEDIA_TYPES[(m[1] as string).toLowerCase()]) ?? null;
}

export type WalkEntry =
  | { kind: 'file'; path: string }
  /** Not a report file type, or a link to a folder (not followed: no cycles). */
  | { kind: 'skipped'; path: string; reason: 'type' | 'link' | 'special' }
  /** A folder that cannot be listed. */
  | { kind: 'unreadable'; path: string; code: string };

function errnoOf(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? 'EIO';
}

function* walkFolder(dir: string): Generator<WalkEntry> {
  let children: Dirent[];
  try {
    children = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    yield { kind: 'unreadable', path: dir, code: errnoOf(e) };
    return;
  }
  // Only one folder's names are held at a time per level: memory stays bounded.
  children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const child of children) {
    const path = join(dir, child.name);
    if (child.isDirectory()) {
      yield* walkFolder(path);
    } else if (child.isSymbolicLink()) {
      let isDir = false;
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        // A dangling link is read (and reported) like any missing file.
      }
      if (isDir) yield { kind: 'skipped', path, reason: 'link' };
      else yield* fileEntry(path);
    } else if (child.isFile()) {
      yield* fileEntry(path);
    } else {
      yield { kind: 'skipped', path, reason: 'special' };
    }
  }
}

function* fileEntry(path: string): Generator<WalkEntry> {
  if (mediaTypeOf(path)) yield { kind: 'file', path };
  else yield { kind: 'skipped', path, reason: 'type' };
}

/**
 * The files under the given paths, lazily, in name order: report files to import,
 * and what is skipped. The paths must exist (the caller checks, for a usage error).
 */
export function* walkDocuments(paths: readonly string[]): Generator<WalkEntry> {
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // Reported when it is read.
    }
    if (isDir) yield* walkFolder(p);
    else yield* fileEntry(p);
  }
}
