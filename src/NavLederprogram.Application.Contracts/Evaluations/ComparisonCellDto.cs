namespace NavLederprogram.Evaluations;

/// <summary>One question in one cohort: hidden below the threshold, else the count and (for ratings) the average.</summary>
public sealed record ComparisonCellDto(Guid CohortId, bool Hidden, int? Count, decimal? Average, IReadOnlyList<int>? Distribution);
