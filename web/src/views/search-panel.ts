// The search field: an ARIA combobox whose listbox suggests terms (by label, alias or acronym) and papers (by
// title) as the user types; Enter or a click picks one.
import { type SearchEntry, type SearchIndex, searchNodes } from '../state/search-index';
import { clear, h } from './dom';

const MAX_SUGGESTIONS = 10;

export function createSearchPanel(
  host: HTMLElement,
  index: SearchIndex,
  onPick: (node: string) => void,
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
    input.value = entry.label;
    entries = [];
    close();
    onPick(entry.node);
  };

  const render = (): void => {
    entries = searchNodes(index, input.value, MAX_SUGGESTIONS);
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
    highlight(open ? 0 : -1);
  };

  input.addEventListener('input', render);
  input.addEventListener('focus', () => {
    if (input.value) render();
  });
  input.addEventListener('blur', close);
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
