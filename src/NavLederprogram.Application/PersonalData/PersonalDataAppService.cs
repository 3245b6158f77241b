using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using NavLederprogram.Audit;
using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Privacy;

namespace NavLederprogram.PersonalData;

/// <summary>
/// A person's data as every module holds it. One's own export holds private texts as written; an admin's export (a person in their
/// scope, on request) says only that they exist, and is recorded in the audit log. A person outside the caller's scope does not exist
/// for them (404).
/// </summary>
public sealed class PersonalDataAppService(
    IEnumerable<IPersonalDataSource> sources,
    ICurrentUser currentUser,
    ICurrentPerson currentPerson,
    IPersonDirectory people,
    IUserDirectory users,
    CurrentAccessScope accessScope,
    PersonalDataEraser eraser,
    IErasureRecordRepository erasures,
    IAuditTrail audit,
    IOptions<PersonalDataRetention> retention,
    IConfiguration configuration,
    TimeProvider clock) : IPersonalDataAppService
{
    public async Task<PersonalDataExportDto> GetMineAsync(CancellationToken ct)
    {
        var me = await currentPerson.GetAsync(ct);
        var subject = me is null
            ? new PersonalDataSubject(null, currentUser.Id, null, null, currentUser.UserName)
            : Subject(me);
        return await ExportAsync(subject, includePrivateTexts: true, ct);
    }

    public async Task<PersonalDataFile> GetMinePdfAsync(string? culture, CancellationToken ct) => Pdf(await GetMineAsync(ct), culture);

    public async Task<PagedResult<PersonalDataPersonDto>> GetPeopleAsync(PagedQuery query, CancellationToken ct)
    {
        var page = await people.GetPageAsync(query.ToPageRequest(), await accessScope.GetAsync(ct), null, ct);
        return new(page.TotalCount, page.Items.Select(p => new PersonalDataPersonDto(p.Id, p.FullName, p.EmployeeNumber, p.Email, p.UserId is not null)).ToList());
    }

    public async Task<PersonalDataExportDto> GetPersonAsync(Guid personId, CancellationToken ct)
    {
        var person = await InScopeAsync(personId, ct);
        var export = await ExportAsync(Subject(person), includePrivateTexts: false, ct);
        await audit.RecordAsync(new AuditRecord(AuditKind.PersonalDataRead, "PersonalData.Exported", person.Id, person.UserId, $"Person:{person.Id}"), ct);
        return export;
    }

    public async Task<PersonalDataFile> GetPersonPdfAsync(Guid personId, string? culture, CancellationToken ct) =>
        Pdf(await GetPersonAsync(personId, ct), culture);

    public async Task<ErasurePlanDto> PlanErasureAsync(Guid personId, CancellationToken ct)
    {
        var person = await InScopeAsync(personId, ct);
        var subject = Subject(person);
        var steps = await eraser.PlanAsync(subject, ct);
        var refusal = await eraser.RefusalAsync(subject, currentUser.Id, (await currentPerson.GetAsync(ct))?.Id, ct);
        return new(person.Id, person.FullName, person.EmployeeNumber, steps.Select(Dto).ToList(), refusal?.Code);
    }

    public async Task<ErasureRecordDto> EraseAsync(Guid personId, ErasureInput input, CancellationToken ct)
    {
        var person = await InScopeAsync(personId, ct);
        if (!string.Equals(input.Confirmation?.Trim(), person.EmployeeNumber, StringComparison.OrdinalIgnoreCase))
            throw new BusinessException(NavLederprogramErrorCodes.ErasureConfirmation) { Field = "confirmation" };
        var record = await eraser.EraseAsync(Subject(person), person.Id, currentUser.Id, (await currentPerson.GetAsync(ct))?.Id, ct);
        return await DtoAsync(record, ct);
    }

    public async Task<IReadOnlyList<ErasureRecordDto>> GetErasuresAsync(CancellationToken ct)
    {
        var list = new List<ErasureRecordDto>();
        foreach (var record in await erasures.GetLatestAsync(100, ct)) list.Add(await DtoAsync(record, ct));
        return list;
    }

    public Task<ProcessingOverviewDto> GetProcessingOverviewAsync(CancellationToken ct)
    {
        var kinds = sources.SelectMany(s => s.Kinds.Select(k => new ProcessingKindDto(s.Module, k.Key, k.Basis, retention.Value.YearsOf(k.RetentionRule))))
            .ToList();
        var audits = configuration.GetSection("Audit:Retention").GetChildren()
            .Where(c => c.Value is not null).Select(c => new AuditRetentionDto(c.Key, c.Value!)).OrderBy(a => a.Kind, StringComparer.Ordinal).ToList();
        return Task.FromResult(new ProcessingOverviewDto(kinds, audits));
    }

    private async Task<PersonCard> InScopeAsync(Guid personId, CancellationToken ct)
    {
        var person = await people.FindAsync(personId, ct);
        if (person is null || !(await accessScope.GetAsync(ct)).CoversOffice(person.OfficeId)) throw new EntityNotFoundException("Person", personId);
        return person;
    }

    private static PersonalDataSubject Subject(PersonCard p) => new(p.Id, p.UserId, p.Email, p.EmployeeNumber, p.FullName);

    private async Task<PersonalDataExportDto> ExportAsync(PersonalDataSubject subject, bool includePrivateTexts, CancellationToken ct)
    {
        var sections = new List<PersonalDataSectionDto>();
        foreach (var source in sources)
        {
            var section = await source.ExportAsync(subject, includePrivateTexts, ct);
            sections.Add(new(section.Module, section.Entries.Select(e => new PersonalDataEntryDto(e.Kind, e.Values)).ToList()));
        }
        return new(clock.GetUtcNow().UtcDateTime,
            new(subject.PersonId, subject.UserId, subject.FullName, subject.Email, subject.EmployeeNumber), sections);
    }

    private static PersonalDataFile Pdf(PersonalDataExportDto export, string? culture) =>
        new(PersonalDataPdf.Render(export, culture), "application/pdf",
            $"personal-data-{export.ExportedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.pdf");

    private static ErasureStepDto Dto(ErasureStep s) => new(s.Module, s.Kind, s.Action, s.Count, s.KeptUntil);

    private async Task<ErasureRecordDto> DtoAsync(ErasureRecord r, CancellationToken ct)
    {
        var by = r.ErasedByUserId is { } id ? (await users.FindAsync(id, ct))?.Name : null;
        return new(r.Id, r.ErasedAt, by, r.PersonId, r.ReadRetention(), r.ReadSteps().Select(Dto).ToList());
    }
}
