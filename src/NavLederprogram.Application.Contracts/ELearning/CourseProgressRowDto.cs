namespace NavLederprogram.ELearning;

public sealed record CourseProgressRowDto(Guid Id, string Name, CourseProgressCountsDto Counts);
