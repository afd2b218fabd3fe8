import type { PropsWithChildren } from 'react';
import { useDidShow } from '@tarojs/taro';
import { startAutoSync, syncRecords } from './offline/record-sync';
import './app.scss';

function App({ children }: PropsWithChildren) {
  // Records saved offline go up whenever the app comes back to the foreground (and when the network returns).
  useDidShow(() => {
    startAutoSync();
    void syncRecords({ force: true });
  });
  return children;
}

export default App;
