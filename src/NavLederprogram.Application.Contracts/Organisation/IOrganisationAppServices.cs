using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public interface IRegionAppService : ICrudAppService<RegionDto, PagedQuery, SaveRegionInput>;

public interface IMunicipalityAppService : ICrudAppService<MunicipalityDto, MunicipalityQuery, SaveMunicipalityInput>;

public interface IOfficeAppService : ICrudAppService<OfficeDto, OfficeQuery, SaveOfficeInput>;

public interface IPersonAppService : ICrudAppService<PersonDto, PersonQuery, SavePersonInput>
{
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
