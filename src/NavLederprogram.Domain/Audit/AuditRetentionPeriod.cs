namespace NavLederprogram.Audit;

/// <summary>A retention period as configured: a number of days or of years (a year is not a fixed number of days).</summary>
[ModuleContract]
public sealed record AuditRetentionPeriod(int Days = 0, int Years = 0)
{
    /// <summary>The oldest moment an entry written at or after it is still kept, at <paramref name="now"/>.</summary>
    public DateTime KeepFrom(DateTime now) => now.AddYears(-Years).AddDays(-Days);
}
