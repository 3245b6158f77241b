using NavLederprogram.Entities;
using NavLederprogram.Identity;
using NavLederprogram.Localization;
using NavLederprogram.Paging;
using NavLederprogram.Validation;

namespace NavLederprogram.Organisation;

public sealed class PersonAppService(
    IPersonRepository people,
    IOfficeRepository offices,
    IJobRoleRepository jobRoles,
    IOrganisationQueries organisation,
    OrganisationManager manager,
    CurrentAccessScope accessScope,
    Data.IUnitOfWork unitOfWork) : IPersonAppService
{
    public async Task<PagedResult<PersonDto>> GetListAsync(PersonQuery query, CancellationToken ct)
    {
        var page = await people.GetPageAsync(query.ToPageRequest(), query.OfficeId, await accessScope.GetAsync(ct), ct);
        return new PagedResult<PersonDto>(page.TotalCount, await ToDtosAsync(page.Items, ct));
    }

    public async Task<PersonDto> GetAsync(Guid id, CancellationToken ct)
    {
        // Read only: the person is shown, not changed, so it is not tracked.
        var person = (await people.GetListAsync([id], ct)).FirstOrDefault();
        if (person is null || !(await accessScope.GetAsync(ct)).CoversOffice(person.OfficeId))
            throw new EntityNotFoundException(typeof(Person), id);
        return (await ToDtosAsync([person], ct))[0];
    }

    public async Task<PersonDto> CreateAsync(SavePersonInput input, CancellationToken ct)
    {
        await ValidateAsync(input, ct);
        await manager.EnsureEmployeeNumberFreeAsync(input.EmployeeNumber!, null, ct);
        var person = new Person(Guid.CreateVersion7(), input.EmployeeNumber!, input.FirstName!, input.LastName!, input.Email!, input.Employer!.Value, input.OfficeId!.Value);
        person.SetJobRoles(input.JobRoles!.Select(r => (r.JobRoleId!.Value, r.StartDate!.Value)));
        await people.InsertAsync(person, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return (await ToDtosAsync([person], ct))[0];
    }

    public async Task<PersonDto> UpdateAsync(Guid id, SavePersonInput input, CancellationToken ct)
    {
        var person = await GetVisibleAsync(id, ct);
        await ValidateAsync(input, ct);
        ConcurrencyCheck.Apply(person, input.ConcurrencyStamp);
        if (!string.Equals(person.EmployeeNumber, input.EmployeeNumber!.Trim(), StringComparison.Ordinal))
            new InputValidator().Add(nameof(input.EmployeeNumber), "Validation:Immutable").ThrowIfInvalid();
        person.Update(input.FirstName!, input.LastName!, input.Email!, input.Employer!.Value, input.OfficeId!.Value);
        person.SetJobRoles(input.JobRoles!.Select(r => (r.JobRoleId!.Value, r.StartDate!.Value)));
        await unitOfWork.SaveChangesAsync(ct);
        return (await ToDtosAsync([person], ct))[0];
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var person = await GetVisibleAsync(id, ct);
        person.Leave();
        people.Delete(person);
        await unitOfWork.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<JobRoleDto>> GetJobRolesAsync(CancellationToken ct) =>
        (await jobRoles.GetAllAsync(ct)).Select(r => new JobRoleDto(r.Id, r.Code, LocalizationTexts.Get(r.NameKey), r.IsLeaderRole)).ToList();

    private async Task<Person> GetVisibleAsync(Guid id, CancellationToken ct)
    {
        var person = await people.FindAsync(id, ct);
        if (person is null || !(await accessScope.GetAsync(ct)).CoversOffice(person.OfficeId)) throw new EntityNotFoundException(typeof(Person), id);
        return person;
    }

    private async Task ValidateAsync(SavePersonInput input, CancellationToken ct)
    {
        var validator = new InputValidator()
            .RequireText(nameof(input.EmployeeNumber), input.EmployeeNumber, OrganisationConsts.MaxEmployeeNumberLength)
            .RequireText(nameof(input.FirstName), input.FirstName, OrganisationConsts.MaxNameLength)
            .RequireText(nameof(input.LastName), input.LastName, OrganisationConsts.MaxNameLength)
            .RequireEmail(nameof(input.Email), input.Email, OrganisationConsts.MaxEmailLength)
            .RequireEnum(nameof(input.Employer), input.Employer)
            .Require(nameof(input.OfficeId), input.OfficeId);
        if (input.OfficeId is { } officeId && (await offices.FindAsync(officeId, ct) is null || !(await accessScope.GetAsync(ct)).CoversOffice(officeId)))
            validator.Add(nameof(input.OfficeId), InputValidator.Unknown);

        var roles = input.JobRoles ??= [];
        var known = (await jobRoles.GetAllAsync(ct)).Select(r => r.Id).ToHashSet();
        if (roles.Count > OrganisationConsts.MaxJobRolesPerPerson) validator.Add(nameof(input.JobRoles), InputValidator.TooMany, OrganisationConsts.MaxJobRolesPerPerson);
        else if (roles.Any(r => r.JobRoleId is null || !known.Contains(r.JobRoleId.Value))) validator.Add(nameof(input.JobRoles), InputValidator.Unknown);
        else if (roles.Any(r => r.StartDate is null)) validator.Add(nameof(input.JobRoles), InputValidator.Required);
        else if (roles.Select(r => r.JobRoleId).Distinct().Count() != roles.Count) validator.Add(nameof(input.JobRoles), InputValidator.Duplicate);
        validator.ThrowIfInvalid();
    }

    private async Task<IReadOnlyList<PersonDto>> ToDtosAsync(IReadOnlyList<Person> list, CancellationToken ct)
    {
        var officeNames = await organisation.GetOfficeNamesAsync(list.Select(p => p.OfficeId).Distinct().ToList(), ct);
        var roles = (await organisation.GetJobRolesAsync(ct)).ToDictionary(r => r.Id);
        return list.Select(p => new PersonDto(
            p.Id, p.EmployeeNumber, p.FirstName, p.LastName, p.Email, p.Employer, p.OfficeId, officeNames.GetValueOrDefault(p.OfficeId, ""),
            p.JobRoles.OrderBy(r => r.StartDate).Select(r => new PersonJobRoleDto(r.JobRoleId, roles[r.JobRoleId].Code, LocalizationTexts.Get(roles[r.JobRoleId].NameKey), r.StartDate)).ToList(),
            p.UserId, p.ConcurrencyStamp)).ToList();
    }
}
