namespace NavLederprogram.Organisation;

public interface IRegionAppService
{
    Task<PagedResult<RegionDto>> GetListAsync(PagedQuery query, CancellationToken ct);
    Task<RegionDto> GetAsync(Guid id, CancellationToken ct);
    Task<RegionDto> CreateAsync(SaveRegionInput input, CancellationToken ct);
    Task<RegionDto> UpdateAsync(Guid id, SaveRegionInput input, CancellationToken ct);
    Task DeleteAsync(Guid id, CancellationToken ct);
}

public interface IMunicipalityAppService
{
    Task<PagedResult<MunicipalityDto>> GetListAsync(MunicipalityQuery query, CancellationToken ct);
    Task<MunicipalityDto> GetAsync(Guid id, CancellationToken ct);
    Task<MunicipalityDto> CreateAsync(SaveMunicipalityInput input, CancellationToken ct);
    Task<MunicipalityDto> UpdateAsync(Guid id, SaveMunicipalityInput input, CancellationToken ct);
    Task DeleteAsync(Guid id, CancellationToken ct);
}

public interface IOfficeAppService
{
    Task<PagedResult<OfficeDto>> GetListAsync(OfficeQuery query, CancellationToken ct);
    Task<OfficeDto> GetAsync(Guid id, CancellationToken ct);
    Task<OfficeDto> CreateAsync(SaveOfficeInput input, CancellationToken ct);
    Task<OfficeDto> UpdateAsync(Guid id, SaveOfficeInput input, CancellationToken ct);
    Task DeleteAsync(Guid id, CancellationToken ct);
}

public interface IPersonAppService
{
    Task<PagedResult<PersonDto>> GetListAsync(PersonQuery query, CancellationToken ct);
    Task<PersonDto> GetAsync(Guid id, CancellationToken ct);
    Task<PersonDto> CreateAsync(SavePersonInput input, CancellationToken ct);
    Task<PersonDto> UpdateAsync(Guid id, SavePersonInput input, CancellationToken ct);
    Task DeleteAsync(Guid id, CancellationToken ct);
    Task<IReadOnlyList<JobRoleDto>> GetJobRolesAsync(CancellationToken ct);
}

/// <summary>HR import from CSV: a dry run that reports every bad row, and an all-or-nothing commit.</summary>
public interface IHrImportAppService
{
    /// <summary>Largest file accepted, in bytes.</summary>
    const long MaxFileSize = 5 * 1024 * 1024;

    Task<HrImportResult> PreviewAsync(Stream csv, CancellationToken ct);
    Task<HrImportResult> CommitAsync(Stream csv, CancellationToken ct);
}
