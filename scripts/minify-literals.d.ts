import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';

export function minifyCssLiterals(code: string): string;
export function minifyHtmlLiterals(code: string): string;
export function minifyLiteralsPlugin(): Plugin;
export const minifyLiteralsEsbuild: EsbuildPlugin;
