export { can, SessionProvider, type SessionState, useSession } from './session-context.tsx';
