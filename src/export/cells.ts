// Spreadsheet safety: a cell that starts like a formula (=, +, -, @, tab, CR) is prefixed
// with an apostrophe so Excel, LibreOffice and Sheets show it as text and never run it.

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
