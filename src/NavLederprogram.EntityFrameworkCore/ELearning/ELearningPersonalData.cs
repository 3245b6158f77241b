using Microsoft.EntityFrameworkCore;
using NavLederprogram.ELearning;
using NavLederprogram.Privacy;

namespace NavLederprogram.EntityFrameworkCore.ELearning;

/// <summary>
/// Course enrolments and assignments, quiz and SCORM attempts (with the package's own stored data), and course certificates, kept
/// as records for <see cref="PersonalDataRetention.Certificates"/> years under the anonymised person with the enrolment they point at.
/// </summary>
public sealed class ELearningPersonalData(NavLederprogramDbContext db, TimeProvider clock) : IPersonalDataSource
{
    public const string Enrolments = "CourseEnrolments";
    public const string Attempts = "CourseAttempts";
    public const string Certificates = "CourseCertificates";

    public string Module => "ELearning";

    public IReadOnlyList<PersonalDataKind> Kinds { get; } =
    [
        new(Enrolments, PersonalDataBasis.PublicTask), new(Attempts, PersonalDataBasis.PublicTask),
        new(Certificates, PersonalDataBasis.LegalObligation, PersonalDataRetention.Certificates),
    ];

    public async Task<PersonalDataSection> ExportAsync(PersonalDataSubject subject, bool includePrivateTexts, CancellationToken ct)
    {
        if (subject.PersonId is not { } id) return new(Module, []);
        var enrolments = await (from e in EnrolmentsOf(id).AsNoTracking()
                                join c in db.Set<Course>().IgnoreQueryFilters() on e.CourseId equals c.Id
                                select new { e, c.Code }).ToListAsync(ct);
        var entries = enrolments.Select(x => PersonalDataEntry.Of(Enrolments, ("course", x.Code), ("source", x.e.Source), ("dueOn", x.e.DueOn),
            ("startedAt", x.e.StartedAt), ("completedAt", x.e.CompletedAt), ("lessonsViewed", x.e.Lessons.Count),
            ("quizBestScorePercent", x.e.QuizBestScorePercent), ("deleted", x.e.IsDeleted))).ToList();
        var quizzes = await QuizAttemptsOf(id).AsNoTracking().ToListAsync(ct);
        entries.AddRange(quizzes.Select(a => PersonalDataEntry.Of(Attempts, ("kind", "quiz"), ("number", a.Number), ("startedAt", a.StartedAt),
            ("submittedAt", a.SubmittedAt), ("state", a.State), ("scorePercent", a.ScorePercent), ("passed", a.Passed))));
        var scorm = await ScormAttemptsOf(id).AsNoTracking().ToListAsync(ct);
        entries.AddRange(scorm.Select(a => PersonalDataEntry.Of(Attempts, ("kind", "scorm"), ("sco", a.ScoIdentifier), ("status", a.Status),
            ("successStatus", a.SuccessStatus), ("scoreScaled", a.ScoreScaled), ("location", a.Location), ("suspendData", a.SuspendData),
            ("lastCommitAt", a.LastCommitAt))));
        var certificates = await CertificatesOf(id).AsNoTracking().ToListAsync(ct);
        entries.AddRange(certificates.Select(c => PersonalDataEntry.Of(Certificates, ("personName", c.PersonName), ("course", c.CourseTitle.Nb),
            ("completedOn", c.CompletedOn), ("verificationCode", c.VerificationCode))));
        return new(Module, entries);
    }

    public async Task<IReadOnlyList<ErasureStep>> PlanErasureAsync(PersonalDataSubject subject, PersonalDataRetention retention, CancellationToken ct)
    {
        if (subject.PersonId is not { } id) return [];
        var until = retention.KeepUntil(PersonalDataRetention.Certificates, Today);
        var enrolments = await EnrolmentsOf(id).CountAsync(ct);
        var kept = until is null ? 0 : await EnrolmentsOf(id).CountAsync(e => CertificatesOf(id).Any(c => c.EnrolmentId == e.Id), ct);
        var steps = new List<ErasureStep> { new(Module, Enrolments, ErasureAction.Delete, enrolments - kept) };
        if (kept > 0) steps.Add(new(Module, Enrolments, ErasureAction.Keep, kept, until));
        steps.Add(new(Module, Attempts, ErasureAction.Delete, await QuizAttemptsOf(id).CountAsync(ct) + await ScormAttemptsOf(id).CountAsync(ct)));
        steps.Add(new(Module, Certificates, until is null ? ErasureAction.Delete : ErasureAction.Keep, await CertificatesOf(id).CountAsync(ct), until));
        return steps;
    }

    public async Task EraseAsync(PersonalDataSubject subject, PersonalDataRetention retention, CancellationToken ct)
    {
        if (subject.PersonId is not { } id) return;
        await QuizAttemptsOf(id).ExecuteDeleteAsync(ct);
        await ScormAttemptsOf(id).ExecuteDeleteAsync(ct);
        if (retention.KeepUntil(PersonalDataRetention.Certificates, Today) is null)
        {
            await CertificatesOf(id).ExecuteDeleteAsync(ct);
            await EnrolmentsOf(id).ExecuteDeleteAsync(ct);
            return;
        }
        var code = ErasedPerson.Code(id);
        await CertificatesOf(id).ExecuteUpdateAsync(s => s.SetProperty(c => c.PersonName, code), ct);
        await EnrolmentsOf(id).Where(e => !CertificatesOf(id).Any(c => c.EnrolmentId == e.Id)).ExecuteDeleteAsync(ct);
    }

    private DateOnly Today => DateOnly.FromDateTime(OsloTime.ToOslo(clock.GetUtcNow().UtcDateTime));

    private IQueryable<CourseEnrolment> EnrolmentsOf(Guid personId) => db.Set<CourseEnrolment>().IgnoreQueryFilters().Where(e => e.PersonId == personId);

    private IQueryable<QuizAttempt> QuizAttemptsOf(Guid personId) => db.Set<QuizAttempt>().IgnoreQueryFilters().Where(a => a.PersonId == personId);

    private IQueryable<ScormAttempt> ScormAttemptsOf(Guid personId) => db.Set<ScormAttempt>().IgnoreQueryFilters().Where(a => a.PersonId == personId);

    private IQueryable<CourseCertificate> CertificatesOf(Guid personId) => db.Set<CourseCertificate>().IgnoreQueryFilters().Where(c => c.PersonId == personId);
}
