using Microsoft.EntityFrameworkCore;
using NavLederprogram.Evaluations;
using NavLederprogram.Privacy;

namespace NavLederprogram.EntityFrameworkCore.Evaluations;

/// <summary>
/// Which evaluations the person has answered (the respondent rows that stop a second answer). The answers themselves carry no
/// person by design, so they are neither exported nor erased: they are not personal data.
/// </summary>
public sealed class EvaluationsPersonalData(NavLederprogramDbContext db) : IPersonalDataSource
{
    public const string Respondents = "EvaluationRespondents";

    public string Module => "Evaluations";

    public IReadOnlyList<PersonalDataKind> Kinds { get; } = [new(Respondents, PersonalDataBasis.PublicTask)];

    public async Task<PersonalDataSection> ExportAsync(PersonalDataSubject subject, bool includePrivateTexts, CancellationToken ct)
    {
        if (subject.PersonId is not { } id) return new(Module, []);
        var answered = await (from r in RespondentsOf(id).AsNoTracking()
                              join e in db.Set<Evaluation>().IgnoreQueryFilters() on r.EvaluationId equals e.Id
                              select new { e.Title, e.OpensAt, e.ClosesAt }).ToListAsync(ct);
        return new(Module, answered.Select(a => PersonalDataEntry.Of(Respondents, ("evaluation", a.Title), ("opensAt", a.OpensAt), ("closesAt", a.ClosesAt))).ToList());
    }

    public async Task<IReadOnlyList<ErasureStep>> PlanErasureAsync(PersonalDataSubject subject, PersonalDataRetention retention, CancellationToken ct) =>
        subject.PersonId is { } id ? [new(Module, Respondents, ErasureAction.Delete, await RespondentsOf(id).CountAsync(ct))] : [];

    public async Task EraseAsync(PersonalDataSubject subject, PersonalDataRetention retention, CancellationToken ct)
    {
        if (subject.PersonId is { } id) await RespondentsOf(id).ExecuteDeleteAsync(ct);
    }

    private IQueryable<EvaluationRespondent> RespondentsOf(Guid personId) => db.Set<EvaluationRespondent>().Where(r => r.PersonId == personId);
}
