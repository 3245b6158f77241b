namespace NavLederprogram.Development;

/// <summary>A row that adds a value (<paramref name="OldValue"/> null) or changes one.</summary>
public sealed record IndicatorImportChangeDto(int Line, string OfficeNumber, string OfficeName, string IndicatorCode, string Period, decimal? OldValue,
    decimal NewValue);
