namespace NavLederprogram.ELearning;

/// <summary>A course a person must take, and by when (null: no deadline).</summary>
public sealed record RequiredCourse(Guid CourseId, DateOnly? DueOn);
