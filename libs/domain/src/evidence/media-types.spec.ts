import { describe, expect, it } from '@jest/globals';
import { acceptedMediaTypes, cleanFileName, textMediaType } from './media-types.js';

describe('accepted media types', () => {
  it('unites the types of every kind of the proof', () => {
    expect(acceptedMediaTypes({ kinds: ['screenshot', 'document'] })).toEqual(
      expect.arrayContaining(['image/png', 'image/jpeg', 'image/webp', 'application/pdf']),
    );
    expect(acceptedMediaTypes({ kinds: ['video'] })).not.toContain('image/png');
  });

  it('accepts an IHE XDM archive (a ZIP) as a flow, not as a log', () => {
    expect(acceptedMediaTypes({ kinds: ['flow'] })).toContain('application/zip');
    expect(acceptedMediaTypes({ kinds: ['logs'] })).not.toContain('application/zip');
  });

  it('uses the proof’s own list when the référentiel gives one', () => {
    expect(acceptedMediaTypes({ kinds: ['document'], mediaTypes: ['application/pdf'] })).toEqual(['application/pdf']);
  });
});

describe('text media types', () => {
  it.each([
    ['calls.json', '{"a":1}', true, 'application/json'],
    ['calls.ndjson', '{"a":1}\n{"a":2}', true, 'application/x-ndjson'],
    ['session.har', '{"log":{}}', true, 'application/har+json'],
    ['export.csv', 'a;b\n1;2', true, 'text/csv'],
    ['trace.log', '2026-11-26 GET /fhir/v2/Practitioner', true, 'text/plain'],
    ['flux.txt', 'MSH|^~\\&|', true, 'text/plain'],
    ['adt-a28.hl7', 'MSH|^~\\&|', true, 'text/plain'],
    ['flux.dat', '<?xml version="1.0"?><a/>', true, 'application/xml'],
    ['noextension', 'plain words', true, 'text/plain'],
    ['video.mp4', 'not a video at all', true, null],
    ['calls.json', '\u0000\u0001', false, null],
  ])('%s (%j, utf8 %s) → %s', (name, head, utf8, expected) => {
    expect(textMediaType(name, head, utf8)).toBe(expected);
  });
});

describe('cleanFileName', () => {
  it.each([
    ['capture écran.png', 'capture écran.png'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\camille\\preuve.pdf', 'preuve.pdf'],
    ['rapport\u0000\u0007.pdf', 'rapport.pdf'],
    ['fdp.\u202Egnp.exe', 'fdp.gnp.exe'],
    ['..', 'fichier'],
    ['', 'fichier'],
    [undefined, 'fichier'],
    ['a'.repeat(300) + '.pdf', 'a'.repeat(200)],
  ])('%j → %j', (raw, expected) => {
    expect(cleanFileName(raw)).toBe(expected);
  });
});
