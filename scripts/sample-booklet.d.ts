// Types of sample-booklet.js, for vite.config.ts.
import type { Plugin } from 'vite';

export function sampleBookletPlugin(): Plugin;
