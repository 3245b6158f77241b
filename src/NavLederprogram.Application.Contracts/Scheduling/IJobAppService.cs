namespace NavLederprogram.Scheduling;

public interface IJobAppService
{
    Task<IReadOnlyList<JobDto>> GetListAsync(CancellationToken ct);
}
