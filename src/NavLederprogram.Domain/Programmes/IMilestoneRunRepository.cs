namespace NavLederprogram.Programmes;

public interface IMilestoneRunRepository
{
    Task<IReadOnlyList<MilestoneRun>> GetForCohortAsync(Guid cohortId, CancellationToken ct = default);
    Task InsertAsync(MilestoneRun run, CancellationToken ct = default);
}
