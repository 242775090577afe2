// The loading / empty / error message over the graph area.
export interface StatusPanel {
  loading(): void;
  error(message: string): void;
  message(text: string): void;
  hide(): void;
}

export function createStatusPanel(host: HTMLElement): StatusPanel {
  const show = (text: string, isError: boolean): void => {
    host.hidden = false;
    host.textContent = text;
    host.classList.toggle('error', isError);
    host.setAttribute('role', isError ? 'alert' : 'status');
  };
  return {
    loading: () => show('Loading the graph…', false),
    error: (message) => show(`The graph could not be shown: ${message}.`, true),
    message: (text) => show(text, false),
    hide: () => {
      host.hidden = true;
    },
  };
}
