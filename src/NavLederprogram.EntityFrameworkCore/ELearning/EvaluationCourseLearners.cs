using Microsoft.EntityFrameworkCore;
using NavLederprogram.ELearning;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

public sealed class EvaluationCourseLearners(NavLederprogramDbContext db) : IEvaluationCourseLearners
{
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> GetLearnersAsync(IReadOnlyCollection<Guid> courseIds, CancellationToken ct = default)
    {
        if (courseIds.Count == 0) return new Dictionary<Guid, IReadOnlyList<Guid>>();
        var rows = await db.Set<CourseEnrolment>().AsNoTracking().Where(e => courseIds.Contains(e.CourseId))
            .Select(e => new { e.CourseId, e.PersonId }).ToListAsync(ct);
        return rows.GroupBy(r => r.CourseId).ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)g.Select(r => r.PersonId).Distinct().ToList());
    }

    public async Task<IReadOnlyList<Guid>> GetCoursesOfLearnerAsync(Guid personId, CancellationToken ct = default) =>
        await db.Set<CourseEnrolment>().AsNoTracking().Where(e => e.PersonId == personId).Select(e => e.CourseId).Distinct().ToListAsync(ct);
}
