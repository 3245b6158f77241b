using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.EntityFrameworkCore.Notifications;
using NavLederprogram.Identity;
using NavLederprogram.Notifications;
using NavLederprogram.Organisation;
using NavLederprogram.TestBase;
using Shouldly;
using Xunit;

namespace NavLederprogram.EntityFrameworkCore.Tests;

/// <summary>The sender, its deduplication and the competence reminder step on the real SQLite schema.</summary>
public class NotificationStoreTests
{
    private static async Task<Person> LeaderAsync(SqliteTestDatabase db) => await db.InScopeAsync(async sp =>
    {
        var user = await sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>().FindByNameAsync("leder");
        return (await sp.GetRequiredService<IPersonRepository>().FindByUserIdAsync(user!.Id))!;
    });

    [Fact]
    public async Task A_person_without_a_user_account_gets_the_email_but_their_notification_has_no_user()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var leader = await LeaderAsync(db);
        var office = leader.OfficeId;
        var loner = new Person(Guid.CreateVersion7(), "990001", "Ola", "Uten Bruker", "ola@nav.no", Employer.Municipality, office);
        await db.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IPersonRepository>().InsertAsync(loner);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

        await db.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<INotificationSender>().NotifyPeopleAsync([loner.Id, leader.Id, Guid.NewGuid()],
                new NotificationMessage(NotificationKind.Enrolment, "Cohort.Waitlisted", ["Kull 3", "4"], "/my-programme"));
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

        var (notifications, emails) = await db.InScopeAsync(async sp =>
        {
            var ctx = sp.GetRequiredService<NavLederprogramDbContext>();
            var queued = ctx.Set<Notification>().Where(n => n.TemplateKey == "Cohort.Waitlisted");
            return (await queued.ToListAsync(), await ctx.Set<NotificationEmail>().ToListAsync());
        });
        notifications.Count.ShouldBe(2);
        notifications.Single(n => n.PersonId == loner.Id).UserId.ShouldBeNull();
        notifications.Single(n => n.PersonId == leader.Id).UserId.ShouldBe(leader.UserId);
        emails.Select(e => e.To).ShouldBe(["ola@nav.no", leader.Email], ignoreOrder: true);
        emails.ShouldAllBe(e => e.Culture == "nb" && e.Subject == "Du står på venteliste til Kull 3");
    }

    [Fact]
    public async Task A_user_without_a_person_is_notified_in_the_app_and_by_email_once_per_key()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var userId = await db.InScopeAsync(async sp =>
        {
            var user = new AppUser(Guid.CreateVersion7(), "driftsansvarlig", "drift@nav.no", "Dina Drift");
            (await sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>().CreateAsync(user)).Succeeded.ShouldBeTrue();
            return user.Id;
        });
        var message = new NotificationMessage(NotificationKind.ProgrammeApproval, "Programme.VersionPublished", ["Lederprogrammet 2027"], "/programme", "test:published");

        for (var i = 0; i < 2; i++)
            await db.InScopeAsync(async sp =>
            {
                await sp.GetRequiredService<INotificationSender>().NotifyUsersAsync([userId, userId], message);
                await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            });

        var (notifications, emails) = await db.InScopeAsync(async sp =>
        {
            var ctx = sp.GetRequiredService<NavLederprogramDbContext>();
            return (await ctx.Set<Notification>().Where(n => n.UserId == userId).ToListAsync(), await ctx.Set<NotificationEmail>().ToListAsync());
        });
        notifications.ShouldHaveSingleItem().PersonId.ShouldBeNull();
        emails.ShouldHaveSingleItem().To.ShouldBe("drift@nav.no");
        emails[0].Subject.ShouldBe("Ny programversjon er publisert: Lederprogrammet 2027");
    }

    [Fact]
    public async Task The_demo_leader_has_a_few_notifications_and_seeding_again_adds_none()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var leader = await LeaderAsync(db);
        int Count(NavLederprogramDbContext ctx) => ctx.Set<Notification>().Count(n => n.PersonId == leader.Id);
        var before = await db.InScopeAsync(sp => Task.FromResult(Count(sp.GetRequiredService<NavLederprogramDbContext>())));
        before.ShouldBe(3);
        await db.InScopeAsync(sp => sp.GetRequiredService<DataSeeder>().SeedAsync());
        (await db.InScopeAsync(sp => Task.FromResult(Count(sp.GetRequiredService<NavLederprogramDbContext>())))).ShouldBe(3);
        (await db.InScopeAsync(sp => sp.GetRequiredService<NavLederprogramDbContext>().Set<NotificationEmail>().CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task The_database_refuses_a_second_notification_with_the_same_key_for_a_person()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var leader = await LeaderAsync(db);
        var message = new NotificationMessage(NotificationKind.Cohort, "Cohort.Started", ["Kull 1"], null, "same-key");
        var insert = (Func<Task>)(() => db.InScopeAsync(async sp =>
        {
            var ctx = sp.GetRequiredService<NavLederprogramDbContext>();
            ctx.Add(new Notification(Guid.CreateVersion7(), leader.Id, leader.UserId, message, DateTime.UtcNow));
            await ctx.SaveChangesAsync();
        }));
        await insert();
        await Should.ThrowAsync<DbUpdateException>(insert);

        // Without a key there is no limit.
        await db.InScopeAsync(async sp =>
        {
            var ctx = sp.GetRequiredService<NavLederprogramDbContext>();
            ctx.Add(new Notification(Guid.CreateVersion7(), leader.Id, leader.UserId, message with { DeduplicationKey = null }, DateTime.UtcNow));
            ctx.Add(new Notification(Guid.CreateVersion7(), leader.Id, leader.UserId, message with { DeduplicationKey = null }, DateTime.UtcNow));
            await ctx.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task Competence_reminders_become_notifications_once_in_the_persons_language_and_are_marked_sent()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var leader = await LeaderAsync(db);
        var area = await db.InScopeAsync(async sp => (await sp.GetRequiredService<ICompetenceCatalogueRepository>().GetAreasAsync())[0]);
        var reminderId = Guid.CreateVersion7();
        await db.InScopeAsync(async sp =>
        {
            var ctx = sp.GetRequiredService<NavLederprogramDbContext>();
            var user = await ctx.Users.SingleAsync(u => u.Id == leader.UserId);
            user.PreferredCulture = "en";
            var requirement = await ctx.Set<CompetenceRequirement>().FirstAsync();
            ctx.Add(new CompetenceReminder(reminderId, leader.Id, requirement.Id, area.Id, new DateOnly(2027, 1, 15), DateTime.UtcNow));
            await ctx.SaveChangesAsync();
        });

        (await db.InScopeAsync(sp => sp.GetRequiredService<CompetenceExpiryNotifications>().SendDueAsync())).ShouldBe(1);
        (await db.InScopeAsync(sp => sp.GetRequiredService<CompetenceExpiryNotifications>().SendDueAsync())).ShouldBe(0);

        await db.InScopeAsync(async sp =>
        {
            var ctx = sp.GetRequiredService<NavLederprogramDbContext>();
            (await ctx.Set<CompetenceReminder>().SingleAsync(r => r.Id == reminderId)).SentAt.ShouldNotBeNull();
            var notification = await ctx.Set<Notification>().SingleAsync(n => n.Kind == NotificationKind.CompetenceExpiry && n.DeduplicationKey != null && !n.DeduplicationKey.StartsWith("demo:"));
            notification.Kind.ShouldBe(NotificationKind.CompetenceExpiry);
            notification.DeduplicationKey.ShouldBe(CompetenceExpiryNotifications.DeduplicationKey(reminderId));
            notification.Arguments.ShouldBe([area.Name.En, "2027-01-15"]);
            var email = await ctx.Set<NotificationEmail>().SingleAsync();
            email.Culture.ShouldBe("en");
            email.Subject.ShouldBe($"Your competence in {area.Name.En} expires on 15 Jan 2027");
        });
    }

    [Fact]
    public async Task Due_emails_leave_out_the_sent_the_given_up_and_those_waiting_for_a_retry()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        var leader = await LeaderAsync(db);
        var now = DateTime.UtcNow;
        var renderer = new NotificationRenderer(new NotificationOptions());
        NotificationEmail Email(Notification n) => new(Guid.CreateVersion7(), n.Id, "leder@nav.no", "nb", renderer.Render("Cohort.Started", ["K"], null, "nb"), now.AddMinutes(-10));
        var ids = await db.InScopeAsync(async sp =>
        {
            var ctx = sp.GetRequiredService<NavLederprogramDbContext>();
            var n = new Notification(Guid.CreateVersion7(), leader.Id, leader.UserId, new NotificationMessage(NotificationKind.Cohort, "Cohort.Started", ["K"]), now);
            ctx.Add(n);
            var due = Email(n);
            var sent = Email(n);
            sent.MarkSent(now);
            var waiting = Email(n);
            waiting.RecordFailure(now, "busy");
            var givenUp = Email(n);
            for (var i = 0; i < NotificationConsts.MaxEmailAttempts; i++) givenUp.RecordFailure(now.AddHours(-1), "refused");
            ctx.AddRange(due, sent, waiting, givenUp);
            await ctx.SaveChangesAsync();
            return due.Id;
        });
        var found = await db.InScopeAsync(sp => sp.GetRequiredService<INotificationRepository>().GetDueEmailsAsync(now, 10));
        found.Select(e => e.Id).ShouldBe([ids]);
    }
}
