using NavLederprogram.Competence;

namespace NavLederprogram.ELearning;

public sealed class CourseRequirementQueries(ICompetenceRequirementGaps gaps, ICourseGrantQueries grants) : ICourseRequirementQueries
{
    public async Task<IReadOnlyList<RequiredCourse>> GetRequiredForPersonAsync(Guid personId, CancellationToken ct) =>
        (await GetRequiredForPeopleAsync([personId], ct)).Select(r => r.Course).ToList();

    public async Task<IReadOnlyList<PersonRequiredCourse>> GetRequiredForPeopleAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct)
    {
        var open = await gaps.GetOpenAsync(personIds, ct);
        if (open.Count == 0) return [];
        return CourseRequirementRules.Match(open, await grants.GetPublishedGrantsAsync(ct));
    }
}
