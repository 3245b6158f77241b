using Microsoft.EntityFrameworkCore;
using NavLederprogram.ELearning;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

/// <summary>
/// The courses people must take as their enrolments say: those assigned to them or required of them and not yet completed,
/// with the deadline set on the enrolment. Stands in where the rule derived from competence requirements is not registered.
/// </summary>
public sealed class AssignedCourseRequirementQueries(NavLederprogramDbContext db) : ICourseRequirementQueries
{
    public async Task<IReadOnlyList<RequiredCourse>> GetRequiredForPersonAsync(Guid personId, CancellationToken ct) =>
        (await GetRequiredForPeopleAsync([personId], ct)).Select(p => p.Course).ToList();

    public async Task<IReadOnlyList<PersonRequiredCourse>> GetRequiredForPeopleAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct)
    {
        var ids = personIds.ToList();
        var rows = await db.Set<CourseEnrolment>().AsNoTracking()
            .Where(e => ids.Contains(e.PersonId) && e.CompletedAt == null
                && (e.Source == CourseEnrolmentSource.Assigned || e.Source == CourseEnrolmentSource.Required))
            .Select(e => new { e.PersonId, e.CourseId, e.DueOn, e.Source })
            .ToListAsync(ct);
        return rows.Select(r => new PersonRequiredCourse(r.PersonId, new RequiredCourse(r.CourseId, r.DueOn, r.Source.ToString()))).ToList();
    }
}
