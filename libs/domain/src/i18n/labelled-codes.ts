/**
 * The codes of a set declared once with their French labels, in the order the labels are
 * written (the order lists and exports show them in).
 */
export function codesOf<Code extends string>(labels: Record<Code, string>): readonly Code[] {
  return Object.keys(labels) as Code[];
}
