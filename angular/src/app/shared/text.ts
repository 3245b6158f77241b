/** A translation key with the values it needs. */
export interface Text {
  key: string;
  params?: Record<string, string | number>;
}
