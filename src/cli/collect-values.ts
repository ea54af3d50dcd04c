/**
 * Commander collector for a repeatable flag whose values may also be comma-separated
 * (`--tenant a --tenant b,c`). Not for values that contain commas themselves, such as LDAP DNs.
 */
export function collectValues(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
  ];
}
