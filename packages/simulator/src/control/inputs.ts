import { z } from 'zod';
import { InvalidInputError } from '../errors.ts';

/** Account that `POST /__simulator/users` and `control.addUser` create. */
export const newUserSchema = z.strictObject({
  email: z
    .string()
    .regex(/^[^\s@:]+@[^\s@:]+$/, 'must be an email address without spaces or colons'),
  apiToken: z.string().min(1),
  name: z.string().min(1),
  /** Host names of the sites the account can use. Default: every seeded site. */
  sites: z.array(z.string().min(1)).optional(),
});

export type NewUserInput = z.input<typeof newUserSchema>;

/** Behaviour switches that `PUT /__simulator/switches` may change. */
export const switchesSchema = z.strictObject({
  refuseOAuthNotifications: z.boolean().optional(),
  hasNextPageOnLastPage: z.boolean().optional(),
  failMarkMutations: z.boolean().optional(),
  groupPageSize: z.number().int().min(1).max(100).nullable().optional(),
  holdRefreshResponses: z.boolean().optional(),
  omitRefreshTokenOnRefresh: z.boolean().optional(),
});

/** Parses a value with a schema; a failure becomes an `InvalidInputError` naming each bad field. */
export function parseInput<T extends z.ZodType>(
  schema: T,
  value: unknown,
  what: string,
): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) {
    return result.data;
  }
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(body)';
    return `${field}: ${issue.message}`;
  });
  throw new InvalidInputError(`The ${what} is invalid. ${problems.join('; ')}.`);
}
