namespace NavLederprogram.Evaluations;

/// <summary>A cohort's column: its answers pooled over its evaluations of the set; hidden below the threshold.</summary>
public sealed record ComparisonColumnDto(Guid CohortId, string CohortName, int Evaluations, int Answered, bool Hidden);
