/** Browsers report coming back online on window; Taro's H5 listener only follows navigator.connection. */
export function onBrowserOnline(listener: () => void): void {
  window.addEventListener('online', listener);
}
