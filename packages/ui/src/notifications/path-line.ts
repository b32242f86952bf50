/**
 * Returns the path title to show under an entity line. Jira sends the issue as both entity
 * (`Checkout fails`) and path (`NIM-142 Checkout fails`), so a path title that repeats the
 * entity title is cut down to what it adds, such as the issue key.
 */
export function pathTitleBesideEntity(
  pathTitle: string | null | undefined,
  entityTitle: string | null | undefined,
): string | undefined {
  const path = pathTitle?.trim();
  const entity = entityTitle?.trim();
  if (!path || !entity || !path.endsWith(entity)) {
    return path || undefined;
  }

  const rest = path
    .slice(0, path.length - entity.length)
    .replace(/[\s:·\-–—]+$/u, '')
    .trim();
  return rest || undefined;
}
