using NavLederprogram.Entities;

namespace NavLederprogram.Development;

/// <summary>
/// A 360° feedback round: a leader asks colleagues to rate their leadership on competence areas of the catalogue and rates
/// themselves on the same areas. Answers are anonymous by construction (<see cref="FeedbackResponse"/>,
/// <see cref="FeedbackInvitee"/>); the result is shown only once the round is closed and enough colleagues answered.
/// </summary>
public class FeedbackRound : AuditedAggregateRoot
{
    private readonly List<FeedbackSelfRating> _selfRatings = [];
    private readonly List<FeedbackEvidenceRequest> _evidenceRequests = [];

    /// <summary>The leader.</summary>
    public Guid PersonId { get; private set; }
    public string Title { get; private set; } = "";
    public DateTime OpensAt { get; private set; }
    public DateTime ClosesAt { get; private set; }
    public int MinimumAnswers { get; private set; }
    /// <summary>In the order the leader chose the areas.</summary>
    public IReadOnlyList<FeedbackSelfRating> SelfRatings => _selfRatings;
    public IReadOnlyList<FeedbackEvidenceRequest> EvidenceRequests => _evidenceRequests;
    /// <summary>The day reminders last went out: once a day at most, so that colleagues are not pestered.</summary>
    public DateOnly? RemindedOn { get; private set; }

    public IEnumerable<Guid> AreaIds => _selfRatings.Select(r => r.AreaId);

    private FeedbackRound() { }

    private FeedbackRound(Guid id, Guid personId, string title, DateTime opensAt, DateTime closesAt, int minimumAnswers,
        IReadOnlyList<FeedbackSelfRating> selfRatings) : base(id)
    {
        PersonId = personId;
        Title = title.Trim();
        OpensAt = DateTime.SpecifyKind(opensAt, DateTimeKind.Utc);
        ClosesAt = DateTime.SpecifyKind(closesAt, DateTimeKind.Utc);
        MinimumAnswers = minimumAnswers;
        _selfRatings.AddRange(selfRatings);
    }

    /// <summary>
    /// Starts a round and invites the colleagues: at least <see cref="FeedbackRoundConsts.MinInvitees"/>, each once, never the leader.
    /// </summary>
    public static FeedbackRoundStart Start(Guid id, Guid personId, string title, DateTime opensAt, DateTime closesAt, int minimumAnswers,
        IReadOnlyList<FeedbackSelfRating> selfRatings, IReadOnlyList<Guid> inviteePersonIds, DateTime now)
    {
        if (closesAt <= opensAt) throw new BusinessException(NavLederprogramErrorCodes.FeedbackWindowReversed) { Field = "closesAt" };
        if (closesAt <= now) throw new BusinessException(NavLederprogramErrorCodes.FeedbackWindowPast) { Field = "closesAt" };
        if (closesAt - opensAt > TimeSpan.FromDays(FeedbackRoundConsts.MaxWindowDays))
            throw new BusinessException(NavLederprogramErrorCodes.FeedbackWindowTooLong, FeedbackRoundConsts.MaxWindowDays) { Field = "closesAt" };
        if (minimumAnswers < FeedbackRoundConsts.LowestMinimumAnswers || minimumAnswers > FeedbackRoundConsts.MaxInvitees)
            throw new BusinessException(NavLederprogramErrorCodes.FeedbackMinimumAnswers, FeedbackRoundConsts.LowestMinimumAnswers) { Field = "minimumAnswers" };
        if (selfRatings.Count == 0 || selfRatings.Count > FeedbackRoundConsts.MaxAreas)
            throw new BusinessException(NavLederprogramErrorCodes.FeedbackNeedsAreas, FeedbackRoundConsts.MaxAreas) { Field = "selfRatings" };
        if (selfRatings.DistinctBy(r => r.AreaId).Count() != selfRatings.Count)
            throw new BusinessException(NavLederprogramErrorCodes.FeedbackAreaTwice) { Field = "selfRatings" };
        if (inviteePersonIds.Contains(personId))
            throw new BusinessException(NavLederprogramErrorCodes.FeedbackSelfInvited) { Field = "inviteePersonIds" };
        if (inviteePersonIds.Distinct().Count() != inviteePersonIds.Count)
            throw new BusinessException(NavLederprogramErrorCodes.FeedbackInviteeTwice) { Field = "inviteePersonIds" };
        if (inviteePersonIds.Count < FeedbackRoundConsts.MinInvitees)
            throw new BusinessException(NavLederprogramErrorCodes.FeedbackTooFewInvitees, FeedbackRoundConsts.MinInvitees) { Field = "inviteePersonIds" };
        if (inviteePersonIds.Count > FeedbackRoundConsts.MaxInvitees)
            throw new BusinessException(NavLederprogramErrorCodes.FeedbackTooManyInvitees, FeedbackRoundConsts.MaxInvitees) { Field = "inviteePersonIds" };
        if (minimumAnswers > inviteePersonIds.Count)
            throw new BusinessException(NavLederprogramErrorCodes.FeedbackMinimumAboveInvitees, inviteePersonIds.Count) { Field = "minimumAnswers" };

        var round = new FeedbackRound(id, personId, title, opensAt, closesAt, minimumAnswers, selfRatings);
        var invitations = inviteePersonIds.Select(p => FeedbackInvitee.Invite(id, p)).Select(i => new FeedbackInvitation(i.Invitee, i.Token)).ToList();
        return new FeedbackRoundStart(round, invitations);
    }

    public bool IsOpenAt(DateTime now) => OpensAt <= now && now < ClosesAt;

    public bool IsClosedAt(DateTime now) => ClosesAt <= now;

    /// <summary>The leader ends the round early; from then on no answer is taken and the result may be shown.</summary>
    public void Close(DateTime now)
    {
        if (IsClosedAt(now)) throw new BusinessException(NavLederprogramErrorCodes.FeedbackRoundClosed) { IsConflict = true };
        ClosesAt = DateTime.SpecifyKind(now < OpensAt ? OpensAt : now, DateTimeKind.Utc);
    }

    /// <summary>
    /// An invitee's answer: every area of the round once (null = cannot judge), inside the window, once per invitee. The invitee is
    /// marked as having answered and the answer is returned without anything that names them; save both together.
    /// </summary>
    public FeedbackResponse Answer(FeedbackInvitee invitee, IReadOnlyList<FeedbackRating> ratings, string? comment, DateTime now)
    {
        if (invitee.RoundId != Id) throw new ArgumentException("The invitee belongs to another round.", nameof(invitee));
        if (invitee.Answered) throw new BusinessException(NavLederprogramErrorCodes.FeedbackAlreadyAnswered) { IsConflict = true };
        if (!IsOpenAt(now)) throw new BusinessException(NavLederprogramErrorCodes.FeedbackRoundNotOpen) { IsConflict = true };
        var areas = AreaIds.ToHashSet();
        if (ratings.Count != areas.Count || !ratings.Select(r => r.AreaId).ToHashSet().SetEquals(areas))
            throw new BusinessException(NavLederprogramErrorCodes.FeedbackAnswerAreas) { Field = "ratings" };
        if (comment is { Length: > FeedbackRoundConsts.CommentMax }) throw new ArgumentException("The comment is too long.", nameof(comment));
        invitee.MarkAnswered();
        return new FeedbackResponse(Id, ratings, comment);
    }

    /// <summary>Reminders go out once a day at most and only while the round is open.</summary>
    public void Remind(DateOnly today, DateTime now)
    {
        if (!IsOpenAt(now)) throw new BusinessException(NavLederprogramErrorCodes.FeedbackRoundNotOpen) { IsConflict = true };
        if (RemindedOn == today) throw new BusinessException(NavLederprogramErrorCodes.FeedbackRemindedToday) { IsConflict = true };
        RemindedOn = today;
    }

    /// <summary>
    /// Records that an area's result became a pending evidence request: only an area whose others' average is shown, once per area.
    /// </summary>
    public void RecordEvidenceRequest(FeedbackResult result, Guid areaId, int level, Guid evidenceId, DateTime now)
    {
        EnsureCanRequestEvidence(result, areaId);
        _evidenceRequests.Add(new FeedbackEvidenceRequest(areaId, level, evidenceId, now));
    }

    public void EnsureCanRequestEvidence(FeedbackResult result, Guid areaId)
    {
        if (!AreaIds.Contains(areaId)) throw new BusinessException(NavLederprogramErrorCodes.FeedbackAnswerAreas) { Field = "areaId" };
        if (_evidenceRequests.Any(r => r.AreaId == areaId))
            throw new BusinessException(NavLederprogramErrorCodes.FeedbackEvidenceRequested) { IsConflict = true, Field = "areaId" };
        if (result.Areas.FirstOrDefault(a => a.AreaId == areaId)?.OthersAverage is null)
            throw new BusinessException(NavLederprogramErrorCodes.FeedbackResultHidden) { IsConflict = true, Field = "areaId" };
    }
}
