import { csvAttachment, csvLine } from './csv';

describe('CSV export', () => {
  it('quotes every cell and doubles quotes, so commas and line breaks stay inside their cell', () => {
    expect(csvLine(['Anna "A" Admin', 'a,b', 'two\nlines', 3, null])).toBe(
      '"Anna ""A"" Admin","a,b","two\nlines","3",""\r\n',
    );
  });

  it.each(['=HYPERLINK("http://evil")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])(
    'neutralises %j so a spreadsheet shows it as text',
    (value) => {
      expect(csvLine([value])).toBe(`"'${value.replace(/"/g, '""')}"\r\n`);
    },
  );

  it('writes dates as ISO 8601', () => {
    expect(csvLine([new Date('2026-12-01T10:00:00.000Z')])).toBe('"2026-12-01T10:00:00.000Z"\r\n');
  });

  it('names the file after the customer and the day, with nothing a header could be split on', () => {
    expect(csvAttachment('members', '10001"\r\nX', new Date('2026-12-01T23:00:00Z'))).toBe(
      'attachment; filename="members-10001X-2026-12-01.csv"',
    );
  });
});
