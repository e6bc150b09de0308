// Excel's sheet size (the same in the add-in and in an .xlsx file): a sheet cannot hold more.
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;
