// Types for modules that ship none.

/** Starlight's `pagefind` option, as its own Search component reads it (Starlight 0.42.4). */
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}

/** Pagefind's default UI (@pagefind/default-ui 1.5), the parts the site search uses. */
declare module '@pagefind/default-ui' {
  export interface PagefindResult {
    url: string;
    sub_results: { url: string }[];
  }
  export interface PagefindUIOptions {
    element: string | HTMLElement;
    bundlePath: string;
    baseUrl?: string;
    showImages?: boolean;
    showSubResults?: boolean;
    translations?: Record<string, string>;
    processResult?: (result: PagefindResult) => PagefindResult | void;
    [option: string]: unknown;
  }
  export class PagefindUI {
    constructor(options: PagefindUIOptions);
    triggerSearch(term: string): void;
    destroy(): void;
  }
}
