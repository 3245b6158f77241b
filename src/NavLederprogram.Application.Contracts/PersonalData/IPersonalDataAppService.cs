using NavLederprogram.Paging;

namespace NavLederprogram.PersonalData;

/// <summary>A person's own data; an admin's export for a person in scope; erasure with its dry run and records; the processing overview.</summary>
public interface IPersonalDataAppService
{
    Task<PersonalDataExportDto> GetMineAsync(CancellationToken ct);
    Task<PersonalDataFile> GetMinePdfAsync(string? culture, CancellationToken ct);
    Task<PagedResult<PersonalDataPersonDto>> GetPeopleAsync(PagedQuery query, CancellationToken ct);
    Task<PersonalDataExportDto> GetPersonAsync(Guid personId, CancellationToken ct);
    Task<PersonalDataFile> GetPersonPdfAsync(Guid personId, string? culture, CancellationToken ct);
    Task<ErasurePlanDto> PlanErasureAsync(Guid personId, CancellationToken ct);
    Task<ErasureRecordDto> EraseAsync(Guid personId, ErasureInput input, CancellationToken ct);
    Task<IReadOnlyList<ErasureRecordDto>> GetErasuresAsync(CancellationToken ct);
    Task<ProcessingOverviewDto> GetProcessingOverviewAsync(CancellationToken ct);
}
