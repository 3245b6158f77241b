namespace NavLederprogram.Development;

/// <summary>What an import of indicator values does (dry run) or did (applied): the rows it adds or changes and every bad line.</summary>
public sealed record IndicatorImportResult(int TotalRows, int ToAdd, int ToChange, int Unchanged, IReadOnlyList<IndicatorImportChangeDto> Changes,
    IReadOnlyList<IndicatorImportErrorDto> Errors, bool Applied);
