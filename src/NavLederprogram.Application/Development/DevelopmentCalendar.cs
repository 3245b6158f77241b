using Microsoft.Extensions.Configuration;
using NavLederprogram.Localization;
using NavLederprogram.Programmes;

namespace NavLederprogram.Development;

/// <summary>
/// Coaching sessions in the calendar subscription of the two who meet: the leader and the plan's coach. A cancelled session is
/// marked cancelled so that calendar apps take it out. The notes never go into the calendar.
/// </summary>
public sealed class DevelopmentCalendar(
    IDevelopmentPlanRepository plans,
    ICoachingSessionRepository sessions,
    ICohortCoachingQueries cohorts,
    IConfiguration configuration) : ICalendarEntrySource
{
    public async Task<IReadOnlyList<CalendarEntry>> GetForUserAsync(Guid userId, Guid? personId, CancellationToken ct)
    {
        var mine = new Dictionary<Guid, DevelopmentPlan>();
        if (personId is { } person)
            foreach (var p in await plans.GetForPersonAsync(person, ct)) mine[p.Id] = p;
        foreach (var p in await plans.GetForCoachAsync(userId, ct)) mine[p.Id] = p;
        if (mine.Count == 0) return [];
        var cohortNames = new Dictionary<Guid, string>();
        foreach (var cohortId in mine.Values.Select(p => p.CohortId).Distinct())
            cohortNames[cohortId] = (await cohorts.FindAsync(cohortId, ct))?.Name ?? "";
        var link = $"{PublicLinks.PublicUrl(configuration)}/development";
        return (await sessions.GetForPlansAsync(mine.Keys.ToList(), ct)).Select(s =>
        {
            var plan = mine[s.PlanId];
            var isCoach = plan.CoachUserId == userId && plan.PersonId != personId;
            var url = isCoach ? $"{PublicLinks.PublicUrl(configuration)}/development/coaching/{plan.Id}" : link;
            var lines = new List<string>();
            if (s.Place is not null) lines.Add($"{LocalizationTexts.Get("Development:Calendar.Place")}: {s.Place}");
            if (s.VideoLink is not null) lines.Add($"{LocalizationTexts.Get("Development:Calendar.VideoLink")}: {s.VideoLink}");
            lines.Add(url);
            return new CalendarEntry($"coaching-session-{s.Id}@navlederprogram",
                LocalizationTexts.Get("Development:Calendar.Summary", null, cohortNames[plan.CohortId]), s.StartsAt, s.EndsAt, s.Place ?? s.VideoLink,
                string.Join("\n", lines), s.VideoLink ?? url, s.Status == CoachingSessionStatus.Cancelled, s.LastModificationTime ?? s.CreationTime);
        }).ToList();
    }
}
