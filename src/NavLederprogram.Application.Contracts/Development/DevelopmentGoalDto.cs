namespace NavLederprogram.Development;

/// <summary>
/// A goal with its indicator, target and the office's values over time (oldest first). <paramref name="IndicatorName"/> and
/// the kind are null for a goal without an indicator.
/// </summary>
public sealed record DevelopmentGoalDto(Guid Id, string Title, string? Description, GoalStatus Status, Guid? IndicatorId, string? IndicatorName,
    IndicatorValueKind? ValueKind, IndicatorPeriodKind? PeriodKind, string? Unit, bool? HigherIsBetter, decimal? TargetValue, DateTime? AgreedAt,
    DateOnly? DueOn, IReadOnlyList<IndicatorValueDto> Values);
