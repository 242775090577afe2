// The search field: an ARIA combobox whose listbox suggests terms (by label, alias or acronym) and papers (by
// title) as the user types; Enter or a click picks one. When the loaded graph has no papers (the concept map),
// paper titles come from the server, asked for once typing pauses (debounced), and join the local suggestions.
// The index is built when first needed.
import {
  fold,
  mergeSuggestions,
  type SearchEntry,
  type SearchIndex,
  searchNodes,
} from '../state/search-index';
import { clear, h } from './dom';

const MAX_SUGGESTIONS = 10;
/** Pause in typing before the server is asked. */
export const REMOTE_SEARCH_DELAY_MS = 150;

/** Suggestions from the server for a query; aborted when the query changes. */
export type RemoteSearch = (query: string, signal: AbortSignal) => Promise<SearchEntry[]>;

/**
 * `index` is asked for on the first search, so a large graph's index is built after its first frame (the app
 * also builds it when the page is idle).
 */
export function createSearchPanel(
  host: HTMLElement,
  index: () => SearchIndex,
  onPick: (node: string) => void,
  remote?: RemoteSearch,
): void {
  const listId = 'search-suggestions';
  const input = h('input', {
    attrs: {
      type: 'search',
      'aria-label': 'Search',
      placeholder: 'Search terms, acronyms, paper titles…',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      autocomplete: 'off',
      spellcheck: 'false',
    },
  });
  const list = h('ul', {
    className: 'suggestions',
    attrs: { id: listId, role: 'listbox', 'aria-label': 'Suggestions' },
  });
  list.hidden = true;
  host.append(input, list);

  let entries: SearchEntry[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | undefined;

  const cancelRemote = (): void => {
    clearTimeout(timer);
    pending?.abort();
    pending = undefined;
  };

  const close = (): void => {
    list.hidden = true;
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const highlight = (i: number): void => {
    active = i;
    for (const [j, li] of list.querySelectorAll('li').entries())
      li.setAttribute('aria-selected', String(j === i));
    if (i >= 0) input.setAttribute('aria-activedescendant', `${listId}-${i}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const pick = (entry: SearchEntry | undefined): void => {
    if (!entry) return;
    cancelRemote();
    input.value = entry.label;
    entries = [];
    close();
    onPick(entry.node);
  };

  const show = (next: SearchEntry[]): void => {
    const keep = entries[active]?.node;
    entries = next;
    clear(list);
    entries.forEach((entry, i) => {
      const option = h(
        'li',
        {
          attrs: { id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false', 'data-node': entry.node },
        },
        h('span', { className: 'suggestion-kind', text: entry.kind }),
        h('span', { className: 'suggestion-label', text: entry.label }),
        entry.matched ? h('span', { className: 'suggestion-match', text: `(${entry.matched})` }) : null,
      );
      // mousedown, not click: the input keeps focus and the list is not closed by blur first.
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(entry);
      });
      list.append(option);
    });
    const open = entries.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    // Keeps the highlighted row when server results arrive, so Enter picks what the user sees highlighted.
    const kept = keep === undefined ? -1 : entries.findIndex((entry) => entry.node === keep);
    highlight(open ? Math.max(0, kept) : -1);
  };

  const render = (): void => {
    const query = input.value;
    const local = searchNodes(index(), query, MAX_SUGGESTIONS);
    active = -1;
    show(local);
    cancelRemote();
    if (!remote || !fold(query)) return;
    timer = setTimeout(() => {
      const controller = new AbortController();
      pending = controller;
      remote(query, controller.signal).then(
        (found) => {
          if (controller.signal.aborted || input.value !== query || document.activeElement !== input) return;
          show(mergeSuggestions(local, found, MAX_SUGGESTIONS));
        },
        () => {
          // No paper suggestions when the server fails; the term suggestions stay.
        },
      );
    }, REMOTE_SEARCH_DELAY_MS);
  };

  input.addEventListener('input', render);
  input.addEventListener('focus', () => {
    if (input.value) render();
  });
  input.addEventListener('blur', () => {
    cancelRemote();
    close();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden) render();
      if (!entries.length) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + entries.length) % entries.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(entries[active] ?? entries[0]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
}
