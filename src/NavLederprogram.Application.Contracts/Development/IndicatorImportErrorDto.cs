namespace NavLederprogram.Development;

/// <summary>A bad line of an import: the line in the file (the header is line 1), the column, and what is wrong, in the caller's language.</summary>
public sealed record IndicatorImportErrorDto(int Line, string Field, string Message);
