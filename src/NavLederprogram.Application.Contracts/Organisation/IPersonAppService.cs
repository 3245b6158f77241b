using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public interface IPersonAppService : ICrudAppService<PersonDto, PersonQuery, SavePersonInput>
{
    Task<IReadOnlyList<JobRoleDto>> GetJobRolesAsync(CancellationToken ct);
}
