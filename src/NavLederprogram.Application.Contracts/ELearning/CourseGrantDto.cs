namespace NavLederprogram.ELearning;

/// <summary>Competence the course grants on completion: an area at a level, valid for some months or for good (null).</summary>
public sealed record CourseGrantDto(Guid CompetenceAreaId, string CompetenceAreaName, int Level, int? ValidMonths);
