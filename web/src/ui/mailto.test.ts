import { describe, expect, it } from 'vitest';
import { mailto } from './mailto';

describe('mailto', () => {
  it('links to the address as it is', () => {
    expect(mailto('climat@uccle.be')).toBe('mailto:climat@uccle.be');
  });

  it('cannot be made to add recipients or a body', () => {
    expect(mailto('a?bcc=evil@x.io&body=hi@uccle.be')).toBe('mailto:a%3Fbcc%3Devil@x.io%26body%3Dhi@uccle.be');
  });
});
