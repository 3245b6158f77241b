namespace NavLederprogram.ELearning;

/// <summary>Which courses a person is required to take: the catalogue lists them first and "my courses" shows them with their deadline.</summary>
public interface ICourseRequirementQueries
{
    /// <summary>The courses the person must still complete, each once, with the earliest deadline that applies.</summary>
    Task<IReadOnlyList<RequiredCourse>> GetRequiredForPersonAsync(Guid personId, CancellationToken ct);
}
