// Platform files: browser-online.h5.ts listens to the browser's `online` event. The mini-program has no such event;
// there Taro.onNetworkStatusChange (record-sync.ts) already reports the network coming back.
export function onBrowserOnline(_listener: () => void): void {}
