using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public interface IJobRoleRepository
{
    Task<IReadOnlyList<JobRole>> GetAllAsync(CancellationToken ct = default);
    Task InsertAsync(JobRole jobRole, CancellationToken ct = default);
}
