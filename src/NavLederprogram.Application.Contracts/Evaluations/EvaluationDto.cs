namespace NavLederprogram.Evaluations;

/// <summary>An evaluation as its owner sees it: how many answered of how many may, never who.</summary>
public sealed record EvaluationDto(Guid Id, string Title, Guid QuestionSetId, string QuestionSetName, EvaluationTargetKind TargetKind, Guid TargetId,
    Guid? CohortId, Guid? RegionId, DateTime OpensAt, DateTime ClosesAt, int MinimumAnswers, int Answered, int Eligible, bool IsOpen, bool IsPulse);
