using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NavLederprogram.Data;
using NavLederprogram.Programmes;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>
/// A cohort's milestones are triggers in the persistent scheduler store. The application and the scheduler share one
/// controllable clock, so a test can let a milestone's moment pass while the server is down and start it again.
/// </summary>
public class MilestoneSchedulingTests
{
    private static DateTime OsloMidnight(DateOnly day) => OsloTime.ToUtc(day, TimeOnly.MinValue);

    [Fact]
    public async Task Milestone_triggers_follow_the_cohort_and_one_missed_while_the_server_was_down_runs_once_when_it_is_back()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var dataFolder = Directory.CreateTempSubdirectory("navleder-milestones-").FullName;
        var today = OsloTime.Today(clock);
        var tomorrow = today.AddDays(1);
        Guid cohortId;
        string? connection;
        try
        {
            await using (var before = new NavLederprogramFactory(dataFolder, 100_000) { Clock = clock, UseSmtpSink = false })
            {
                connection = before.ConnectionString;
                cohortId = await InScopeAsync(before, async s =>
                {
                    var version = (await s.GetRequiredService<IProgrammeRepository>().GetVersionsAsync()).First(v => v.Status == ProgrammeVersionStatus.Published);
                    var cohort = new Cohort(Guid.CreateVersion7(), version, "Kull med milepæler", null, 5, false,
                        new CohortDates(tomorrow, tomorrow.AddDays(10), tomorrow.AddDays(20), tomorrow.AddDays(100)), []);
                    await s.GetRequiredService<ICohortRepository>().InsertAsync(cohort);
                    await s.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
                    return cohort.Id;
                });

                var scheduled = await ScheduledAsync(before, cohortId);
                scheduled["enrolment-opens"].ShouldBe(OsloMidnight(tomorrow));
                scheduled["enrolment-closes"].ShouldBe(OsloMidnight(tomorrow.AddDays(11)));
                scheduled.Keys.ShouldContain(k => k.StartsWith("module-unlocks/"));
                scheduled.Keys.ShouldContain(k => k.StartsWith("gathering-reminder/"));

                // Moving the dates moves the triggers; nothing is added twice.
                await ChangeAsync(before, cohortId, c => c.ChangeDetails(c.Name, null, 5, false,
                    c.Dates with { EnrolmentClosesOn = tomorrow.AddDays(12) }, [], 0));
                var moved = await ScheduledAsync(before, cohortId);
                moved["enrolment-closes"].ShouldBe(OsloMidnight(tomorrow.AddDays(13)));
                moved["enrolment-opens"].ShouldBe(OsloMidnight(tomorrow));
                moved.Count.ShouldBe(scheduled.Count);
            }

            // The server is down across midnight, well past the scheduler's misfire threshold.
            clock.SetUtcNow(OsloMidnight(tomorrow).AddMinutes(10));

            await using var after = new NavLederprogramFactory(dataFolder, 100_000, connection) { Clock = clock, UseSmtpSink = false };
            IReadOnlyList<MilestoneRun> runs = [];
            for (var i = 0; i < 300 && runs.Count(r => r.Key == "enrolment-opens") == 0; i++)
            {
                await Task.Delay(100);
                clock.Advance(TimeSpan.FromSeconds(1));
                runs = await InScopeAsync(after, s => s.GetRequiredService<IMilestoneRunRepository>().GetForCohortAsync(cohortId));
            }
            // Give a second firing every chance to happen; it must not.
            for (var i = 0; i < 20; i++)
            {
                await Task.Delay(100);
                clock.Advance(TimeSpan.FromSeconds(5));
            }
            runs = await InScopeAsync(after, s => s.GetRequiredService<IMilestoneRunRepository>().GetForCohortAsync(cohortId));
            var opened = runs.Where(r => r.Key == "enrolment-opens").ShouldHaveSingleItem();
            opened.ByHand.ShouldBeFalse();
            opened.ResultKey.ShouldBe("Milestone:Result.EnrolmentOpened");
            (await InScopeAsync(after, s => s.GetRequiredService<ICohortRepository>().FindAsync(cohortId)))!.Status.ShouldBe(CohortStatus.EnrolmentOpen);
            (await ScheduledAsync(after, cohortId)).Keys.ShouldNotContain("enrolment-opens");

            // Running it again, by hand, changes nothing.
            var again = await InScopeAsync(after, s => s.GetRequiredService<CohortMilestoneRunner>().RunAsync(cohortId, "enrolment-opens", true, CancellationToken.None));
            again.ResultKey.ShouldBe("Milestone:Result.NothingToDo");
            (await InScopeAsync(after, s => s.GetRequiredService<ICohortRepository>().FindAsync(cohortId)))!.Status.ShouldBe(CohortStatus.EnrolmentOpen);

            // A cancelled cohort has no milestones left in the scheduler.
            await ChangeAsync(after, cohortId, c => c.Cancel("For få søkere"));
            (await ScheduledAsync(after, cohortId)).ShouldBeEmpty();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dataFolder, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<T> InScopeAsync<T>(NavLederprogramFactory factory, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private static Task<IReadOnlyDictionary<string, DateTime>> ScheduledAsync(NavLederprogramFactory factory, Guid cohortId) =>
        InScopeAsync(factory, s => s.GetRequiredService<ICohortMilestoneScheduler>().GetScheduledAsync(cohortId));

    private static Task ChangeAsync(NavLederprogramFactory factory, Guid cohortId, Action<Cohort> change) =>
        InScopeAsync(factory, async s =>
        {
            var cohort = (await s.GetRequiredService<ICohortRepository>().FindAsync(cohortId))!;
            change(cohort);
            await s.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            return true;
        });
}
