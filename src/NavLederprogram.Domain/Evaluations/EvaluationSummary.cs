namespace NavLederprogram.Evaluations;

/// <summary>One evaluation in numbers; <see cref="LikertAverage"/> is null below the threshold or without Likert answers.</summary>
[ModuleContract]
public sealed record EvaluationSummary(Guid EvaluationId, string Title, EvaluationTargetKind TargetKind, Guid? CohortId, Guid? RegionId,
    int Answered, int Eligible, decimal? LikertAverage);
