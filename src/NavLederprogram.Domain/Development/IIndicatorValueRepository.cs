namespace NavLederprogram.Development;

public interface IIndicatorValueRepository
{
    Task<IndicatorValue?> FindAsync(Guid indicatorId, Guid officeId, DateOnly period, CancellationToken ct = default);
    /// <summary>The values of some indicators for one office, oldest period first.</summary>
    Task<IReadOnlyList<IndicatorValue>> GetForOfficeAsync(Guid officeId, IReadOnlyCollection<Guid> indicatorIds, CancellationToken ct = default);
    /// <summary>The stored values an import touches, in one query whatever the number of rows.</summary>
    Task<IReadOnlyList<IndicatorValue>> GetForOfficesAsync(IReadOnlyCollection<Guid> officeIds, IReadOnlyCollection<Guid> indicatorIds,
        CancellationToken ct = default);
    Task InsertAsync(IndicatorValue value, CancellationToken ct = default);
    Task InsertManyAsync(IEnumerable<IndicatorValue> values, CancellationToken ct = default);
    void Delete(IndicatorValue value);
}
