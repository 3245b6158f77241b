namespace NavLederprogram.Evaluations;

/// <summary>An evaluation's free-text answers, in order of their text, not of their arrival.</summary>
public sealed record FreeTextReviewDto(Guid EvaluationId, string Title, IReadOnlyList<FreeTextAnswerDto> Answers);
