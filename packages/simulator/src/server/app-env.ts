import type { AuthKind, OperationType } from './request-log.ts';

/** Hono context variables that handlers set for the request log. */
export interface AppEnv {
  Variables: {
    authKind: AuthKind;
    operationName: string | null;
    operationType: OperationType | null;
  };
}
