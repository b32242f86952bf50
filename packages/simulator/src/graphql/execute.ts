import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  GraphQLError,
  getOperationAST,
  parse,
  validate,
} from 'graphql';
import type { OperationType } from '../server/request-log.ts';
import type { GraphQLContext } from './context.ts';
import { schema } from './schema.ts';

/** A GraphQL-over-HTTP request body. Clients such as Atlassify leave out `operationName`. */
export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown> | null;
  operationName: string | null;
}

export type ParsedRequest =
  | {
      ok: true;
      request: GraphQLRequest;
      document: DocumentNode | null;
      syntaxError: GraphQLError | null;
    }
  | { ok: false; message: string };

/** Parses the HTTP body and, when it is well formed, the GraphQL document in it. */
export function parseGraphQLRequest(text: string): ParsedRequest {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The request body is not valid JSON.' };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, message: 'The request body must be a JSON object with a query.' };
  }

  const { query, variables, operationName } = body as Record<string, unknown>;
  if (typeof query !== 'string' || query.trim() === '') {
    return { ok: false, message: 'The request body has no query string.' };
  }
  if (
    variables !== undefined &&
    variables !== null &&
    (typeof variables !== 'object' || Array.isArray(variables))
  ) {
    return { ok: false, message: 'variables must be a JSON object.' };
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return { ok: false, message: 'operationName must be a string.' };
  }

  const request: GraphQLRequest = {
    query,
    variables: (variables as Record<string, unknown> | null | undefined) ?? null,
    operationName: operationName ?? null,
  };
  try {
    return { ok: true, request, document: parse(query), syntaxError: null };
  } catch (error) {
    if (error instanceof GraphQLError) {
      return { ok: true, request, document: null, syntaxError: error };
    }
    throw error;
  }
}

/** Returns the name and type of the operation a request runs, for the request log. */
export function describeOperation(document: DocumentNode, operationName: string | null) {
  const operation = getOperationAST(document, operationName);
  return {
    operationName: operation?.name?.value ?? null,
    operationType: (operation?.operation ?? null) as OperationType | null,
  };
}

/** Validates and runs a parsed request. Syntax and validation errors come back in `errors`. */
export async function runGraphQL(
  parsed: Extract<ParsedRequest, { ok: true }>,
  context: GraphQLContext,
): Promise<ExecutionResult> {
  if (!parsed.document) {
    return { errors: parsed.syntaxError ? [parsed.syntaxError] : [] };
  }
  const validationErrors = validate(schema, parsed.document);
  if (validationErrors.length > 0) {
    return { errors: validationErrors };
  }
  return execute({
    schema,
    document: parsed.document,
    variableValues: parsed.request.variables,
    operationName: parsed.request.operationName,
    contextValue: context,
  });
}
