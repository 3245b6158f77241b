using Microsoft.EntityFrameworkCore;
using NavLederprogram.Development;
using NavLederprogram.Privacy;

namespace NavLederprogram.EntityFrameworkCore.Development;

/// <summary>
/// Development plans (goals, progress notes, feedback), coaching sessions, private notes, and 360° rounds about the person with
/// their invitations and anonymous responses; all deleted at once. Invitations to answer someone else's round stay, holding only
/// the anonymised person's id, so that the other leader's count of answers does not change. Indicator values are office data.
/// </summary>
public sealed class DevelopmentPersonalData(NavLederprogramDbContext db, IPrivateTextProtector protector) : IPersonalDataSource
{
    public const string Plans = "DevelopmentPlans";
    public const string Coaching = "CoachingSessions";
    public const string PrivateNotes = "PrivateNotes";
    public const string FeedbackRounds = "FeedbackRounds";

    public string Module => "Development";

    public IReadOnlyList<PersonalDataKind> Kinds { get; } =
    [
        new(Plans, PersonalDataBasis.PublicTask), new(Coaching, PersonalDataBasis.PublicTask),
        new(PrivateNotes, PersonalDataBasis.PublicTask), new(FeedbackRounds, PersonalDataBasis.PublicTask),
    ];

    public async Task<PersonalDataSection> ExportAsync(PersonalDataSubject subject, bool includePrivateTexts, CancellationToken ct)
    {
        if (subject.PersonId is not { } id) return new(Module, []);
        var entries = new List<PersonalDataEntry>();
        foreach (var plan in await PlansOf(id).AsNoTracking().ToListAsync(ct))
        {
            entries.Add(PersonalDataEntry.Of(Plans, ("createdAt", plan.CreationTime), ("coachUserId", plan.CoachUserId), ("deleted", plan.IsDeleted)));
            entries.AddRange(plan.Goals.Select(g => PersonalDataEntry.Of("DevelopmentGoal", ("title", g.Title), ("description", g.Description),
                ("status", g.Status), ("dueOn", g.DueOn), ("agreedAt", g.AgreedAt))));
            entries.AddRange(plan.ProgressNotes.Select(n => PersonalDataEntry.Of("ProgressNote", ("writtenAt", n.WrittenAt), ("text", n.Text))));
            entries.AddRange(plan.Feedback.Select(f => PersonalDataEntry.Of("FacilitatorFeedback", ("givenAt", f.GivenAt), ("text", f.Text))));
        }
        foreach (var s in await SessionsOf(id).AsNoTracking().ToListAsync(ct))
            entries.Add(PersonalDataEntry.Of(Coaching, ("startsAt", s.StartsAt), ("endsAt", s.EndsAt), ("place", s.Place), ("status", s.Status),
                ("notes", await ReadAsync(id, s.ProtectedNotes, includePrivateTexts, ct))));
        foreach (var n in await NotesOf(id).AsNoTracking().ToListAsync(ct))
            entries.Add(PersonalDataEntry.Of(PrivateNotes, ("writtenAt", n.LastModificationTime ?? n.CreationTime),
                ("text", await ReadAsync(id, n.ProtectedText, includePrivateTexts, ct))));
        foreach (var r in await RoundsOf(id).AsNoTracking().ToListAsync(ct))
            entries.Add(PersonalDataEntry.Of(FeedbackRounds, ("title", r.Title), ("opensAt", r.OpensAt), ("closesAt", r.ClosesAt),
                ("invitees", await db.Set<FeedbackInvitee>().CountAsync(i => i.RoundId == r.Id, ct)),
                ("answers", await db.Set<FeedbackResponse>().CountAsync(x => x.RoundId == r.Id, ct))));
        return new(Module, entries);
    }

    public async Task<IReadOnlyList<ErasureStep>> PlanErasureAsync(PersonalDataSubject subject, PersonalDataRetention retention, CancellationToken ct)
    {
        if (subject.PersonId is not { } id) return [];
        return
        [
            new(Module, Plans, ErasureAction.Delete, await PlansOf(id).CountAsync(ct)),
            new(Module, Coaching, ErasureAction.Delete, await SessionsOf(id).CountAsync(ct)),
            new(Module, PrivateNotes, ErasureAction.Delete, await NotesOf(id).CountAsync(ct)),
            new(Module, FeedbackRounds, ErasureAction.Delete, await RoundsOf(id).CountAsync(ct)),
        ];
    }

    public async Task EraseAsync(PersonalDataSubject subject, PersonalDataRetention retention, CancellationToken ct)
    {
        if (subject.PersonId is not { } id) return;
        await NotesOf(id).ExecuteDeleteAsync(ct);
        await SessionsOf(id).ExecuteDeleteAsync(ct);
        await PlansOf(id).ExecuteDeleteAsync(ct);
        var rounds = RoundsOf(id).Select(r => r.Id);
        await db.Set<FeedbackInvitee>().Where(i => rounds.Contains(i.RoundId)).ExecuteDeleteAsync(ct);
        await db.Set<FeedbackResponse>().Where(r => rounds.Contains(r.RoundId)).ExecuteDeleteAsync(ct);
        await RoundsOf(id).ExecuteDeleteAsync(ct);
    }

    private async Task<string?> ReadAsync(Guid personId, string? stored, bool include, CancellationToken ct)
    {
        if (stored is null) return null;
        if (!include) return "";
        return ProtectedText.IsProtected(stored) ? await protector.UnprotectAsync(personId, stored, ct) : stored;
    }

    private IQueryable<DevelopmentPlan> PlansOf(Guid personId) => db.Set<DevelopmentPlan>().IgnoreQueryFilters().Where(p => p.PersonId == personId);

    private IQueryable<CoachingSession> SessionsOf(Guid personId) =>
        db.Set<CoachingSession>().IgnoreQueryFilters().Where(s => PlansOf(personId).Any(p => p.Id == s.PlanId));

    private IQueryable<PrivateNote> NotesOf(Guid personId) => db.Set<PrivateNote>().IgnoreQueryFilters().Where(n => n.PersonId == personId);

    private IQueryable<FeedbackRound> RoundsOf(Guid personId) => db.Set<FeedbackRound>().IgnoreQueryFilters().Where(r => r.PersonId == personId);
}
