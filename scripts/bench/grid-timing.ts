/**
 * Timings of the evidence grid taken inside the page, as a clerk would see them: from navigating
 * (or typing) until the rows are painted and the count above the grid says so. Shared by
 * `npm run bench` and tests/browser/evidence.test.ts.
 *
 * The functions run in the page, so they use only what the page has. (Under tsx, named functions
 * are wrapped in a `__name` helper that only Node has; keep the callbacks below anonymous, and see
 * `definePageHelpers`.)
 */
import type { BrowserContext, Page } from 'playwright-core';

/** The grid's live count, e.g. "50,080 quotes." or "Showing 3 quotes of 80.". */
export const GRID_STATUS = '.evidence-grid__status [role="status"]';

/** Lets functions compiled by tsx (which names them through `__name`) run in the page. */
export async function definePageHelpers(context: BrowserContext): Promise<void> {
  await context.addInitScript('globalThis.__name = globalThis.__name || function (fn) { return fn; };');
}

export interface FirstPaint {
  /** From changing the address to the Evidence area until its first quote rows are painted. */
  firstRows: number;
  /** Until every quote is in the grid and the count above it says `expectedStatus`. */
  allRows: number;
}

/**
 * Goes to `hash` (the Evidence area) from wherever the page is, and times the first rows painted
 * and the count reaching `expectedStatus` ("50,080 quotes.").
 */
export function timeGridLoad(page: Page, hash: string, expectedStatus: string, timeoutMs = 60_000): Promise<FirstPaint> {
  return page.evaluate(
    ({ hash, expectedStatus, statusSelector, timeoutMs }) =>
      new Promise<FirstPaint>((resolve, reject) => {
        window.setTimeout(() => reject(new Error(`The grid did not show “${expectedStatus}” within ${timeoutMs / 1000} s`)), timeoutMs);
        const start = performance.now();
        let firstRows = 0;
        let allRows = 0;
        // "Painted": the frame after the DOM changed has been drawn (a task after the next animation frame).
        const observer = new MutationObserver(() => {
          if (!firstRows && document.querySelector('.evidence-grid .ag-row .evidence-grid__quote')) {
            firstRows = -1;
            requestAnimationFrame(() => setTimeout(() => (firstRows = performance.now() - start), 0));
          }
          if (!allRows && document.querySelector(statusSelector)?.textContent === expectedStatus) {
            allRows = -1;
            observer.disconnect();
            requestAnimationFrame(() =>
              setTimeout(() => {
                allRows = performance.now() - start;
                const poll = window.setInterval(() => {
                  if (firstRows > 0) {
                    window.clearInterval(poll);
                    resolve({ firstRows, allRows });
                  }
                }, 5);
              }, 0),
            );
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        window.location.hash = hash;
      }),
    { hash, expectedStatus, statusSelector: GRID_STATUS, timeoutMs },
  );
}

export interface FilterTiming {
  /** From the input event until the changed rows are painted. */
  rows: number;
  /** Until the count above the grid has changed (and is painted). */
  count: number;
  /** What the count then says. */
  status: string | null;
}

/**
 * Types `text` into the quick filter in one input event (as a paste would) and times the grid's
 * answer. The count must change, so alternate a filter with clearing it.
 */
export function timeQuickFilter(page: Page, text: string, timeoutMs = 30_000): Promise<FilterTiming> {
  return page.evaluate(
    ({ value, statusSelector, timeoutMs }) =>
      new Promise<FilterTiming>((resolve, reject) => {
        window.setTimeout(() => reject(new Error(`The filter did not change the rows within ${timeoutMs / 1000} s`)), timeoutMs);
        const input = document.querySelector<HTMLInputElement>('.evidence-grid__filter input')!;
        const status = document.querySelector(statusSelector)!;
        const rowsArea = document.querySelector('.evidence-grid .ag-body [role="rowgroup"]') ?? document.querySelector('.evidence-grid [role="rowgroup"]')!;
        const before = status.textContent;
        let rows = 0;
        let count = 0;
        let start = 0;
        const onRows = new MutationObserver(() => {
          onRows.disconnect();
          requestAnimationFrame(() => setTimeout(() => (rows = performance.now() - start), 0));
        });
        onRows.observe(rowsArea, { childList: true, subtree: true, characterData: true, attributes: true });
        const onCount = new MutationObserver(() => {
          if (status.textContent === before) return;
          onCount.disconnect();
          requestAnimationFrame(() => setTimeout(() => (count = performance.now() - start), 0));
        });
        onCount.observe(status, { childList: true, subtree: true, characterData: true });
        const poll = window.setInterval(() => {
          if (rows > 0 && count > 0) {
            window.clearInterval(poll);
            resolve({ rows, count, status: status.textContent });
          }
        }, 5);
        // As typing does: the input's value changes, then one input event.
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        start = performance.now();
        setValue.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { value: text, statusSelector: GRID_STATUS, timeoutMs },
  );
}
