using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Competence;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.Events;
using NavLederprogram.Organisation;
using NavLederprogram.TestBase;
using Shouldly;
using Xunit;

namespace NavLederprogram.Application.Tests;

/// <summary>
/// A committed HR file is written by the import job from the database alone: in batches whose progress the sender
/// can follow, with counts of what it did, changing nothing when the same file comes again, on a node that never saw
/// the upload, and setting off the competence statuses of the people once, for all of them together.
/// </summary>
public class HrImportJobTests : IAsyncLifetime
{
    private const string Header = "employeeNumber;firstName;lastName;email;employer;officeName;jobRoleCode;jobRoleStartDate";
    private readonly PlacementObserver.Calls _placementCalls = new();
    private SqliteTestDatabase _db = null!;

    /// <summary>Records each batch of placement changes it is handed, as the competence module's handler is handed them.</summary>
    private sealed class PlacementObserver(PlacementObserver.Calls calls) : IDomainEventHandler<PersonPlacementChanged>
    {
        public sealed class Calls
        {
            public List<int> Sizes { get; } = [];
        }

        public Task HandleAsync(IReadOnlyList<PersonPlacementChanged> events, CancellationToken ct)
        {
            calls.Sizes.Add(events.Count);
            return Task.CompletedTask;
        }
    }

    public async ValueTask InitializeAsync()
    {
        _db = await SqliteTestDatabase.CreateAsync(configure: services =>
        {
            services.AddSingleton(_placementCalls);
            services.AddDomainEventHandler<PlacementObserver>();
        });
        await _db.SignInAsAsync("ksadmin");
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    private static string File(int count, string office = "NAV Værnes", Func<int, string>? role = null) =>
        Header + "\n" + string.Join("\n", Enumerable.Range(0, count)
            .Select(i => $"J{i:D5};Kari;Nordmann {i};kari.{i}@nav.no;statlig;{office};{role?.Invoke(i) ?? "OfficeLeader"};2024-03-01")) + "\n";

    private static Task<HrImportStatus> SendAsync(SqliteTestDatabase node, string csv) =>
        node.InScopeAsync(sp => sp.GetRequiredService<IHrImportAppService>().CommitAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), default));

    private static Task<int> RunJobAsync(SqliteTestDatabase node) =>
        node.InScopeAsync(sp => sp.GetRequiredService<HrImportRunner>().RunUnfinishedAsync(default));

    private static Task<HrImportStatus> StatusAsync(SqliteTestDatabase node, Guid id) =>
        node.InScopeAsync(sp => sp.GetRequiredService<IHrImportAppService>().GetAsync(id, default));

    private Task<Dictionary<string, string>> StampsAsync() => _db.InScopeAsync(sp => sp.GetRequiredService<NavLederprogramDbContext>().People
        .AsNoTracking().Where(p => p.EmployeeNumber.StartsWith("J")).ToDictionaryAsync(p => p.EmployeeNumber, p => p.ConcurrencyStamp));

    [Fact]
    public async Task A_committed_file_waits_for_the_job_and_then_reports_every_row_written_with_what_it_did()
    {
        var accepted = await SendAsync(_db, File(2_500));

        accepted.State.ShouldBe(HrImportState.Queued);
        accepted.Committed.ShouldBeFalse();
        (accepted.TotalRows, accepted.ValidRows, accepted.ToCreate, accepted.RowsDone).ShouldBe((2_500, 2_500, 2_500, 0));
        (await StampsAsync()).ShouldBeEmpty();

        (await RunJobAsync(_db)).ShouldBe(1);

        var done = await StatusAsync(_db, accepted.Id);
        done.State.ShouldBe(HrImportState.Completed);
        done.Committed.ShouldBeTrue();
        (done.RowsDone, done.Created, done.Updated, done.Unchanged).ShouldBe((2_500, 2_500, 0, 0));
        (await StampsAsync()).Count.ShouldBe(2_500);
        (await RunJobAsync(_db)).ShouldBe(0);
    }

    [Fact]
    public async Task The_same_file_a_second_time_writes_nothing_and_counts_every_row_unchanged()
    {
        var first = await SendAsync(_db, File(1_200));
        await RunJobAsync(_db);
        var stamps = await StampsAsync();

        var second = await SendAsync(_db, File(1_200));
        (second.ToCreate, second.ToUpdate).ShouldBe((0, 0));
        await RunJobAsync(_db);

        var done = await StatusAsync(_db, second.Id);
        (done.State, done.RowsDone, done.Created, done.Updated, done.Unchanged).ShouldBe((HrImportState.Completed, 1_200, 0, 0, 1_200));
        (await StampsAsync()).ShouldBe(stamps);
        (await StatusAsync(_db, first.Id)).Created.ShouldBe(1_200);
    }

    [Fact]
    public async Task A_changed_row_updates_only_its_person()
    {
        await SendAsync(_db, File(300));
        await RunJobAsync(_db);
        var stamps = await StampsAsync();

        var changed = File(300).Replace("J00007;Kari;Nordmann 7;", "J00007;Kari;Nordvik;");
        var second = await SendAsync(_db, changed);
        (second.ToCreate, second.ToUpdate).ShouldBe((0, 1));
        await RunJobAsync(_db);

        var done = await StatusAsync(_db, second.Id);
        (done.Created, done.Updated, done.Unchanged).ShouldBe((0, 1, 299));
        var after = await StampsAsync();
        after.Where(kv => stamps[kv.Key] != kv.Value).Select(kv => kv.Key).ShouldBe(["J00007"]);
    }

    [Fact]
    public async Task A_node_that_never_saw_the_upload_runs_the_import_from_the_database()
    {
        var accepted = await SendAsync(_db, File(1_100));
        await using var other = _db.AnotherNode();

        (await RunJobAsync(other)).ShouldBe(1);

        var seenByTheSender = await StatusAsync(_db, accepted.Id);
        (seenByTheSender.State, seenByTheSender.Created).ShouldBe((HrImportState.Completed, 1_100));
        (await StampsAsync()).Count.ShouldBe(1_100);
    }

    [Fact]
    public async Task Progress_is_kept_batch_by_batch_and_a_failure_is_reported_with_the_rows_already_written()
    {
        // The first batch holds office leaders; the rows after it a role that is gone by the time the job runs.
        var first = HrImportRunner.BatchSize;
        await _db.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<NavLederprogramDbContext>();
            db.JobRoles.Add(new JobRole(Guid.NewGuid(), "Retired", false, 99));
            return db.SaveChangesAsync();
        });
        var accepted = await SendAsync(_db, File(first + 200, role: i => i < first ? "OfficeLeader" : "Retired"));
        await _db.InScopeAsync(sp => sp.GetRequiredService<NavLederprogramDbContext>().JobRoles.Where(r => r.Code == "Retired").ExecuteDeleteAsync());

        await RunJobAsync(_db);

        var stopped = await StatusAsync(_db, accepted.Id);
        stopped.State.ShouldBe(HrImportState.Failed);
        stopped.Failure.ShouldNotBeNullOrWhiteSpace();
        (stopped.RowsDone, stopped.Created).ShouldBe((first, first));
        (await StampsAsync()).Count.ShouldBe(first);
        (await RunJobAsync(_db)).ShouldBe(0);
    }

    [Fact]
    public async Task The_competence_statuses_of_the_imported_people_are_worked_out_once_for_all_of_them()
    {
        var accepted = await SendAsync(_db, File(2_300));
        _placementCalls.Sizes.Clear();

        await RunJobAsync(_db);

        _placementCalls.Sizes.ShouldBe([2_300]);
        var withStatuses = await _db.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<NavLederprogramDbContext>();
            return db.Set<PersonCompetenceStatus>().Where(s => db.People.Any(p => p.Id == s.PersonId && p.EmployeeNumber.StartsWith("J")))
                .Select(s => s.PersonId).Distinct().CountAsync();
        });
        withStatuses.ShouldBe(2_300);
        (await StatusAsync(_db, accepted.Id)).Committed.ShouldBeTrue();
    }

    [Fact]
    public async Task Only_the_sender_follows_an_import()
    {
        var accepted = await SendAsync(_db, File(3));
        await _db.SignInAsAsync("sysadmin");

        (await Should.ThrowAsync<BusinessException>(() => StatusAsync(_db, accepted.Id))).Code.ShouldBe(NavLederprogramErrorCodes.EntityNotFound);
    }
}
