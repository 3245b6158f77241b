namespace NavLederprogram.Development;

/// <summary>One value of an office; <paramref name="Period"/> as written (<c>2026-09</c>, <c>2026-Q3</c>).</summary>
public sealed record IndicatorValueDto(Guid IndicatorId, Guid OfficeId, string Period, DateOnly PeriodStart, decimal Value, IndicatorValueSource Source);
