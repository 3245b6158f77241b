using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram;
using NavLederprogram.Competence;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using NavLederprogram.TestBase;

// Measures what the competence module promises at national scale: recomputing every status for 20,000 people
// with 8 requirements each, and the national heatmap query. Usage: Benchmarks sqlite|postgresql [connection string].
// The national HR import (see HrImportBenchmark): Benchmarks hr-import sqlite|postgresql [connection string].
if (args.FirstOrDefault()?.ToLowerInvariant() == "hr-import") return await HrImportBenchmark.RunAsync(args[1..]);
// Completion of a course to its evidence in the profile (see CourseCompletionBenchmark): Benchmarks course-completion [COUNT].
if (args.FirstOrDefault()?.ToLowerInvariant() == "course-completion") return await CourseCompletionBenchmark.RunAsync(args[1..]);
// Learners submitting a quiz at once (see QuizBenchmark): Benchmarks quiz sqlite|postgresql [connection string].
if (args.FirstOrDefault()?.ToLowerInvariant() == "quiz") return await QuizBenchmark.RunAsync(args[1..]);
var provider = args.FirstOrDefault()?.ToLowerInvariant() == "postgresql" ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
var folder = Directory.CreateTempSubdirectory("navleder-bench-");
var connection = provider == DatabaseProvider.Sqlite ? $"Data Source={Path.Combine(folder.FullName, "bench.db")}" : args[1];
int People = int.Parse(Environment.GetEnvironmentVariable("BENCH_PEOPLE") ?? "20000");
const int Offices = 300;

var clock = new ShiftableClock();
var services = new ServiceCollection()
    .AddSingleton<TimeProvider>(clock)
    .AddSingleton<ICurrentUser>(new TestCurrentUser())
    .AddNavLederprogramEntityFrameworkCore(o => o.UseNavLederprogramDatabase(provider, connection));
await using var root = services.BuildServiceProvider();

Console.WriteLine($"Provider: {provider}; {People:N0} people in {Offices} offices");
await using (var scope = root.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
    if (provider == DatabaseProvider.PostgreSql) await db.Database.EnsureDeletedAsync();
    await db.Database.MigrateAsync();
    // Job roles, the demo organisation's regions and municipalities, the catalogue and its national requirements.
    // Identity is not part of what is measured, so its seed contributor (which needs the Identity stores) is left out.
    await ActivatorUtilities.CreateInstance<OrganisationDataSeedContributor>(scope.ServiceProvider).SeedAsync(default);
    await ActivatorUtilities.CreateInstance<CompetenceDataSeedContributor>(scope.ServiceProvider).SeedAsync(default);
}

var setup = Stopwatch.StartNew();
await GenerateAsync(root, People);
Console.WriteLine($"Setup (not measured): {setup.Elapsed.TotalSeconds:F1} s");

var first = await MeasureAsync(root, "Full recompute, empty status table", s => s.GetRequiredService<CompetenceStatusCalculator>().RecomputeAsync(null));
var steady = new List<double>();
for (var i = 0; i < 5; i++)
    steady.Add((await MeasureAsync(root, $"Full recompute, nothing changed #{i + 1}", s => s.GetRequiredService<CompetenceStatusCalculator>().RecomputeAsync(null))).Ms);
clock.Shift(TimeSpan.FromDays(400));
var later = await MeasureAsync(root, "Full recompute, 400 days later (expiries and deadlines)", s => s.GetRequiredService<CompetenceStatusCalculator>().RecomputeAsync(null));
clock.Shift(TimeSpan.FromDays(-400));
await MeasureAsync(root, "Full recompute, back to today", s => s.GetRequiredService<CompetenceStatusCalculator>().RecomputeAsync(null));

Guid somebody;
await using (var scope = root.CreateAsyncScope())
    somebody = await scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>().People.Select(p => p.Id).OrderBy(id => id).Skip(People / 2).FirstAsync();
var single = new List<double>();
for (var i = 0; i < 10; i++)
    single.Add((await MeasureAsync(root, null, s => s.GetRequiredService<CompetenceStatusCalculator>().RecomputeAsync([somebody]))).Ms);

// A completed programme module, from its event to the new status being readable: what the API shows next.
var eventToStatus = new List<double>();
Guid area;
await using (var scope = root.CreateAsyncScope())
    area = (await scope.ServiceProvider.GetRequiredService<ICompetenceGapQueries>().GetForPersonAsync(somebody)).First().CompetenceAreaId;
for (var i = 0; i < 10; i++)
{
    await using var scope = root.CreateAsyncScope();
    var watch = Stopwatch.StartNew();
    await scope.ServiceProvider.GetRequiredService<NavLederprogram.Events.IDomainEventPublisher>().PublishAsync(
        [new NavLederprogram.Programmes.Events.ProgrammeModuleCompleted(somebody, Guid.NewGuid(), "Modul", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), [new CompetenceGrant(area, 4, null)])]);
    var status = (await scope.ServiceProvider.GetRequiredService<ICompetenceGapQueries>().GetForPersonAsync(somebody)).First(st => st.CompetenceAreaId == area);
    watch.Stop();
    if (status.Status != CompetenceStatus.Met) throw new InvalidOperationException("The event did not make the requirement met.");
    eventToStatus.Add(watch.Elapsed.TotalMilliseconds);
}

var heatmap = new List<double>();
int cells = 0;
for (var i = 0; i < 11; i++)
{
    await using var scope = root.CreateAsyncScope();
    var store = scope.ServiceProvider.GetRequiredService<ICompetenceGapQueries>();
    var watch = Stopwatch.StartNew();
    var result = await store.CountAsync(new GapFilter(null), GapGrouping.OfficeAndCompetenceArea);
    watch.Stop();
    cells = result.Count;
    if (i > 0) heatmap.Add(watch.Elapsed.TotalMilliseconds); // the first run pays for query compilation
}

Console.WriteLine();
Console.WriteLine($"RESULT {provider}: first full recompute {first.Ms:F0} ms ({first.Result}); steady recompute median {Median(steady):F0} ms; " +
    $"400 days later {later.Ms:F0} ms ({later.Result}); one person median {Median(single):F1} ms; " +
    $"event to readable status median {Median(eventToStatus):F1} ms; national heatmap median {Median(heatmap):F1} ms ({cells} cells)");
if (provider == DatabaseProvider.Sqlite) folder.Delete(true);
return 0;

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

static async Task<(double Ms, StatusWriteResult Result)> MeasureAsync(IServiceProvider root, string? label, Func<IServiceProvider, Task<StatusWriteResult>> action)
{
    await using var scope = root.CreateAsyncScope();
    GC.Collect();
    var allocated = GC.GetTotalAllocatedBytes(true);
    var watch = Stopwatch.StartNew();
    var result = await action(scope.ServiceProvider);
    watch.Stop();
    var mb = (GC.GetTotalAllocatedBytes(true) - allocated) / 1024.0 / 1024.0;
    if (label is not null)
        Console.WriteLine($"{label}: {watch.Elapsed.TotalMilliseconds:F0} ms, allocated {mb:F0} MB, {result}");
    return (watch.Elapsed.TotalMilliseconds, result);
}

// 20,000 office leaders (8 national requirements each) in 300 offices, and evidence for about 70 % of what they need,
// some old enough to have expired, some below the level asked for.
static async Task GenerateAsync(IServiceProvider root, int People)
{
    await using var scope = root.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    var regions = await db.Regions.ToListAsync();
    var municipalities = await db.Municipalities.ToListAsync();
    var role = await db.JobRoles.SingleAsync(r => r.Code == OrganisationConsts.OfficeLeaderRoleCode);
    var requirements = (await db.Set<CompetenceRequirement>().ToListAsync()).Where(r => r.JobRoleId == role.Id && r.RegionId is null).ToList();
    if (requirements.Count != 8) throw new InvalidOperationException($"Expected 8 national office-leader requirements, found {requirements.Count}.");
    var today = DateOnly.FromDateTime(DateTime.UtcNow);
    var random = new Random(42);

    var officeIds = new List<Guid>();
    for (var i = 0; i < Offices; i++)
    {
        var municipality = municipalities[i % municipalities.Count];
        var office = new Office(Guid.CreateVersion7(), $"NAV Benchmark {i:D3}", municipality.RegionId, LeadershipModel.SingleLeader, 40, [municipality.Id]);
        db.Add(office);
        officeIds.Add(office.Id);
    }
    await db.SaveChangesAsync();

    for (var batch = 0; batch < People; batch += 2000)
    {
        for (var n = batch; n < batch + 2000; n++)
        {
            var person = new Person(Guid.CreateVersion7(), $"B{n:D6}", $"Fornavn{n}", $"Etternavn{n}", $"b{n}@nav.no", Employer.State, officeIds[n % Offices]);
            person.SetJobRoles([(role.Id, today.AddDays(-random.Next(30, 4000)))]);
            db.Add(person);
            foreach (var requirement in requirements)
            {
                var roll = random.Next(100);
                if (roll >= 70) continue;
                var level = roll < 10 ? 1 : random.Next(2, 5);
                var achieved = today.AddDays(-random.Next(1, 1500));
                db.Add(CompetenceEvidence.Record(Guid.CreateVersion7(), person.Id, requirement.CompetenceAreaId, level, EvidenceSource.CourseCompletion,
                    $"bench-{n}-{requirement.Id}", "Benchmark", achieved, null));
            }
        }
        // Straight to the DbContext: the unit of work would recompute every batch through the events, which is not what is measured.
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}

/// <summary>The system clock, moved forward to see what time alone does to statuses.</summary>
sealed class ShiftableClock : TimeProvider
{
    private TimeSpan _offset;

    public void Shift(TimeSpan by) => _offset += by;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;
}
