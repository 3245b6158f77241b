namespace NavLederprogram.Evaluations;

/// <summary>The results of one evaluation; <see cref="Hidden"/> when fewer than <see cref="MinimumAnswers"/> answered.</summary>
public sealed record EvaluationResultsDto(Guid Id, string Title, EvaluationTargetKind TargetKind, DateTime OpensAt, DateTime ClosesAt, int Answered,
    int Eligible, int MinimumAnswers, bool Hidden, IReadOnlyList<QuestionResultDto> Questions);
