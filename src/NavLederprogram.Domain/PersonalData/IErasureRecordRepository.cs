namespace NavLederprogram.PersonalData;

/// <summary>Erasure records: added and listed, never changed or deleted.</summary>
public interface IErasureRecordRepository
{
    Task InsertAsync(ErasureRecord record, CancellationToken ct);

    /// <summary>The newest first.</summary>
    Task<IReadOnlyList<ErasureRecord>> GetLatestAsync(int count, CancellationToken ct);

    /// <summary>The records whose erasure kept something under a retention rule.</summary>
    Task<IReadOnlyList<ErasureRecord>> GetWithKeptRecordsAsync(CancellationToken ct);
}
