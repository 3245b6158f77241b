namespace NavLederprogram.Development;

public interface IResultIndicatorRepository
{
    Task<ResultIndicator?> FindAsync(Guid id, CancellationToken ct = default);
    Task<ResultIndicator?> FindByCodeAsync(string code, CancellationToken ct = default);
    Task<IReadOnlyList<ResultIndicator>> GetListAsync(CancellationToken ct = default);
    Task InsertAsync(ResultIndicator indicator, CancellationToken ct = default);
}
