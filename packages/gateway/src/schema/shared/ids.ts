// Relay global IDs as the resolvers read them: the id inside, when it names the expected type.

/** A global ID as Pothos decodes it. */
export interface GlobalId {
  readonly typename: string;
  readonly id: string;
}

/** The id inside a global ID when it names a `typename`; null otherwise, so a wrong type is absent. */
export function idOf(globalId: GlobalId | null | undefined, typename: string): string | null {
  return globalId?.typename === typename ? globalId.id : null;
}

/**
 * The id inside a global ID when it names a `typename`; '' otherwise, which no row has, so a lookup
 * by it finds nothing and the input is reported as not found.
 */
export function lookupIdOf(globalId: GlobalId | null | undefined, typename: string): string {
  return idOf(globalId, typename) ?? '';
}
