import { describe, expect, it } from 'vitest';
import { safeHref } from '../../site/src/lib/safe-href.ts';

describe('safeHref', () => {
  it('allows an https URL', () => {
    expect(safeHref('https://example.org/verslag.pdf')).toBe('https://example.org/verslag.pdf');
  });

  it('allows an http URL', () => {
    expect(safeHref('http://example.org/')).toBe('http://example.org/');
  });

  it('allows a mailto link', () => {
    expect(safeHref('mailto:info@example.org')).toBe('mailto:info@example.org');
  });

  it('allows a tel link', () => {
    expect(safeHref('tel:+3225551234')).toBe('tel:+3225551234');
  });

  it('allows a path on the site', () => {
    expect(safeHref('/nl/veranderateliers/')).toBe('/nl/veranderateliers/');
  });

  it('trims surrounding whitespace', () => {
    expect(safeHref('  https://example.org/  ')).toBe('https://example.org/');
  });

  it('rejects a javascript: URL', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
  });

  it('rejects a javascript: URL in mixed case with leading whitespace', () => {
    expect(safeHref(' \tJaVaScRiPt:alert(1)')).toBeNull();
  });

  it('rejects a javascript: URL with a tab inside the scheme', () => {
    expect(safeHref('java\tscript:alert(1)')).toBeNull();
  });

  it('rejects a data: URL', () => {
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
  });

  it('rejects a vbscript: URL', () => {
    expect(safeHref('vbscript:msgbox(1)')).toBeNull();
  });

  it('rejects a protocol-relative URL (//evil.example)', () => {
    expect(safeHref('//evil.example/')).toBeNull();
  });

  it('rejects a path starting with a backslash that browsers read as //evil.example', () => {
    expect(safeHref('/\\evil.example/')).toBeNull();
  });

  it('rejects a path with a tab after its slash that browsers read as //evil.example', () => {
    expect(safeHref('/\t/evil.example/')).toBeNull();
  });

  it('rejects a relative path without a leading slash', () => {
    expect(safeHref('verslag.pdf')).toBeNull();
  });

  it('rejects an empty string', () => {
    expect(safeHref('')).toBeNull();
  });
});
