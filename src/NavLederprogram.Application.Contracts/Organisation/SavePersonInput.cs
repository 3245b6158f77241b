using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public sealed class SavePersonInput
{
    public string? EmployeeNumber { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Email { get; set; }
    public Employer? Employer { get; set; }
    public Guid? OfficeId { get; set; }
    public List<PersonJobRoleInput>? JobRoles { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
