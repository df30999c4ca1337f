/** Everything cached about a network starts with this key. */
export const networkKey = (slug: string) => ['networks', slug] as const;
export const networksKey = ['networks'] as const;
