namespace NavLederprogram.PeerSupervision;

/// <summary>When a case may be brought, changed and withdrawn, and by whom.</summary>
public static class SupervisionCaseRules
{
    /// <summary>
    /// Someone with access to the group brings a case to one of its meetings that is still to come or going on; a cancelled or
    /// finished meeting takes no more cases. The text is checked for identity numbers and names (<see cref="CaseTextCheck"/>).
    /// </summary>
    public static SupervisionCase Bring(Guid id, SupervisionGroup group, SupervisionMeeting meeting, Guid authorPersonId, string title,
        string description, bool nameWarningAcknowledged, IEnumerable<string> knownNonNames, DateTime now)
    {
        if (!group.HasAccess(authorPersonId)) throw new EntityNotFoundException(typeof(SupervisionGroup), group.Id);
        if (meeting.GroupId != group.Id) throw new EntityNotFoundException(typeof(SupervisionMeeting), meeting.Id);
        if (group.IsEnded || !meeting.IsOpen || meeting.EndsAt <= now)
            throw new BusinessException(NavLederprogramErrorCodes.CaseMeetingClosed) { Field = "meetingId", IsConflict = true };
        CheckText(title, description, nameWarningAcknowledged, knownNonNames);
        return new SupervisionCase(id, group.Id, meeting.Id, authorPersonId, title, description);
    }

    /// <summary>Only the author changes their case, and only until the meeting begins.</summary>
    public static void Change(SupervisionCase supervisionCase, SupervisionMeeting meeting, Guid personId, string title, string description,
        bool nameWarningAcknowledged, IEnumerable<string> knownNonNames, DateTime now)
    {
        EnsureMayChange(supervisionCase, meeting, personId, now);
        CheckText(title, description, nameWarningAcknowledged, knownNonNames);
        supervisionCase.Rewrite(title, description);
    }

    /// <summary>Only the author withdraws their case, and only until the meeting begins.</summary>
    public static void EnsureMayChange(SupervisionCase supervisionCase, SupervisionMeeting meeting, Guid personId, DateTime now)
    {
        if (supervisionCase.AuthorPersonId != personId) throw new EntityNotFoundException(typeof(SupervisionCase), supervisionCase.Id);
        if (meeting.HasStarted(now) || !meeting.IsOpen) throw new BusinessException(NavLederprogramErrorCodes.CaseMeetingStarted) { IsConflict = true };
    }

    public static bool MayChange(SupervisionCase supervisionCase, SupervisionMeeting? meeting, Guid personId, DateTime now) =>
        supervisionCase.AuthorPersonId == personId && meeting is { IsOpen: true } && !meeting.HasStarted(now);

    private static void CheckText(string title, string description, bool nameWarningAcknowledged, IEnumerable<string> knownNonNames)
    {
        var known = knownNonNames.ToList();
        // An identity number is refused wherever it stands; the name warning is given once, for the first field it concerns.
        CaseTextCheck.Ensure("title", title, nameWarningAcknowledged: true);
        CaseTextCheck.Ensure("description", description, nameWarningAcknowledged: true);
        CaseTextCheck.Ensure("title", title, nameWarningAcknowledged, known);
        CaseTextCheck.Ensure("description", description, nameWarningAcknowledged, known);
    }
}
