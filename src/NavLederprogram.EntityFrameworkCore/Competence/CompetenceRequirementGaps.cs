using Microsoft.EntityFrameworkCore;
using NavLederprogram.Competence;

namespace NavLederprogram.EntityFrameworkCore.Competence;

public sealed class CompetenceRequirementGaps(NavLederprogramDbContext db) : ICompetenceRequirementGaps
{
    /// <summary>Expiring soon is still held: the person has the competence until its end date.</summary>
    private static readonly CompetenceStatus[] Open = [CompetenceStatus.Expired, CompetenceStatus.MissingWithinDeadline, CompetenceStatus.Overdue];

    public async Task<IReadOnlyList<OpenRequirement>> GetOpenAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct = default)
    {
        if (personIds.Count == 0) return [];
        return await db.Set<PersonCompetenceStatus>().AsNoTracking()
            .Where(s => personIds.Contains(s.PersonId) && Open.Contains(s.Status))
            .Select(s => new OpenRequirement(s.PersonId, s.RequirementId, s.CompetenceAreaId, s.RequiredLevel, s.Status, s.Deadline))
            .ToListAsync(ct);
    }
}
