namespace NavLederprogram.ELearning;

/// <summary>One course's learners: enrolled, completed, and of those who took its quiz, how many passed.</summary>
[ModuleContract]
public sealed record CourseReportCount(Guid CourseId, int Enrolled, int Completed, int QuizTaken, int QuizPassed);
