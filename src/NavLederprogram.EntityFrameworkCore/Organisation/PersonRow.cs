using Microsoft.EntityFrameworkCore;

namespace NavLederprogram.EntityFrameworkCore.Organisation;

// Classes with init properties rather than positional records: EF can only compose further queries over member initialisers.

[ModuleContract]
public sealed class PersonRow
{
    public Guid Id { get; init; }
    public Guid? UserId { get; init; }
    public string EmployeeNumber { get; init; } = "";
    public string FirstName { get; init; } = "";
    public string LastName { get; init; } = "";
    public string Email { get; init; } = "";
    public Guid OfficeId { get; init; }
    public NavLederprogram.Organisation.Employer Employer { get; init; }
}
