using Microsoft.EntityFrameworkCore;
using NavLederprogram.Organisation;

namespace NavLederprogram.EntityFrameworkCore.Organisation;

public sealed class OfficeNumberQueries(NavLederprogramDbContext db) : IOfficeNumberQueries
{
    public async Task<IReadOnlyDictionary<string, Guid>> GetOfficeIdsByNumberAsync(CancellationToken ct = default) =>
        (await (from om in db.Set<OfficeMunicipality>()
                join m in db.Set<Municipality>() on om.MunicipalityId equals m.Id
                join o in db.Set<Office>() on om.OfficeId equals o.Id
                select new { m.Number, om.OfficeId }).AsNoTracking().ToListAsync(ct))
            .DistinctBy(r => r.Number).ToDictionary(r => r.Number, r => r.OfficeId, StringComparer.Ordinal);
}
