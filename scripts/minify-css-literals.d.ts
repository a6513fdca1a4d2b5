import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';

export function minifyCssLiterals(code: string): string;
export function minifyCssLiteralsPlugin(): Plugin;
export const minifyCssLiteralsEsbuild: EsbuildPlugin;
