import { describe, expect, it } from '@jest/globals';
import {
  decideFirstSignIn,
  emailDomain,
  isStrongAuthentication,
  isValidEmailDomain,
  type FirstSignInFacts,
} from './oidc.js';

describe('emailDomain', () => {
  it.each([
    ['camille@Editeur.EXAMPLE', 'editeur.example'],
    ['a@b@c.fr', 'c.fr'],
    ['no-at-sign', null],
    ['@c.fr', null],
    ['c@', null],
  ])('%s → %s', (email, domain) => expect(emailDomain(email)).toBe(domain));
});

describe('isValidEmailDomain', () => {
  it.each([
    ['editeur.example', true],
    ['sante.gouv.fr', true],
    ['localhost', false],
    ['*.example.fr', false],
    ['Editeur.fr', false],
    ['a..fr', false],
    ['-a.fr', false],
  ])('%s → %s', (domain, valid) => expect(isValidEmailDomain(domain)).toBe(valid));
});

describe('isStrongAuthentication', () => {
  const provider = { strongAcrValues: ['eidas2', 'eidas3'] };
  it.each([
    [{ acr: 'eidas2' }, true],
    [{ acr: 'eidas1' }, false],
    [{ acr: 'eidas1', amr: ['pwd', 'otp'] }, true],
    [{ amr: ['pwd'] }, false],
    [{ amr: ['mfa'] }, true],
    [{ amr: ['sc'] }, true],
    [{}, false],
    [{ acr: null, amr: null }, false],
  ])('%j → %s', (claims, strong) => expect(isStrongAuthentication(claims, provider)).toBe(strong));
});

describe('decideFirstSignIn', () => {
  const base: FirstSignInFacts = {
    email: 'camille@editeur.example',
    emailVerified: true,
    accountExists: false,
    invitation: null,
    domain: null,
  };
  const invitation = { id: 'i1', organizationId: 'org-invite', role: 'vendor_admin' as const };
  const domain = { organizationId: 'org-domain', role: 'vendor_member' as const };
  it.each<[string, Partial<FirstSignInFacts>, ReturnType<typeof decideFirstSignIn>]>([
    ['no e-mail', { email: null }, { kind: 'refused', reason: 'email_missing' }],
    ['an existing account must be linked', { accountExists: true, domain }, { kind: 'link_required' }],
    ['unverified e-mail', { emailVerified: false, domain }, { kind: 'refused', reason: 'email_unverified' }],
    [
      'invitation wins over domain',
      { invitation, domain },
      { kind: 'join', organizationId: 'org-invite', role: 'vendor_admin', via: 'invitation', invitationId: 'i1' },
    ],
    ['domain', { domain }, { kind: 'join', organizationId: 'org-domain', role: 'vendor_member', via: 'domain' }],
    ['unknown domain', {}, { kind: 'refused', reason: 'domain_unknown' }],
  ])('%s', (_name, facts, expected) => expect(decideFirstSignIn({ ...base, ...facts })).toEqual(expected));
});
