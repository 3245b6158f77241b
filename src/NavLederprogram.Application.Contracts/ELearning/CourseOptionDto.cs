namespace NavLederprogram.ELearning;

/// <summary>A published course as a choice in a form or a filter.</summary>
public sealed record CourseOptionDto(Guid Id, string Code, string Title);
