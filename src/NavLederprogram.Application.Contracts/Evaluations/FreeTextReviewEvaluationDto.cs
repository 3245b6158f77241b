namespace NavLederprogram.Evaluations;

/// <summary>An evaluation with free-text answers, and how many of them still wait for review.</summary>
public sealed record FreeTextReviewEvaluationDto(
    Guid Id, string Title, EvaluationTargetKind TargetKind, bool IsPulse, DateTime OpensAt, DateTime ClosesAt, int Pending, int Reviewed);
