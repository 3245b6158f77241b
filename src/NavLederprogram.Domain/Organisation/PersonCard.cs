using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

/// <summary>What other modules know of a person: who they are, where they work and which job roles they hold.</summary>
[ModuleContract]
public sealed record PersonCard(Guid Id, Guid? UserId, string EmployeeNumber, string FirstName, string LastName, string Email, Guid OfficeId,
    IReadOnlyList<PersonJobRoleCard> JobRoles)
{
    public string FullName => $"{FirstName} {LastName}";

    public static PersonCard Of(Person p) => new(p.Id, p.UserId, p.EmployeeNumber, p.FirstName, p.LastName, p.Email, p.OfficeId,
        p.JobRoles.Select(r => new PersonJobRoleCard(r.JobRoleId, r.StartDate)).ToList());
}
