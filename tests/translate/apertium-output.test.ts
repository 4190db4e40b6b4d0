import { describe, it, expect } from 'vitest';
import { lowercaseAfterLeadingName, tidyApertiumOutput } from '../../src/translate/apertium.js';

describe('tidyApertiumOutput', () => {
  it('strips unknown-word marks, doubled spaces and French spacing, and converts quotation marks', () => {
    expect(tidyApertiumOutput('« The *classifié  network » : it is #done, @ok ?')).toBe('“The classifié network”: it is done, ok?');
  });

  it('leaves marks that are not at a word start', () => {
    expect(tidyApertiumOutput('5 * 3 and a#b')).toBe('5 * 3 and a#b');
  });
});

describe('lowercaseAfterLeadingName', () => {
  it('lowers the word Apertium capitalised after an opening name', () => {
    expect(lowercaseAfterLeadingName('Anthropic annonce une action.', 'Anthropic Announces an action.')).toBe(
      'Anthropic announces an action.',
    );
    expect(lowercaseAfterLeadingName('« XQZ1 XQZ2 discussions', '« XQZ1 XQZ2 Discussions')).toBe('« XQZ1 XQZ2 discussions');
    expect(lowercaseAfterLeadingName('Il pleut. XQZ3 a signé.', 'It rains. XQZ3 Has signed.')).toBe('It rains. XQZ3 has signed.');
  });

  it('keeps words English always capitalises, and words that were capitalised in French', () => {
    expect(lowercaseAfterLeadingName('XQZ1 lundi a dit', 'XQZ1 Monday has said')).toBe('XQZ1 Monday has said');
    expect(lowercaseAfterLeadingName('XQZ1 Google', 'XQZ1 Google')).toBe('XQZ1 Google');
  });
});
