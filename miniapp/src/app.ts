import type { PropsWithChildren } from 'react';
import { useDidShow } from '@tarojs/taro';
import { configure as configureIcons } from '@nutui/icons-react-taro';
import { startAutoSync, syncRecords } from './offline/record-sync';
import './app.scss';

// NutUI's icons draw as an <i> element, which a mini-program has no template for: WeChat would leave every icon out
// (the steppers' − and +, the inputs' clear button). A <view> is drawn on every platform.
if (process.env.TARO_ENV !== 'h5') configureIcons({ tag: 'view' });

function App({ children }: PropsWithChildren) {
  // Records saved offline go up whenever the app comes back to the foreground (and when the network returns).
  useDidShow(() => {
    startAutoSync();
    void syncRecords({ force: true });
  });
  return children;
}

export default App;
