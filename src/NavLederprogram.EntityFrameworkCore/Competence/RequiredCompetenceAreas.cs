using Microsoft.EntityFrameworkCore;
using NavLederprogram.Competence;

namespace NavLederprogram.EntityFrameworkCore.Competence;

public sealed class RequiredCompetenceAreas(NavLederprogramDbContext db) : IRequiredCompetenceAreas
{
    public async Task<IReadOnlyList<Guid>> GetAreaIdsAsync(Guid personId, CancellationToken ct = default) =>
        await db.Set<PersonCompetenceStatus>().AsNoTracking().Where(s => s.PersonId == personId)
            .Select(s => s.CompetenceAreaId).Distinct().ToListAsync(ct);
}
