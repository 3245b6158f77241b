namespace NavLederprogram.ELearning;

/// <summary>A lesson in a course's outline.</summary>
public sealed record LessonOutlineDto(Guid Id, int Order, LessonKind Kind, CourseContentTextDto Title);
