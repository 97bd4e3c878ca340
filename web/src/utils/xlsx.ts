import writeXlsxFile from 'write-excel-file/browser';

/** Writes a one-sheet workbook (bold header row, then the rows) and hands it to the browser as a download. */
export async function downloadXlsx(fileName: string, header: string[], rows: (string | number | undefined)[][]) {
  const data = [
    header.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...rows.map((row) => row.map((value) => (value === undefined ? null : { value }))),
  ];
  await writeXlsxFile(data, { columns: header.map(() => ({ width: 24 })) }).toFile(fileName);
}
