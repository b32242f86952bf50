import { z } from 'zod';

/** How many requests a fault applies to before it switches itself off. */
const requestCount = z.number().int().min(1).max(10_000).default(1);

/**
 * Exact request paths a fault applies to, such as `/gateway/api/graphql`. Absent: every simulated
 * Atlassian endpoint. The `/__simulator/` control endpoints never fail.
 */
const paths = z.array(z.string().startsWith('/')).min(1).optional();

/** A header value as it goes on the wire: printable ASCII, so odd values are possible but safe. */
const headerValue = z
  .string()
  .max(200)
  .regex(/^[\x20-\x7e]*$/, 'must be printable ASCII');

/**
 * Faults the simulator injects, each for a bounded number of requests. `PUT /__simulator/faults`
 * and `control.setFaults` replace the whole set. A request takes at most one of
 * `refuseConnections`, `hangResponses` and `httpError`, in that order, so setting several
 * makes a sequence: first the refused requests, then the hung ones, then the HTTP errors.
 */
export const faultSettingsSchema = z.strictObject({
  /** Close the socket without a response; the client sees a reset or closed connection. */
  refuseConnections: z.strictObject({ requests: requestCount, paths }).optional(),
  /**
   * Accept the request and never respond. The simulator drops the connection after `maxSeconds`,
   * when the faults change or on reset, unless the client gives up first.
   */
  hangResponses: z
    .strictObject({
      requests: requestCount,
      maxSeconds: z.number().int().min(1).max(600).default(60),
      paths,
    })
    .optional(),
  /** Respond with an HTTP error status, with `retryAfter` sent verbatim as the Retry-After header. */
  httpError: z
    .strictObject({
      status: z.number().int().min(400).max(599),
      retryAfter: headerValue.optional(),
      requests: requestCount,
      paths,
    })
    .optional(),
  /** Put `count` nodes that break Atlassian's schema at the top of each feed page. */
  malformedItems: z
    .strictObject({ count: z.number().int().min(1).max(100).default(1), requests: requestCount })
    .optional(),
  /**
   * Respond to feed requests with data plus a GraphQL error naming a site, and leave out that
   * site's items: the shape reported from Atlassian's gateway when one site is not accessible.
   */
  partialErrors: z
    .strictObject({
      cloudId: z.string().min(1),
      statusCode: z.number().int().min(400).max(599).default(403),
      requests: requestCount,
    })
    .optional(),
  /**
   * Respond to feed requests with GraphQL errors and HTTP 200 but no usable data: `data: null`, or
   * with `emptyFeed` an empty node list beside the errors.
   */
  errorsWithoutData: z
    .strictObject({
      statusCode: z.number().int().min(400).max(599).default(503),
      emptyFeed: z.boolean().default(false),
      requests: requestCount,
    })
    .optional(),
});

/** Faults as the control API accepts them; omitted counts default to 1 request. */
export type FaultSettingsInput = z.input<typeof faultSettingsSchema>;
/** Faults with defaults filled in; `requests` is what remains of each. */
export type FaultSettings = z.output<typeof faultSettingsSchema>;
export type FaultKind = keyof FaultSettings;
