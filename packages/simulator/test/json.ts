// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary response bodies and let expect() check them.
export type Json = any;

/** Parses a response body for assertions. */
export function jsonOf(response: Response): Promise<Json> {
  return response.json() as Promise<Json>;
}
