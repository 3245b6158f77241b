using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Competence;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.Identity;
using NavLederprogram.Notifications;
using NavLederprogram.Programmes;
using NavLederprogram.TestBase;
using Shouldly;
using Xunit;

namespace NavLederprogram.EntityFrameworkCore.Tests;

/// <summary>The demo tells one story a pilot office can be shown, dated from the day it was seeded.</summary>
public class DemoTimelineTests
{
    [Fact]
    public async Task The_demo_cohorts_their_schedules_evidence_and_notifications_agree_with_each_other_and_with_today()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        await db.InScopeAsync(async sp =>
        {
            var ctx = sp.GetRequiredService<NavLederprogramDbContext>();
            var now = DateTime.UtcNow;
            var today = OsloTime.Today(TimeProvider.System);
            var cohorts = await ctx.Set<Cohort>().AsNoTracking().ToListAsync();
            var enrolments = await ctx.Set<Enrolment>().AsNoTracking().ToListAsync();
            var version = await ctx.Set<ProgrammeVersion>().AsNoTracking().SingleAsync();

            // One completed last year, one running, one open for enrolment, one planned.
            cohorts.Select(c => c.Status).Order().ShouldBe([CohortStatus.Planned, CohortStatus.EnrolmentOpen, CohortStatus.Running, CohortStatus.Completed]);
            var past = cohorts.Single(c => c.Status == CohortStatus.Completed);
            past.EndsOn.ShouldBeLessThan(today);
            var certificates = await ctx.Set<Certificate>().AsNoTracking().ToListAsync();
            enrolments.Where(e => e.CohortId == past.Id).ShouldAllBe(e => e.Status == EnrolmentStatus.Completed && certificates.Any(c => c.EnrolmentId == e.Id));
            cohorts.Single(c => c.Status == CohortStatus.EnrolmentOpen).AcceptsEnrolment(today).ShouldBeTrue();
            cohorts.Single(c => c.Status == CohortStatus.Planned).EnrolmentOpensOn.ShouldBeGreaterThan(today);

            // Every completed module's gatherings lie in the past, and it gave its evidence.
            var evidence = await ctx.Set<CompetenceEvidence>().AsNoTracking().Where(e => e.Source == EvidenceSource.ProgrammeModule).ToListAsync();
            foreach (var enrolment in enrolments)
            {
                var cohort = cohorts.Single(c => c.Id == enrolment.CohortId);
                foreach (var progress in enrolment.Modules.Where(m => m.CompletedOn is not null))
                {
                    cohort.Sessions.Where(s => s.ModuleId == progress.ModuleId).ShouldAllBe(s => s.EndsAt < now);
                    progress.CompletedOn!.Value.ShouldBeLessThanOrEqualTo(today);
                    var module = version.Modules.Single(m => m.Id == progress.ModuleId);
                    foreach (var grant in module.Grants)
                        evidence.ShouldContain(e => e.PersonId == enrolment.PersonId && e.CompetenceAreaId == grant.CompetenceAreaId
                            && e.SourceReference == module.Id.ToString() && e.AchievedOn == progress.CompletedOn);
                }
            }
            // No evidence claims a module nobody completed.
            evidence.ShouldAllBe(e => enrolments.Any(x => x.PersonId == e.PersonId && x.Modules.Any(m => m.CompletedOn != null && m.ModuleId.ToString() == e.SourceReference)));

            // The leader is midway in the running cohort: the next gathering is ahead, in a module open and not completed.
            var leaderUser = await ctx.Users.SingleAsync(u => u.UserName == "leder");
            var leader = await ctx.People.SingleAsync(p => p.UserId == leaderUser.Id);
            var mine = enrolments.Single(e => e.PersonId == leader.Id);
            var running = cohorts.Single(c => c.Id == mine.CohortId);
            running.Status.ShouldBe(CohortStatus.Running);
            mine.Modules.Count(m => m.CompletedOn is not null).ShouldBeInRange(1, version.Modules.Count - 1);
            var next = running.Sessions.Where(s => s.StartsAt > now).MinBy(s => s.StartsAt).ShouldNotBeNull();
            mine.Modules.ShouldNotContain(m => m.ModuleId == next.ModuleId && m.CompletedOn != null);
            running.ModuleUnlocks.Single(u => u.ModuleId == next.ModuleId).UnlocksOn.ShouldBeLessThanOrEqualTo(today);

            // Each leader takes part in one cohort at a time.
            enrolments.Where(e => e.Status is EnrolmentStatus.Enrolled or EnrolmentStatus.Waitlisted or EnrolmentStatus.Pending)
                .Where(e => cohorts.Single(c => c.Id == e.CohortId).Status is not (CohortStatus.Completed or CohortStatus.Cancelled))
                .GroupBy(e => e.PersonId).ShouldAllBe(g => g.Count() == 1);

            // The demo notifications name cohorts and gatherings that exist, with the dates they have.
            var notifications = await ctx.Set<Notification>().AsNoTracking().Where(n => n.UserId == leaderUser.Id).ToListAsync();
            notifications.Count.ShouldBe(3);
            foreach (var n in notifications.Where(n => n.TemplateKey.StartsWith("Cohort.", StringComparison.Ordinal)))
                cohorts.ShouldContain(c => c.Name == n.Arguments[0], $"{n.TemplateKey} names {n.Arguments[0]}");
            var reminder = notifications.Single(n => n.TemplateKey == "Cohort.GatheringReminder");
            reminder.Arguments[0].ShouldBe(running.Name);
            reminder.Arguments[1].ShouldBe(next.Title);
            DateTime.Parse(reminder.Arguments[2], null, System.Globalization.DateTimeStyles.AdjustToUniversal).ShouldBe(next.StartsAt);
            var opened = notifications.Single(n => n.TemplateKey == "Cohort.EnrolmentOpened");
            opened.Arguments[1].ShouldBe(cohorts.Single(c => c.Name == opened.Arguments[0]).EnrolmentClosesOn.ToString("yyyy-MM-dd"));
        });
    }
}
