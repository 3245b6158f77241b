using NavLederprogram.Entities;

namespace NavLederprogram.Development;

/// <summary>
/// A coaching session the coach schedules with a leader. <see cref="ProtectedNotes"/> is ciphertext under the leader's own key:
/// the leader and the plan's coach read it through the application, nobody reads it from the row.
/// </summary>
public class CoachingSession : AuditedAggregateRoot
{
    public Guid PlanId { get; private set; }
    public DateTime StartsAt { get; private set; }
    public DateTime EndsAt { get; private set; }
    public string? Place { get; private set; }
    public string? VideoLink { get; private set; }
    public CoachingSessionStatus Status { get; private set; }
    public string? ProtectedNotes { get; private set; }

    private CoachingSession() { }

    public CoachingSession(Guid id, Guid planId, DateTime startsAt, int durationMinutes, string? place, string? videoLink, DateTime now) : base(id)
    {
        PlanId = planId;
        Status = CoachingSessionStatus.Planned;
        Schedule(startsAt, durationMinutes, place, videoLink, now);
    }

    /// <summary>A new time or place; a session that was held or cancelled stays as it was.</summary>
    public void Move(DateTime startsAt, int durationMinutes, string? place, string? videoLink, DateTime now)
    {
        EnsurePlanned();
        Schedule(startsAt, durationMinutes, place, videoLink, now);
    }

    public void Cancel()
    {
        EnsurePlanned();
        Status = CoachingSessionStatus.Cancelled;
    }

    /// <summary>Marks the session held once it has begun.</summary>
    public void MarkHeld(DateTime now)
    {
        EnsurePlanned();
        if (StartsAt > now) throw new BusinessException(NavLederprogramErrorCodes.SessionClosed) { IsConflict = true };
        Status = CoachingSessionStatus.Held;
    }

    /// <summary>Notes are kept whatever the status: what was said about a session that was called off may matter too.</summary>
    public void WriteNotes(string? protectedNotes) => ProtectedNotes = protectedNotes is null
        ? null
        : Privacy.ProtectedText.IsProtected(protectedNotes)
            ? protectedNotes
            : throw new ArgumentException("Session notes are stored encrypted: protect them with IPrivateTextProtector first.", nameof(protectedNotes));

    private void EnsurePlanned()
    {
        if (Status != CoachingSessionStatus.Planned) throw new BusinessException(NavLederprogramErrorCodes.SessionClosed) { IsConflict = true };
    }

    private void Schedule(DateTime startsAt, int durationMinutes, string? place, string? videoLink, DateTime now)
    {
        if (durationMinutes is < DevelopmentConsts.MinSessionMinutes or > DevelopmentConsts.MaxSessionMinutes)
            throw new BusinessException(NavLederprogramErrorCodes.SessionDuration, DevelopmentConsts.MinSessionMinutes, DevelopmentConsts.MaxSessionMinutes)
            { Field = "durationMinutes" };
        var start = DateTime.SpecifyKind(startsAt, DateTimeKind.Utc);
        if (start < now) throw new BusinessException(NavLederprogramErrorCodes.SessionInPast) { Field = "startsAt" };
        var newPlace = string.IsNullOrWhiteSpace(place) ? null : place.Trim();
        if (newPlace is { Length: > DevelopmentConsts.PlaceMax }) throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "place" };
        var link = VideoLinkOf(videoLink);
        (StartsAt, EndsAt, Place, VideoLink) = (start, start.AddMinutes(durationMinutes), newPlace, link);
    }

    /// <summary>An absolute https address, so that nobody is sent to a plain or odd scheme.</summary>
    private static string? VideoLinkOf(string? link)
    {
        if (string.IsNullOrWhiteSpace(link)) return null;
        var text = link.Trim();
        if (text.Length > DevelopmentConsts.LinkMax || !Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps || string.IsNullOrEmpty(uri.Host))
            throw new BusinessException(NavLederprogramErrorCodes.SessionVideoLinkNotHttps) { Field = "videoLink" };
        return text;
    }
}
