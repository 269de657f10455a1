// Shared helpers for benchmarks: print a figure in one greppable line and keep a JSON summary.
import { appendFileSync, mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { test } from '@playwright/test';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** A target of the form `<= N` / `≤ N` (or `< N`) is a budget: a figure above it is marked MISS, and
 *  `npm run bench` (run.mjs) exits non-zero when any line is. Other targets ('info') are figures only. */
export function missed(value: number, target: string): boolean {
  const m = /^\s*(<=|≤|<)\s*([\d.]+)/.exec(target);
  if (!m) return false;
  const budget = Number(m[2]);
  return m[1] === '<' ? value >= budget : value > budget;
}

export function report(name: string, value: number, unit: string, target: string): void {
  const miss = missed(value, target);
  const line = `BENCH ${name}: ${Number(value.toFixed(3))} ${unit} (target ${target})${miss ? ' MISS' : ''}`;
  console.log(line);
  mkdirSync('bench-output', { recursive: true });
  appendFileSync('bench-output/figures.txt', line + '\n');
  // for run.mjs: which bench file printed it (a timing miss re-runs that file) and on which attempt
  let file = '';
  try {
    file = basename(test.info().file);
  } catch {
    // called outside a test
  }
  const row = { file, attempt: Number(process.env.BENCH_ATTEMPT ?? 1), name, value, unit, target, miss };
  appendFileSync('bench-output/figures.jsonl', JSON.stringify(row) + '\n');
}
