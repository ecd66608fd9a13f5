/**
 * The leading part of an area title, for narrow column headers: the text
 * before the first comma or conjunction, e.g. `On Call` for
 * `On Call, Escalations and Incidents`.
 */
export function shortAreaTitle(title: string): string {
  const [head] = title.split(/,|\s+(?:and|&)\s+|\s*\/\s*/);
  return head.trim() || title;
}
