using Microsoft.EntityFrameworkCore;
using NavLederprogram.EntityFrameworkCore.Paging;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.EntityFrameworkCore.Organisation;

public sealed class JobRoleRepository(NavLederprogramDbContext db) : IJobRoleRepository
{
    public async Task<IReadOnlyList<JobRole>> GetAllAsync(CancellationToken ct = default) => await db.JobRoles.OrderBy(r => r.SortOrder).ToListAsync(ct);

    public async Task InsertAsync(JobRole jobRole, CancellationToken ct = default) => await db.JobRoles.AddAsync(jobRole, ct);
}
