using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NavLederprogram.ELearning;

namespace NavLederprogram.EntityFrameworkCore;

/// <summary>
/// SCORM packages with their table of contents as a JSON document, and attempts with the run-time data that has a
/// meaning of its own (status, score, location, suspend data, time) in columns and the rest (interactions,
/// objectives, comments) as one JSON document. Times are ticks: SQL Server's time type ends at 24 hours.
/// </summary>
internal static class ScormModelConfiguration
{
    private static readonly ValueComparer<Dictionary<string, string>> RuntimeDataComparer = new(
        (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
        d => d.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key.GetHashCode(), pair.Value.GetHashCode())),
        d => new Dictionary<string, string>(d, StringComparer.Ordinal));

    public static void ConfigureScorm(this ModelBuilder builder, string? provider)
    {
        builder.Entity<ScormPackage>(b =>
        {
            b.ToTable("ELearningScormPackages");
            b.ConfigureAudited();
            b.Property(p => p.Title).HasMaxLength(ScormConsts.TitleMax).IsRequired();
            b.Property(p => p.FileName).HasMaxLength(ScormConsts.TitleMax).IsRequired();
            b.Property(p => p.Version).HasConversion<string>().HasMaxLength(24);
            b.HasIndex(p => p.CourseId);
            b.OwnsMany(p => p.Scos, s => s.ToJson("Scos"));
            b.Navigation(p => p.Scos).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.Ignore(p => p.Launchable);
            b.Ignore(p => p.StorageFolder);
        });

        builder.Entity<ScormAttempt>(b =>
        {
            b.ToTable("ELearningScormAttempts");
            b.ConfigureAudited();
            b.HasIndex(a => new { a.PersonId, a.PackageId, a.ScoIdentifier }).IsUnique();
            b.HasOne<ScormPackage>().WithMany().HasForeignKey(a => a.PackageId).OnDelete(DeleteBehavior.Restrict);
            b.Property(a => a.ScoIdentifier).HasMaxLength(ScormConsts.IdentifierMax).IsRequired();
            b.Property(a => a.Version).HasConversion<string>().HasMaxLength(24);
            b.Property(a => a.Entry).HasMaxLength(ScormConsts.StatusMax);
            b.Property(a => a.Exit).HasMaxLength(ScormConsts.StatusMax);
            b.Property(a => a.Status).HasMaxLength(ScormConsts.StatusMax).IsRequired();
            b.Property(a => a.SuccessStatus).HasMaxLength(ScormConsts.StatusMax);
            b.Property(a => a.Location).HasMaxLength(ScormConsts.LocationMax);
            b.Property(a => a.SuspendData).HasMaxLength(ScormConsts.SuspendDataMax);
            foreach (var score in new[] { nameof(ScormAttempt.ScoreRaw), nameof(ScormAttempt.ScoreMin), nameof(ScormAttempt.ScoreMax) })
                b.Property<decimal?>(score).HasPrecision(18, 7);
            b.Property(a => a.ScoreScaled).HasPrecision(10, 7);
            b.Property(a => a.ProgressMeasure).HasPrecision(10, 7);
            b.Property(a => a.EarlierSessionsTime).HasConversion(t => t.Ticks, ticks => TimeSpan.FromTicks(ticks));
            b.Property(a => a.SessionTime).HasConversion(t => t.Ticks, ticks => TimeSpan.FromTicks(ticks));
            var runtime = b.Property(a => a.RuntimeData).HasConversion(
                d => JsonSerializer.Serialize(d, (JsonSerializerOptions?)null),
                json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, (JsonSerializerOptions?)null) ?? new Dictionary<string, string>(),
                RuntimeDataComparer);
            if (provider == "Npgsql.EntityFrameworkCore.PostgreSQL") runtime.HasColumnType("jsonb");
            b.Ignore(a => a.TotalTime);
            b.Ignore(a => a.IsCompleted);
            b.Ignore(a => a.ScorePercent);
        });
    }
}
