namespace NavLederprogram.ELearning;

/// <summary>Which courses are required for whom, derived from the competence requirements of their job roles.</summary>
public interface ICourseRequirementQueries
{
    Task<IReadOnlyList<RequiredCourse>> GetRequiredForPersonAsync(Guid personId, CancellationToken ct);

    /// <summary>The same for many people at once: one read of their open requirements and one of the published courses.</summary>
    Task<IReadOnlyList<PersonRequiredCourse>> GetRequiredForPeopleAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct);
}
