/**
 * What an extension build makes every page download, parse and run: the js and css files its
 * manifest injects (`content_scripts`), raw and gzip. Shared by the cost benchmark
 * (scripts/bench-cost.ts) and the CI size check (scripts/check-injected-size.ts), so both
 * count the same bytes.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import budget from './injected-budget.json';

/** One file a manifest's content_scripts inject. */
interface InjectedFile {
  /** Path inside the extension folder, as the manifest names it. */
  file: string;
  kind: 'js' | 'css';
  /** True when some entry injecting it has `all_frames: true` (every iframe pays it too). */
  allFrames: boolean;
  rawBytes: number;
  gzipBytes: number;
}

/** The injected files of one build and the total that the budget applies to. */
export interface InjectedSize {
  files: InjectedFile[];
  /** Raw bytes of the distinct js and css files injected into every frame. */
  allFramesRawBytes: number;
  allFramesGzipBytes: number;
}

/**
 * Most raw bytes of js and css that the manifest may inject into every frame (from
 * scripts/injected-budget.json, the one place the number lives).
 */
export const INJECTED_BUDGET_BYTES: number = budget.maxAllFramesRawBytes;

interface ManifestContentScript {
  js?: string[];
  css?: string[];
  all_frames?: boolean;
}

/**
 * Reads `extensionDir/manifest.json` and sizes every js and css file of its content_scripts
 * (each file once, even when several entries name it).
 */
export async function measureInjected(extensionDir: string): Promise<InjectedSize> {
  const manifest = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: ManifestContentScript[];
  };
  const byFile = new Map<string, InjectedFile>();
  for (const entry of manifest.content_scripts ?? []) {
    const named = [
      ...(entry.js ?? []).map((file) => ({ file, kind: 'js' as const })),
      ...(entry.css ?? []).map((file) => ({ file, kind: 'css' as const })),
    ];
    for (const { file, kind } of named) {
      const known = byFile.get(file);
      if (known) {
        known.allFrames ||= entry.all_frames === true;
        continue;
      }
      const body = await readFile(path.join(extensionDir, file));
      byFile.set(file, {
        file,
        kind,
        allFrames: entry.all_frames === true,
        rawBytes: body.length,
        gzipBytes: gzipSync(body).length,
      });
    }
  }
  const files = [...byFile.values()];
  const everyFrame = files.filter((f) => f.allFrames);
  return {
    files,
    allFramesRawBytes: everyFrame.reduce((sum, f) => sum + f.rawBytes, 0),
    allFramesGzipBytes: everyFrame.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}

/** The per-file table and the total against the budget, as printed lines. */
export function formatInjected(size: InjectedSize, budgetBytes = INJECTED_BUDGET_BYTES): string[] {
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const lines = [
    'file'.padEnd(40) + 'raw'.padStart(11) + 'gzip'.padStart(11) + '  frames',
    ...size.files.map(
      (f) =>
        f.file.padEnd(40) +
        kB(f.rawBytes).padStart(11) +
        kB(f.gzipBytes).padStart(11) +
        (f.allFrames ? '  all' : '  top only'),
    ),
  ];
  lines.push(
    `injected into every frame: ${kB(size.allFramesRawBytes)} raw ` +
      `(${size.allFramesRawBytes} bytes; budget ≤ ${budgetBytes}), ` +
      `${kB(size.allFramesGzipBytes)} gzip`,
  );
  return lines;
}
