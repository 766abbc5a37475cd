/**
 * A fixture set's version at a data scale: the set's own version at 1× (so a database seeded before
 * the scale factor existed stays as it is), `<version>-x<k>` at k×.
 */
export function scaledVersion(version: string, scale: number): string {
  return scale === 1 ? version : `${version}-x${scale}`;
}
