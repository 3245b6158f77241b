namespace NavLederprogram.Development;

/// <summary>An indicator of the catalogue; <paramref name="Name"/> in the caller's language, the three languages for editing.</summary>
public sealed record ResultIndicatorDto(Guid Id, string Code, string Name, string NameNb, string? NameNn, string? NameEn, IndicatorValueKind ValueKind,
    IndicatorPeriodKind PeriodKind, string? Unit, bool HigherIsBetter, bool IsActive);
