// Atlassian resource identifiers (ARIs) of sites, such as `ari:cloud:platform::site/<cloudId>`.
// Clients scope notification calls with the platform form; older fields carry product forms such
// as `ari:cloud:jira::site/<cloudId>`.
const SITE_ARI_PATTERN = /^ari:cloud:[a-z-]+::site\/([^/\s]+)$/;

export function siteAri(cloudId: string): string {
  return `ari:cloud:platform::site/${cloudId}`;
}

/** Returns the cloud id inside a site ARI, or null when the text is not a site ARI. */
export function cloudIdFromSiteAri(text: string): string | null {
  return SITE_ARI_PATTERN.exec(text)?.[1] ?? null;
}
