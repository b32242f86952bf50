import {
  assertObjectType,
  buildSchema,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  isInterfaceType,
} from 'graphql';
import type { GraphQLContext, NotificationsRoot } from './context.ts';
import { requireNotificationAccess } from './context.ts';
import { notificationMutationResolvers } from './mutation-resolvers.ts';
import { notificationQueryResolvers } from './notification-resolvers.ts';
import { SCHEMA_SDL } from './schema-sdl.ts';

interface TenantContextsArgs {
  hostNames: string[];
}

const queryResolvers = {
  me(_root: unknown, _args: unknown, context: GraphQLContext) {
    if (context.caller.kind === 'anonymous') {
      return { user: null };
    }
    const user = context.caller.user;
    return {
      user: {
        __typename: 'AtlassianAccountUser',
        accountId: user.accountId,
        accountStatus: 'active',
        name: user.name,
        picture: user.picture,
        email: user.email,
        nickname: user.nickname,
        locale: user.locale,
        zoneinfo: user.zoneinfo,
      },
    };
  },

  notifications: (_root: unknown, _args: unknown, context: GraphQLContext): NotificationsRoot =>
    requireNotificationAccess(context),

  /** Resolves site host names to cloud ids; unknown hosts are left out of the list. */
  tenantContexts(_root: unknown, args: TenantContextsArgs, context: GraphQLContext) {
    return args.hostNames.flatMap((hostName) => {
      const site = context.state.directory.findSiteByHostName(hostName.trim());
      return site ? [{ cloudId: site.cloudId, hostName: site.hostName }] : [];
    });
  },
};

const mutationResolvers = {
  notifications: queryResolvers.notifications,
};

type Resolver = (source: never, args: never, context: GraphQLContext, info: never) => unknown;

const RESOLVERS: Record<string, Record<string, Resolver>> = {
  Query: queryResolvers,
  Mutation: mutationResolvers,
  InfluentsNotificationQuery: notificationQueryResolvers,
  InfluentsNotificationMutation: notificationMutationResolvers,
};

/** Builds the executable schema: the SDL plus the resolvers above. */
function buildExecutableSchema(): GraphQLSchema {
  const schema = buildSchema(SCHEMA_SDL);
  for (const [typeName, resolvers] of Object.entries(RESOLVERS)) {
    const fields = assertObjectType(schema.getType(typeName)).getFields();
    for (const [fieldName, resolver] of Object.entries(resolvers)) {
      const field = fields[fieldName];
      if (!field) {
        throw new TypeError(`The schema has no field ${typeName}.${fieldName} for its resolver.`);
      }
      // Each resolver declares the source and arguments that its field's SDL guarantees, which
      // graphql-js can only type as unknown.
      field.resolve = resolver as unknown as GraphQLFieldResolver<unknown, GraphQLContext>;
    }
  }
  // Every user object carries its concrete type name.
  const userType = schema.getType('User');
  if (isInterfaceType(userType)) {
    userType.resolveType = (value) => (value as { __typename: string }).__typename;
  }
  return schema;
}

export const schema = buildExecutableSchema();
