using Microsoft.EntityFrameworkCore;
using NavLederprogram.Organisation;
using NavLederprogram.Privacy;

namespace NavLederprogram.EntityFrameworkCore.Organisation;

/// <summary>
/// The person row, their job roles, and HR import files that name them. The row is anonymised, never deleted: records kept by a
/// retention rule (certificates) still point at it, and then name no one.
/// </summary>
public sealed class OrganisationPersonalData(NavLederprogramDbContext db) : IPersonalDataSource
{
    public const string Person = "Person";
    public const string HrImportFiles = "HrImportFiles";

    public string Module => "Organisation";

    public IReadOnlyList<PersonalDataKind> Kinds { get; } =
        [new(Person, PersonalDataBasis.PublicTask), new(HrImportFiles, PersonalDataBasis.PublicTask)];

    public async Task<PersonalDataSection> ExportAsync(PersonalDataSubject subject, bool includePrivateTexts, CancellationToken ct)
    {
        var entries = new List<PersonalDataEntry>();
        if (subject.PersonId is { } id && await FindAsync(id, tracked: false, ct) is { } p)
        {
            var office = await db.Offices.IgnoreQueryFilters().Where(o => o.Id == p.OfficeId).Select(o => o.Name).FirstOrDefaultAsync(ct);
            var roleIds = p.JobRoles.Select(r => r.JobRoleId).ToList();
            var roles = await db.JobRoles.Where(r => roleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Code, ct);
            entries.Add(PersonalDataEntry.Of(Person, ("employeeNumber", p.EmployeeNumber), ("firstName", p.FirstName), ("lastName", p.LastName),
                ("email", p.Email), ("employer", p.Employer), ("office", office), ("registeredAt", p.CreationTime)));
            entries.AddRange(p.JobRoles.Select(r => PersonalDataEntry.Of("JobRole", ("jobRole", roles.GetValueOrDefault(r.JobRoleId)), ("startDate", r.StartDate))));
        }
        return new(Module, entries);
    }

    public async Task<IReadOnlyList<ErasureStep>> PlanErasureAsync(PersonalDataSubject subject, PersonalDataRetention retention, CancellationToken ct)
    {
        if (subject.PersonId is not { } id || await FindAsync(id, tracked: false, ct) is null) return [];
        return [new(Module, Person, ErasureAction.Anonymise, 1), new(Module, HrImportFiles, ErasureAction.Delete, await ImportsNaming(subject).CountAsync(ct))];
    }

    public async Task EraseAsync(PersonalDataSubject subject, PersonalDataRetention retention, CancellationToken ct)
    {
        if (subject.PersonId is not { } id || await FindAsync(id, tracked: true, ct) is not { } person) return;
        await ImportsNaming(subject).ExecuteDeleteAsync(ct);
        person.Anonymise();
        await db.SaveChangesAsync(ct);
    }

    private Task<Person?> FindAsync(Guid id, bool tracked, CancellationToken ct)
    {
        var people = db.People.IgnoreQueryFilters();
        return (tracked ? people : people.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id, ct);
    }

    /// <summary>Imported files hold every row as sent by HR; a file that holds the person goes whole (its import is long done).</summary>
    private IQueryable<HrImport> ImportsNaming(PersonalDataSubject subject)
    {
        var imports = db.Set<HrImport>().IgnoreQueryFilters();
        return subject.EmployeeNumber is { Length: > 0 } number ? imports.Where(i => i.Rows.Contains(number)) : imports.Where(_ => false);
    }
}
