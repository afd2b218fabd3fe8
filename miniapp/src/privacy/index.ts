export { PrivacyGate } from './privacy-gate';
export {
  PRIVACY_PAGE,
  openPrivacyContract,
  privacyFailureText,
  readPrivacySetting,
  requestConsent,
  toastPrivacyFailure,
  type PrivacySetting,
} from './consent';
