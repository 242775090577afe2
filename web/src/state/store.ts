// A tiny observable store for the view state: apply a producer, notify subscribers when the state changed.
import { type Producer, sameViewState, type ViewState } from './view-state';

export interface Store {
  get(): ViewState;
  update(producer: Producer): void;
  /** Replaces the state (e.g. from the URL). */
  set(state: ViewState): void;
  subscribe(listener: (state: ViewState, previous: ViewState) => void): () => void;
}

export function createStore(initial: ViewState): Store {
  let state = initial;
  const listeners = new Set<(state: ViewState, previous: ViewState) => void>();
  const set = (next: ViewState): void => {
    if (sameViewState(next, state)) return;
    const previous = state;
    state = next;
    for (const listener of listeners) listener(state, previous);
  };
  return {
    get: () => state,
    update: (producer) => set(producer(state)),
    set,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
