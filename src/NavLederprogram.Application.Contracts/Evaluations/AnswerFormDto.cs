namespace NavLederprogram.Evaluations;

public sealed record AnswerFormDto(Guid Id, string Title, DateTime ClosesAt, bool Answered, IReadOnlyList<AnswerQuestionDto> Questions);
