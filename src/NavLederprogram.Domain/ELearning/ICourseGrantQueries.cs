namespace NavLederprogram.ELearning;

/// <summary>The competence every published course grants; a few hundred rows, read whole.</summary>
public interface ICourseGrantQueries
{
    Task<IReadOnlyList<PublishedCourseGrants>> GetPublishedGrantsAsync(CancellationToken ct);
}
