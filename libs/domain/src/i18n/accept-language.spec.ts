import { describe, expect, it } from '@jest/globals';
import { negotiateLanguage } from './accept-language.js';

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['fr', 'fr'],
    ['FR', 'fr'],
    ['fr-FR', 'fr'],
    ['fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7', 'fr'],
    ['en-US,en;q=0.9,fr;q=0.8', 'en'],
    ['de-DE,fr;q=0.5', 'fr'],
    ['de-DE', 'en'],
    ['*', 'en'],
    ['fr;q=0', 'en'],
    ['en;q=0.4, fr;q=0.6', 'fr'],
    ['fr;q=0.5, en;q=0.5', 'fr'],
    ['fr;q=abc', 'fr'],
    ['; ,,fr', 'fr'],
  ])('%j → %s', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});
