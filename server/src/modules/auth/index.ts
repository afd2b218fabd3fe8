// The auth module's public face: what other modules may use (see .dependency-cruiser.cjs).
export { loginFields, LoginResult } from './auth.schemas.js';
export { AuthService, loginFailed } from './auth.service.js';
export { CardUnlockResult } from './lockout.schemas.js';
export { LockoutService } from './lockout.service.js';
export { PasswordService } from './password.service.js';
export { SessionService } from './session.service.js';
export { type SubjectKind, SubjectRegistry } from './subject.js';
export { accountSubject, LoginThrottleService } from './throttle.service.js';
export { LoginAttempt } from './auth.decorators.js';
