import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/** Tells whether the query selects a field of this name anywhere below the field being resolved. */
export function selectsFieldBelow(info: GraphQLResolveInfo, fieldName: string): boolean {
  const visitedFragments = new Set<string>();

  const search = (selectionSet: SelectionSetNode | undefined): boolean =>
    selectionSet?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) {
        return selection.name.value === fieldName || search(selection.selectionSet);
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        return search(selection.selectionSet);
      }
      const name = selection.name.value;
      if (visitedFragments.has(name)) {
        return false;
      }
      visitedFragments.add(name);
      return search(info.fragments[name]?.selectionSet);
    }) ?? false;

  return info.fieldNodes.some((node) => search(node.selectionSet));
}
