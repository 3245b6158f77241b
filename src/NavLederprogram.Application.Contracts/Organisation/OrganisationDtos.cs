using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public sealed record RegionDto(Guid Id, string Name, string Code, string ConcurrencyStamp) : IHasId;

public sealed class SaveRegionInput
{
    public string? Name { get; set; }
    public string? Code { get; set; }
    public string? ConcurrencyStamp { get; set; }
}

public sealed record MunicipalityDto(Guid Id, string Name, string Number, Guid RegionId, string RegionName, string ConcurrencyStamp) : IHasId;

public sealed class MunicipalityQuery : PagedQuery
{
    public Guid? RegionId { get; set; }
}

public sealed class SaveMunicipalityInput
{
    public string? Name { get; set; }
    public string? Number { get; set; }
    public Guid? RegionId { get; set; }
    public string? ConcurrencyStamp { get; set; }
}

public sealed record NamedReference(Guid Id, string Name);

public sealed record OfficeDto(
    Guid Id, string Name, Guid RegionId, string RegionName, LeadershipModel LeadershipModel, int Size,
    IReadOnlyList<Guid> MunicipalityIds, IReadOnlyList<NamedReference> Municipalities, string ConcurrencyStamp) : IHasId;

public sealed class OfficeQuery : PagedQuery
{
    public Guid? RegionId { get; set; }
}

public sealed class SaveOfficeInput
{
    public string? Name { get; set; }
    public Guid? RegionId { get; set; }
    public LeadershipModel? LeadershipModel { get; set; }
    public int? Size { get; set; }
    public List<Guid>? MunicipalityIds { get; set; }
    public string? ConcurrencyStamp { get; set; }
}

public sealed record PersonJobRoleDto(Guid JobRoleId, string JobRoleCode, string JobRoleName, DateOnly StartDate);

public sealed record PersonDto(
    Guid Id, string EmployeeNumber, string FirstName, string LastName, string Email, Employer Employer,
    Guid OfficeId, string OfficeName, IReadOnlyList<PersonJobRoleDto> JobRoles, Guid? UserId, string ConcurrencyStamp) : IHasId;

public sealed class PersonQuery : PagedQuery
{
    public Guid? OfficeId { get; set; }
}

public sealed class PersonJobRoleInput
{
    public Guid? JobRoleId { get; set; }
    public DateOnly? StartDate { get; set; }
}

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

public sealed record JobRoleDto(Guid Id, string Code, string Name, bool IsLeaderRole);

public sealed record HrImportRowError(int Line, string Field, string Message);

public sealed record HrImportResult(int TotalRows, int ValidRows, int ToCreate, int ToUpdate, IReadOnlyList<HrImportRowError> Errors, bool Committed);

/// <summary>
/// Why a page about "my" person (my competence, my programme) has nothing to show: the signed-in user is not linked
/// to a person in the organisation register. <see cref="Code"/> is the text key, <see cref="Message"/> the
/// explanation in the caller's language, saying whom to ask.
/// </summary>
public sealed record NoPersonDto(string Code, string Message);
