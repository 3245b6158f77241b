using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.Events;
using NavLederprogram.Organisation;
using NavLederprogram.Programmes;
using NavLederprogram.TestBase;
using Shouldly;
using Xunit;

namespace NavLederprogram.EntityFrameworkCore.Tests;

/// <summary>
/// Domain events are published after the commit, on every path: a plain save and a change under the cohort's
/// enrolment lock alike. Handlers never see an open transaction, and a change that is not saved announces nothing.
/// </summary>
public class DomainEventDispatchTests
{
    /// <summary>Records each enrolment event it is given and whether the saving transaction was still open then.</summary>
    private sealed class EnrolmentObserver(NavLederprogramDbContext db, Observations observations) : IDomainEventHandler<EnrolmentStatusChanged>
    {
        public Task HandleAsync(IReadOnlyList<EnrolmentStatusChanged> events, CancellationToken ct)
        {
            foreach (var e in events) observations.Seen.Add((e.EnrolmentId, e.Status, db.Database.CurrentTransaction is not null));
            return Task.CompletedTask;
        }
    }

    private sealed class Observations
    {
        public List<(Guid EnrolmentId, EnrolmentStatus Status, bool InTransaction)> Seen { get; } = [];
    }

    private static readonly Actor Admin = new(Guid.NewGuid(), "Admin");

    private static async Task<(SqliteTestDatabase Db, Observations Observations)> DatabaseAsync()
    {
        var observations = new Observations();
        var db = await SqliteTestDatabase.CreateAsync(configure: services =>
        {
            services.AddSingleton(observations);
            services.AddDomainEventHandler<EnrolmentObserver>();
        });
        return (db, observations);
    }

    private static Task<Cohort> OpenCohortAsync(SqliteTestDatabase db) => db.InScopeAsync(sp =>
        sp.GetRequiredService<NavLederprogramDbContext>().Set<Cohort>().SingleAsync(c => c.Status == CohortStatus.EnrolmentOpen));

    private static Task<Guid> SomePersonAsync(SqliteTestDatabase db) => db.InScopeAsync(sp =>
        sp.GetRequiredService<NavLederprogramDbContext>().Set<Person>().Select(p => p.Id).FirstAsync());

    /// <summary>A rejected request: a change of an enrolment's state that needs no seat.</summary>
    private static Enrolment RejectedRequest(Guid cohortId, Guid personId)
    {
        var enrolment = new Enrolment(Guid.CreateVersion7(), cohortId, personId, EnrolmentSource.Application, null, DateTime.UtcNow);
        enrolment.Reject("Ikke aktuell nå", Admin, DateTime.UtcNow);
        return enrolment;
    }

    private static Task<bool> ExistsAsync(SqliteTestDatabase db, Guid enrolmentId) => db.InScopeAsync(sp =>
        sp.GetRequiredService<NavLederprogramDbContext>().Set<Enrolment>().AnyAsync(e => e.Id == enrolmentId));

    [Fact]
    public async Task A_withdrawal_under_the_enrolment_lock_is_published_after_its_transaction_has_committed()
    {
        var (db, observations) = await DatabaseAsync();
        await using var _ = db;
        var cohort = await OpenCohortAsync(db);
        var enrolled = await db.InScopeAsync(async sp =>
            (await sp.GetRequiredService<IEnrolmentRepository>().GetForCohortAsync(cohort.Id)).First(e => e.Status == EnrolmentStatus.Enrolled).Id);

        await db.InScopeAsync(async sp =>
        {
            var enrolment = (await sp.GetRequiredService<IEnrolmentRepository>().FindAsync(enrolled))!;
            var tracked = (await sp.GetRequiredService<ICohortRepository>().FindAsync(cohort.Id))!;
            await sp.GetRequiredService<EnrolmentManager>().WithdrawAsync(tracked, enrolment, "Flytter", Admin, DateTime.UtcNow, default);
        });

        observations.Seen.ShouldHaveSingleItem().ShouldBe((enrolled, EnrolmentStatus.Withdrawn, false));
    }

    [Fact]
    public async Task A_change_under_the_enrolment_lock_that_fails_after_saving_is_rolled_back_and_publishes_nothing()
    {
        var (db, observations) = await DatabaseAsync();
        await using var _ = db;
        var cohort = await OpenCohortAsync(db);
        var enrolment = RejectedRequest(cohort.Id, await SomePersonAsync(db));

        await Should.ThrowAsync<InvalidOperationException>(() => db.InScopeAsync(sp =>
            sp.GetRequiredService<ICohortRepository>().InEnrolmentLockAsync<int>(cohort.Id, async () =>
            {
                await sp.GetRequiredService<IEnrolmentRepository>().InsertAsync(enrolment);
                await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
                throw new InvalidOperationException("The next step of the change fails.");
            })));

        observations.Seen.ShouldBeEmpty();
        (await ExistsAsync(db, enrolment.Id)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_plain_save_publishes_once_it_has_committed()
    {
        var (db, observations) = await DatabaseAsync();
        await using var _ = db;
        var enrolment = RejectedRequest((await OpenCohortAsync(db)).Id, await SomePersonAsync(db));

        await db.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IEnrolmentRepository>().InsertAsync(enrolment);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

        observations.Seen.ShouldHaveSingleItem().ShouldBe((enrolment.Id, EnrolmentStatus.Rejected, false));
        (await ExistsAsync(db, enrolment.Id)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_plain_save_that_fails_publishes_nothing()
    {
        var (db, observations) = await DatabaseAsync();
        await using var _ = db;
        var enrolment = RejectedRequest((await OpenCohortAsync(db)).Id, await SomePersonAsync(db));
        var existingRegion = await db.InScopeAsync(sp => sp.GetRequiredService<NavLederprogramDbContext>().Set<Region>().Select(r => r.Id).FirstAsync());

        await Should.ThrowAsync<DbUpdateException>(() => db.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IEnrolmentRepository>().InsertAsync(enrolment);
            // Saved together with a region whose id is taken: the database refuses the whole save.
            sp.GetRequiredService<NavLederprogramDbContext>().Add(new Region(existingRegion, "Dobbel", "99"));
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }));

        observations.Seen.ShouldBeEmpty();
        (await ExistsAsync(db, enrolment.Id)).ShouldBeFalse();
    }
}
