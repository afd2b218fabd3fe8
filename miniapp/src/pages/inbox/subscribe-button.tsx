/** WeChat subscribe messages exist only in the mini-program (see subscribe-button.weapp.tsx). */
export function SubscribeButton() {
  return null;
}
