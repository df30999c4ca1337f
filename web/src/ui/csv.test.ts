import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads a header and records, with their lines, ignoring blank lines and spaces', () => {
    const { header, records } = parseCsv('\uFEFFEmail,Seat\r\n a@example.org , 1\r\n\r\nb@example.org,2\r\n');
    expect(header).toEqual(['email', 'seat']);
    expect(records).toEqual([
      { line: 2, fields: { email: 'a@example.org', seat: '1' } },
      { line: 4, fields: { email: 'b@example.org', seat: '2' } },
    ]);
  });

  it('takes semicolons when the header does, and quoted fields with quotes, separators and line breaks', () => {
    const { records } = parseCsv('email;note\n"a@example.org";"say ""hi""; then\nbye"\nb@example.org;x');
    expect(records).toEqual([
      { line: 2, fields: { email: 'a@example.org', note: 'say "hi"; then\nbye' } },
      { line: 4, fields: { email: 'b@example.org', note: 'x' } },
    ]);
  });

  it('leaves missing fields empty', () => {
    expect(parseCsv('email,seat,starts_on\na@example.org').records[0].fields).toEqual({
      email: 'a@example.org',
      seat: '',
      starts_on: '',
    });
  });

  it('reads the line breaks of old Macs, and says where a quote is never closed', () => {
    expect(parseCsv('email;seat\rDupont, Jean, Marie;1\r').records).toEqual([
      { line: 2, fields: { email: 'Dupont, Jean, Marie', seat: '1' } },
    ]);
    expect(() => parseCsv('email,seat\na@example.org,1\n"b@example.org,2\nc@example.org,3')).toThrow(new CsvError(3));
  });
});
