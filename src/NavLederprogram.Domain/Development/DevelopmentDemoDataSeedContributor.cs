using Microsoft.AspNetCore.Identity;
using NavLederprogram.Data;
using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using NavLederprogram.Programmes;

namespace NavLederprogram.Development;

/// <summary>
/// A development plan to show: the demo leader's plan in the national cohort under way, coached by the demo facilitator, with two
/// agreed goals — one measured by the share of users who go into work at NAV Værnes, with values for the last six months — and
/// a coaching session next week. Runs once: a leader who has a plan is left alone.
/// </summary>
public sealed class DevelopmentDemoDataSeedContributor(
    IDevelopmentPlanRepository plans,
    IResultIndicatorRepository indicators,
    IIndicatorValueRepository values,
    ICoachingSessionRepository sessions,
    ICohortCoachingQueries cohorts,
    IPersonRepository people,
    UserManager<AppUser> users,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IDataSeedContributor
{
    /// <summary>After the cohorts (50), the indicators (49) and the demo people.</summary>
    public int Order => 86;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await users.FindByNameAsync("leder") is not { } leaderUser || await users.FindByNameAsync("fasilitator") is not { } coach) return;
        if (await people.FindByUserIdAsync(leaderUser.Id, ct) is not { } leader) return;
        if ((await plans.GetForPersonAsync(leader.Id, ct)).Count > 0) return;
        var cohort = (await cohorts.GetForParticipantAsync(leader.Id, ct)).FirstOrDefault(c => c.Status == CohortStatus.Running && c.IsFacilitator(coach.Id));
        var work = await indicators.FindByCodeAsync(DevelopmentDataSeedContributor.WorkShareCode, ct);
        if (cohort is null || work is null) return;

        var now = clock.GetUtcNow().UtcDateTime;
        var today = OsloTime.Today(clock);
        var plan = new DevelopmentPlan(Guid.CreateVersion7(), leader.Id, cohort.Id, leader.OfficeId, coach.Id);
        var measured = plan.AddGoal(Guid.CreateVersion7(), new GoalContent("Flere brukere over i arbeid",
            "Tettere samarbeid med arbeidsgivere i Stjørdal og Meråker, og faste oppfølgingssamtaler for unge brukere.", work, 38m,
            new DateOnly(today.Year, today.Month, 1).AddMonths(6)));
        var team = plan.AddGoal(Guid.CreateVersion7(), new GoalContent("Tydeligere ledelse av teamlederne",
            "Månedlige utviklingssamtaler med hver teamleder.", null, null, null));
        plan.AgreeGoal(measured.Id, coach.Id, now.AddDays(-20));
        plan.AgreeGoal(team.Id, coach.Id, now.AddDays(-20));
        plan.AddProgressNote(Guid.CreateVersion7(), measured.Id, leaderUser.Id, "Vi har startet faste møter med tre store arbeidsgivere.", now.AddDays(-10));
        await plans.InsertAsync(plan, ct);

        // The last six months, the current one not yet reported.
        var month = new DateOnly(today.Year, today.Month, 1);
        decimal[] shares = [31.2m, 32.0m, 31.6m, 33.4m, 34.1m, 35.0m];
        for (var i = 0; i < shares.Length; i++)
        {
            var period = month.AddMonths(i - shares.Length);
            if (await values.FindAsync(work.Id, leader.OfficeId, period, ct) is null)
                await values.InsertAsync(new IndicatorValue(Guid.CreateVersion7(), work, leader.OfficeId, period, shares[i], IndicatorValueSource.Import, null), ct);
        }

        await sessions.InsertAsync(new CoachingSession(Guid.CreateVersion7(), plan.Id, OsloTime.ToUtc(today.AddDays(7), new TimeOnly(13, 0)), 60, null,
            "https://meet.example.no/coaching-vaernes", now), ct);
        await unitOfWork.SaveChangesAsync(ct);
    }
}
