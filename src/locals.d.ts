/** Per-page data the course keeps on `Astro.locals` while a page renders. */
declare namespace App {
  interface Locals {
    /**
     * Ids of the questions a `<Quiz />` has already placed on this page. A second `<Quiz />`
     * showing one of them would give two elements the same id, so the build stops instead.
     */
    placedQuestions?: Set<string>;
  }
}
