import { useState } from 'react';
import { suggestSlug } from '../slug';

/** A name, and the web address suggested from it until the person writes one of their own. */
export function useNameAndSlug() {
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  return {
    name,
    slug,
    onName(value: string) {
      setName(value);
      if (!slugEdited) {
        setSlug(suggestSlug(value));
      }
    },
    onSlug(value: string) {
      setSlug(value);
      setSlugEdited(true);
    },
  };
}
