using Microsoft.EntityFrameworkCore;
using NavLederprogram.Competence;
using NavLederprogram.Privacy;

namespace NavLederprogram.EntityFrameworkCore.Competence;

/// <summary>
/// Competence evidence with its uploads, the computed competence status and reminders. Evidence is a record kept for
/// <see cref="PersonalDataRetention.CompetenceEvidence"/> years; the upload and a rejection's reason (both may name the
/// person) go at once.
/// </summary>
public sealed class CompetencePersonalData(NavLederprogramDbContext db, TimeProvider clock) : IPersonalDataSource
{
    public const string Evidence = "CompetenceEvidence";
    public const string EvidenceUploads = "EvidenceUploads";
    public const string Status = "CompetenceStatus";

    public string Module => "Competence";

    public IReadOnlyList<PersonalDataKind> Kinds { get; } =
    [
        new(Evidence, PersonalDataBasis.LegalObligation, PersonalDataRetention.CompetenceEvidence),
        new(EvidenceUploads, PersonalDataBasis.PublicTask), new(Status, PersonalDataBasis.PublicTask),
    ];

    public async Task<PersonalDataSection> ExportAsync(PersonalDataSubject subject, bool includePrivateTexts, CancellationToken ct)
    {
        if (subject.PersonId is not { } id) return new(Module, []);
        var evidence = await (from e in EvidenceOf(id).AsNoTracking()
                              join a in db.Set<CompetenceArea>().IgnoreQueryFilters() on e.CompetenceAreaId equals a.Id
                              select new { e, a.Code }).ToListAsync(ct);
        var entries = evidence.Select(x => PersonalDataEntry.Of(Evidence, ("title", x.e.Title), ("competenceArea", x.Code), ("level", x.e.Level),
            ("source", x.e.Source), ("state", x.e.State), ("achievedOn", x.e.AchievedOn), ("validUntil", x.e.ValidUntil),
            ("rejectionReason", x.e.RejectionReason), ("deleted", x.e.IsDeleted))).ToList();
        var uploads = await Uploads(id).AsNoTracking().Select(d => new { d.FileName, d.ContentType, d.Length }).ToListAsync(ct);
        entries.AddRange(uploads.Select(d => PersonalDataEntry.Of(EvidenceUploads, ("fileName", d.FileName), ("contentType", d.ContentType), ("bytes", d.Length))));
        var statuses = await db.Set<PersonCompetenceStatus>().AsNoTracking().Where(s => s.PersonId == id).ToListAsync(ct);
        entries.AddRange(statuses.Select(s => PersonalDataEntry.Of(Status, ("requirementId", s.RequirementId), ("status", s.Status),
            ("requiredLevel", s.RequiredLevel), ("currentLevel", s.CurrentLevel), ("deadline", s.Deadline))));
        return new(Module, entries);
    }

    public async Task<IReadOnlyList<ErasureStep>> PlanErasureAsync(PersonalDataSubject subject, PersonalDataRetention retention, CancellationToken ct)
    {
        if (subject.PersonId is not { } id) return [];
        var until = retention.KeepUntil(PersonalDataRetention.CompetenceEvidence, Today);
        return
        [
            new(Module, Evidence, until is null ? ErasureAction.Delete : ErasureAction.Keep, await EvidenceOf(id).CountAsync(ct), until),
            new(Module, EvidenceUploads, ErasureAction.Delete, await Uploads(id).CountAsync(ct)),
            new(Module, Status, ErasureAction.Delete,
                await db.Set<PersonCompetenceStatus>().CountAsync(s => s.PersonId == id, ct) + await db.Set<CompetenceReminder>().CountAsync(r => r.PersonId == id, ct)),
        ];
    }

    public async Task EraseAsync(PersonalDataSubject subject, PersonalDataRetention retention, CancellationToken ct)
    {
        if (subject.PersonId is not { } id) return;
        await Uploads(id).ExecuteDeleteAsync(ct);
        await db.Set<PersonCompetenceStatus>().Where(s => s.PersonId == id).ExecuteDeleteAsync(ct);
        await db.Set<CompetenceReminder>().Where(r => r.PersonId == id).ExecuteDeleteAsync(ct);
        if (retention.KeepUntil(PersonalDataRetention.CompetenceEvidence, Today) is null) await EvidenceOf(id).ExecuteDeleteAsync(ct);
        else
        {
            // A kept record names no one: a title written with the person's name gets their neutral code instead.
            await EvidenceOf(id).ExecuteUpdateAsync(s => s.SetProperty(e => e.RejectionReason, (string?)null).SetProperty(e => e.HasDocument, false), ct);
            if (subject.FullName is { Length: > 0 } name)
            {
                var code = ErasedPerson.Code(id);
                await EvidenceOf(id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Title, e => e.Title.Replace(name, code)), ct);
            }
        }
    }

    private DateOnly Today => DateOnly.FromDateTime(OsloTime.ToOslo(clock.GetUtcNow().UtcDateTime));

    // Soft-deleted evidence still holds what the person sent, so every query here ignores the filter.
    private IQueryable<CompetenceEvidence> EvidenceOf(Guid personId) => db.Set<CompetenceEvidence>().IgnoreQueryFilters().Where(e => e.PersonId == personId);

    private IQueryable<EvidenceDocument> Uploads(Guid personId) =>
        db.Set<EvidenceDocument>().Where(d => db.Set<CompetenceEvidence>().IgnoreQueryFilters().Any(e => e.Id == d.EvidenceId && e.PersonId == personId));
}
