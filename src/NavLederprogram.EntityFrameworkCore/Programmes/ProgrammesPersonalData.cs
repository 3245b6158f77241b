using Microsoft.EntityFrameworkCore;
using NavLederprogram.Privacy;
using NavLederprogram.Programmes;

namespace NavLederprogram.EntityFrameworkCore.Programmes;

/// <summary>
/// Enrolments with their progress, attendance and submissions; reflection notes (private: deleted at once); the calendar feed;
/// and certificates, kept as records for <see cref="PersonalDataRetention.Certificates"/> years under the anonymised person.
/// An enrolment a kept certificate points at stays with it, without its free-text reason.
/// </summary>
public sealed class ProgrammesPersonalData(NavLederprogramDbContext db, IPrivateTextProtector protector, TimeProvider clock) : IPersonalDataSource
{
    public const string Enrolments = "ProgrammeEnrolments";
    public const string Reflections = "ProgrammeReflections";
    public const string Certificates = "ProgrammeCertificates";
    public const string CalendarFeeds = "CalendarFeeds";

    public string Module => "Programmes";

    public IReadOnlyList<PersonalDataKind> Kinds { get; } =
    [
        new(Enrolments, PersonalDataBasis.PublicTask), new(Reflections, PersonalDataBasis.PublicTask),
        new(Certificates, PersonalDataBasis.LegalObligation, PersonalDataRetention.Certificates), new(CalendarFeeds, PersonalDataBasis.PublicTask),
    ];

    public async Task<PersonalDataSection> ExportAsync(PersonalDataSubject subject, bool includePrivateTexts, CancellationToken ct)
    {
        var entries = new List<PersonalDataEntry>();
        if (subject.PersonId is { } id)
        {
            var enrolments = await (from e in EnrolmentsOf(id).AsNoTracking()
                                    join c in db.Set<Cohort>().IgnoreQueryFilters() on e.CohortId equals c.Id
                                    select new { e, c.Name }).ToListAsync(ct);
            foreach (var x in enrolments)
            {
                entries.Add(PersonalDataEntry.Of(Enrolments, ("cohort", x.Name), ("status", x.e.Status), ("source", x.e.Source), ("requestedAt", x.e.RequestedAt),
                    ("decidedAt", x.e.DecidedAt), ("reason", x.e.Reason), ("completedOn", x.e.CompletedOn),
                    ("modulesCompleted", x.e.Modules.Count(m => m.CompletedOn is not null)), ("sessionsAttended", x.e.Attendance.Count(a => a.Present)),
                    ("deleted", x.e.IsDeleted)));
                entries.AddRange(x.e.Submissions.Select(s => PersonalDataEntry.Of("AssignmentSubmission", ("cohort", x.Name), ("submittedAt", s.SubmittedAt),
                    ("answer", s.Answer), ("status", s.Status), ("feedback", s.Feedback))));
            }
            foreach (var note in await ReflectionsOf(id).AsNoTracking().ToListAsync(ct))
                entries.Add(PersonalDataEntry.Of(Reflections, ("writtenAt", note.LastModificationTime ?? note.CreationTime),
                    ("text", includePrivateTexts ? await ReadAsync(id, note.ProtectedText, ct) : null), ("deleted", note.IsDeleted)));
            var certificates = await CertificatesOf(id).AsNoTracking().ToListAsync(ct);
            entries.AddRange(certificates.Select(c => PersonalDataEntry.Of(Certificates, ("personName", c.PersonName), ("programme", c.ProgrammeName),
                ("cohort", c.CohortName), ("completedOn", c.CompletedOn), ("verificationCode", c.VerificationCode))));
        }
        if (subject.UserId is { } userId)
        {
            var feeds = await FeedsOf(userId).AsNoTracking().ToListAsync(ct);
            entries.AddRange(feeds.Select(f => PersonalDataEntry.Of(CalendarFeeds, ("createdAt", f.CreatedAt), ("revokedAt", f.RevokedAt))));
        }
        return new(Module, entries);
    }

    public async Task<IReadOnlyList<ErasureStep>> PlanErasureAsync(PersonalDataSubject subject, PersonalDataRetention retention, CancellationToken ct)
    {
        var steps = new List<ErasureStep>();
        if (subject.PersonId is { } id)
        {
            var until = retention.KeepUntil(PersonalDataRetention.Certificates, Today);
            var certificates = await CertificatesOf(id).CountAsync(ct);
            var enrolments = await EnrolmentsOf(id).CountAsync(ct);
            var kept = until is null ? 0 : await EnrolmentsOf(id).CountAsync(e => CertificatesOf(id).Any(c => c.EnrolmentId == e.Id), ct);
            steps.Add(new(Module, Enrolments, ErasureAction.Delete, enrolments - kept));
            if (kept > 0) steps.Add(new(Module, Enrolments, ErasureAction.Anonymise, kept, until));
            steps.Add(new(Module, Reflections, ErasureAction.Delete, await ReflectionsOf(id).CountAsync(ct)));
            steps.Add(new(Module, Certificates, until is null ? ErasureAction.Delete : ErasureAction.Keep, certificates, until));
        }
        if (subject.UserId is { } userId) steps.Add(new(Module, CalendarFeeds, ErasureAction.Delete, await FeedsOf(userId).CountAsync(ct)));
        return steps;
    }

    public async Task EraseAsync(PersonalDataSubject subject, PersonalDataRetention retention, CancellationToken ct)
    {
        if (subject.UserId is { } userId) await FeedsOf(userId).ExecuteDeleteAsync(ct);
        if (subject.PersonId is not { } id) return;
        await ReflectionsOf(id).ExecuteDeleteAsync(ct);
        if (retention.KeepUntil(PersonalDataRetention.Certificates, Today) is null)
        {
            await CertificatesOf(id).ExecuteDeleteAsync(ct);
            await EnrolmentsOf(id).ExecuteDeleteAsync(ct);
            return;
        }
        var code = ErasedPerson.Code(id);
        await CertificatesOf(id).ExecuteUpdateAsync(s => s.SetProperty(c => c.PersonName, code), ct);
        await EnrolmentsOf(id).Where(e => !CertificatesOf(id).Any(c => c.EnrolmentId == e.Id)).ExecuteDeleteAsync(ct);
        await EnrolmentsOf(id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Reason, (string?)null), ct);
    }

    private async Task<string?> ReadAsync(Guid personId, string stored, CancellationToken ct)
    {
        if (!ProtectedText.IsProtected(stored)) return stored;
        return await protector.UnprotectAsync(personId, stored, ct);
    }

    private DateOnly Today => DateOnly.FromDateTime(OsloTime.ToOslo(clock.GetUtcNow().UtcDateTime));

    private IQueryable<Enrolment> EnrolmentsOf(Guid personId) => db.Set<Enrolment>().IgnoreQueryFilters().Where(e => e.PersonId == personId);

    private IQueryable<ReflectionNote> ReflectionsOf(Guid personId) => db.Set<ReflectionNote>().IgnoreQueryFilters().Where(n => n.AuthorPersonId == personId);

    private IQueryable<Certificate> CertificatesOf(Guid personId) => db.Set<Certificate>().IgnoreQueryFilters().Where(c => c.PersonId == personId);

    private IQueryable<CalendarFeed> FeedsOf(Guid userId) => db.Set<CalendarFeed>().IgnoreQueryFilters().Where(f => f.UserId == userId);
}
