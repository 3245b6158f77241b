using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

/// <summary>One gathering of the cohort: when, for how long, where or by which video link.</summary>
public class CohortSession
{
    public Guid Id { get; private set; }
    public Guid ModuleId { get; private set; }
    public Guid GatheringId { get; private set; }
    /// <summary>The gathering's bokmål title when the schedule was drafted; pages show the version's title in the reader's language.</summary>
    public string Title { get; private set; } = "";
    public GatheringFormat Format { get; private set; }
    public DateTime StartsAt { get; private set; }
    public int DurationMinutes { get; private set; }
    public string? Place { get; private set; }
    public string? VideoLink { get; private set; }

    public DateTime EndsAt => StartsAt.AddMinutes(DurationMinutes);

    private CohortSession() { }

    internal CohortSession(Guid id, Guid moduleId, Guid gatheringId, string title, GatheringFormat format, DateTime startsAt, int durationMinutes, string? place, string? videoLink)
    {
        Id = id;
        ModuleId = moduleId;
        GatheringId = gatheringId;
        Title = title;
        Format = format;
        Reschedule(startsAt, durationMinutes, place, videoLink);
    }

    internal void Reschedule(DateTime startsAtUtc, int durationMinutes, string? place, string? videoLink)
    {
        if (durationMinutes < 15 || durationMinutes > ProgrammeConsts.MaxGatheringMinutes) throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "durationMinutes" };
        StartsAt = DateTime.SpecifyKind(startsAtUtc, DateTimeKind.Utc);
        DurationMinutes = durationMinutes;
        Place = string.IsNullOrWhiteSpace(place) ? null : place.Trim();
        VideoLink = string.IsNullOrWhiteSpace(videoLink) ? null : videoLink.Trim();
    }
}
