import type { Browser } from 'playwright-core';

export type Block = { kind: 'p'; text: string } | { kind: 'table'; rows: string[][] };
export function blocksOf(text: string): Block[];
export function printableHtml(text: string, options?: { title?: string }): string;
export function printPdf(browser: Browser, text: string, options?: { header?: string }): Promise<Uint8Array>;
export function writeDocx(text: string, options?: { header?: string }): Promise<Uint8Array>;
