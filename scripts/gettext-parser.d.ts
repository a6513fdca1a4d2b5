// The part of gettext-parser that scripts/build-wordpress.ts uses (the package ships no types).
declare module 'gettext-parser' {
  export interface PoEntry {
    msgctxt?: string;
    msgid: string;
    msgid_plural?: string;
    msgstr: string[];
  }
  export interface PoData {
    charset: string;
    headers: Record<string, string>;
    translations: Record<string, Record<string, PoEntry>>;
  }
  export const po: {
    parse(input: Buffer | string): PoData;
    compile(data: PoData, options?: { foldLength?: number }): Buffer;
  };
  export const mo: {
    compile(data: PoData): Buffer;
  };
}
