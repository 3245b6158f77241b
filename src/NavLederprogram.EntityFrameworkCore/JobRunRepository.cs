using Microsoft.EntityFrameworkCore;
using NavLederprogram.Scheduling;

namespace NavLederprogram.EntityFrameworkCore.Scheduling;

public sealed class JobRunRepository(NavLederprogramDbContext db) : IJobRunRepository
{
    public async Task InsertAsync(JobRun run, CancellationToken ct = default)
    {
        await db.Set<JobRun>().AddAsync(run, ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<JobRun>> GetLatestPerJobAsync(CancellationToken ct = default)
    {
        var runs = db.Set<JobRun>().AsNoTracking();
        return await runs.Where(r => r.FiredAt == runs.Where(x => x.JobGroup == r.JobGroup && x.JobName == r.JobName).Max(x => x.FiredAt)).ToListAsync(ct);
    }

    public Task<int> DeleteOlderThanAsync(DateTime threshold, CancellationToken ct = default) =>
        db.Set<JobRun>().Where(r => r.FiredAt < threshold).ExecuteDeleteAsync(ct);
}

internal static class SchedulingModelConfiguration
{
    public static void ConfigureScheduling(this ModelBuilder builder) => builder.Entity<JobRun>(b =>
    {
        b.ToTable("SchedJobRuns");
        b.Property(r => r.JobGroup).HasMaxLength(200).IsRequired();
        b.Property(r => r.JobName).HasMaxLength(200).IsRequired();
        b.Property(r => r.Message).HasMaxLength(JobRun.MaxMessageLength);
        b.Property(r => r.ResultKey).HasMaxLength(200);
        b.PrimitiveCollection(r => r.ResultArguments);
        b.HasIndex(r => new { r.JobGroup, r.JobName, r.FiredAt });
    });
}
