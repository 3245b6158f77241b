namespace NavLederprogram.Development;

/// <summary>The indicator catalogue, values typed in per office, and the import of values from the directorate's statistics.</summary>
public interface IResultIndicatorAppService
{
    /// <summary>The largest CSV file accepted: 50,000 lines of some 40 characters with room to spare.</summary>
    public const long MaxFileSize = 5 * 1024 * 1024;

    Task<IReadOnlyList<ResultIndicatorDto>> GetListAsync(CancellationToken ct);
    Task<ResultIndicatorDto> CreateAsync(SaveResultIndicatorInput input, CancellationToken ct);
    Task<ResultIndicatorDto> UpdateAsync(Guid id, SaveResultIndicatorInput input, CancellationToken ct);
    Task<IReadOnlyList<IndicatorValueDto>> GetValuesAsync(Guid id, Guid officeId, CancellationToken ct);
    Task<IndicatorValueDto> SetValueAsync(Guid id, SetIndicatorValueInput input, CancellationToken ct);
    Task<IndicatorImportResult> PreviewImportAsync(Stream csv, CancellationToken ct);
    Task<IndicatorImportResult> ApplyImportAsync(Stream csv, CancellationToken ct);
}
