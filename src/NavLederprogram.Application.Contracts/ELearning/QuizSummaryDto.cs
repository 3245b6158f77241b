namespace NavLederprogram.ELearning;

public sealed record QuizSummaryDto(Guid Id, Guid CourseId, QuizLocalTextDto Title, int QuestionCount, int PassMarkPercent);
