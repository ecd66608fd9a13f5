/**
 * Values that stand for "fill this in" rather than for a practice: templates'
 * and documentation's placeholders, left in a catalog-info.yaml.
 */
const PLACEHOLDERS: RegExp[] = [
  // <your SLO dashboard URL>, <value>
  /<[^<>]+>/,
  // ${SERVICE_ID}, ${{ values.name }}, {{ cookiecutter.name }}
  /\$\{[^}]*\}|\{\{[^}]*\}\}/,
  // YOUR_PROJECT_SLUG, also within a URL: words in capitals joined by _.
  /(?<![A-Za-z0-9])[A-Z]+(?:_[A-Z]+)+(?![A-Za-z0-9])/,
  // TODO, TBD, FIXME in capitals, changeme and xxx in any case, as words.
  /(?<![A-Za-z0-9])(?:TODO|TBD|FIXME)(?![A-Za-z0-9])/,
  /(?<![A-Za-z0-9])(?:change[-_]?me|x{3,})(?![A-Za-z0-9])/i,
  /^(?:todo|tbd|fixme)$/i,
  /\.\.\.|…/,
];

/** Whole values that say there is nothing, in any case. */
const NOTHING = /^(?:none|n\/a|null)$/i;

/**
 * Domains reserved for documentation (RFC 2606): they never point to a real
 * service, so a link to one is a copied example.
 */
const EXAMPLE_HOST =
  /^(?:[a-z0-9-]+\.)*(?:example\.(?:com|net|org)|[a-z0-9-]+\.(?:example|invalid))\.?$/i;

/** The host names within a value: of URLs, e-mail addresses, a bare host. */
function hostsIn(value: string): string[] {
  const ofUrls = value.matchAll(
    /[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#\s]*@)?([^/?#:\s]+)/gi,
  );
  const ofAddresses = value.matchAll(/@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi);
  const bare = value.match(/^([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/:?#]|$)/i);
  return [...ofUrls, ...ofAddresses, ...(bare ? [bare] : [])].map(
    match => match[1],
  );
}

/**
 * Why a catalog value (an annotation's value or a link's URL) does not count
 * as evidence that a practice is in place, in words for the entity's owners,
 * or undefined when it counts. Refused are empty values, placeholders such as
 * `<your runbook URL>`, `YOUR_PROJECT_SLUG` or `TODO`, and links to the
 * domains reserved for examples, such as `https://wiki.example.com/...`.
 *
 * @public
 */
export function whyNotEvidence(value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) {
    return 'it is empty';
  }
  if (NOTHING.test(trimmed)) {
    return `"${trimmed}" says there is none`;
  }
  if (PLACEHOLDERS.some(pattern => pattern.test(trimmed))) {
    return 'it is a placeholder, to be replaced with the real value';
  }
  const exampleHost = hostsIn(trimmed).find(host => EXAMPLE_HOST.test(host));
  if (exampleHost) {
    return `it points to ${exampleHost}, a domain reserved for examples`;
  }
  return undefined;
}
