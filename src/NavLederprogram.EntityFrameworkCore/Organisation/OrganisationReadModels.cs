using Microsoft.EntityFrameworkCore;

namespace NavLederprogram.EntityFrameworkCore.Organisation;

/// <summary>
/// Organisation's tables as other modules' EF queries may join them: read-only projections of the published columns, so a
/// report stays one SQL statement without the other module seeing Organisation's entities or writing its tables.
/// Projections are never tracked; AsNoTracking or IgnoreAutoIncludes here would change the whole composed query, also for the
/// composing module's own entities.
/// </summary>
[ModuleContract]
public sealed class OrganisationReadModels(NavLederprogramDbContext db)
{
    public IQueryable<PersonRow> People => db.People.Select(p => new PersonRow
    {
        Id = p.Id,
        UserId = p.UserId,
        EmployeeNumber = p.EmployeeNumber,
        FirstName = p.FirstName,
        LastName = p.LastName,
        Email = p.Email,
        OfficeId = p.OfficeId,
        Employer = p.Employer,
    });

    public IQueryable<PersonJobRoleRow> PersonJobRoles => db.Set<NavLederprogram.Organisation.PersonJobRole>()
        .Select(r => new PersonJobRoleRow { PersonId = r.PersonId, JobRoleId = r.JobRoleId, StartDate = r.StartDate });

    public IQueryable<OfficeRow> Offices => db.Offices
        .Select(o => new OfficeRow { Id = o.Id, Name = o.Name, RegionId = o.RegionId });

    public IQueryable<JobRoleRow> JobRoles => db.JobRoles.Select(r => new JobRoleRow { Id = r.Id, SortOrder = r.SortOrder });
}
