// When deferred start-up work runs: after the first frame is on screen (so that it does not delay that frame) and
// when the page is idle.

/**
 * Resolves once the next frame has been rendered and handed to the compositor: a task posted from a
 * requestAnimationFrame callback runs after that frame's rendering step. A hidden tab draws no frames: there it
 * resolves on the next task.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const next = (): void => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    };
    if (document.visibilityState === 'hidden') next();
    else requestAnimationFrame(next);
  });
}

/**
 * Runs `work` once the page is idle (no deadline: work that is also done on demand, like the search index, should
 * not steal time from frames while the user pans), or soon where requestIdleCallback is missing.
 */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work());
  else setTimeout(work, 50);
}
