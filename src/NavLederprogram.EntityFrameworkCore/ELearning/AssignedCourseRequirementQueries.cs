using Microsoft.EntityFrameworkCore;
using NavLederprogram.ELearning;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

/// <summary>
/// The courses a person must take as their enrolments say: those assigned to them or required of them and not yet
/// completed, with the deadline set on the enrolment.
/// </summary>
public sealed class AssignedCourseRequirementQueries(NavLederprogramDbContext db) : ICourseRequirementQueries
{
    public async Task<IReadOnlyList<RequiredCourse>> GetRequiredForPersonAsync(Guid personId, CancellationToken ct) =>
        await db.Set<CourseEnrolment>().AsNoTracking()
            .Where(e => e.PersonId == personId && e.CompletedAt == null
                && (e.Source == CourseEnrolmentSource.Assigned || e.Source == CourseEnrolmentSource.Required))
            .Select(e => new RequiredCourse(e.CourseId, e.DueOn))
            .ToListAsync(ct);
}
