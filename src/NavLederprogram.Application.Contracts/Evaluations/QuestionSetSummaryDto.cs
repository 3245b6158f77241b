namespace NavLederprogram.Evaluations;

public sealed record QuestionSetSummaryDto(Guid Id, string Name, int Questions, int MinimumAnswers, bool IsPulse, bool IsNational);
