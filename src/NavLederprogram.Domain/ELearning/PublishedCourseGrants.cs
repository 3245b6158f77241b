using NavLederprogram.Competence;

namespace NavLederprogram.ELearning;

/// <summary>The competence a course's published version grants on completion.</summary>
public sealed record PublishedCourseGrants(Guid CourseId, Guid CourseVersionId, IReadOnlyList<CompetenceGrant> Grants);
