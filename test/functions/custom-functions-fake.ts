// Stands in for the CustomFunctions global that Excel's runtime provides to custom functions.
class FakeCustomFunctionsError {
  constructor(
    public readonly code: string,
    public readonly message?: string,
  ) {}
}

export function installCustomFunctionsFake(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: FakeCustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  };
}

export function isCellError(value: unknown): value is FakeCustomFunctionsError {
  return value instanceof FakeCustomFunctionsError;
}
