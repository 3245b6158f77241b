namespace NavLederprogram.Audit;

/// <summary>Records that the caller was shown a person's personal data, unless the person is the caller.</summary>
public interface IPersonalDataReadRecorder
{
    /// <param name="source">What showed it: the endpoint's route pattern (ids, never names).</param>
    Task RecordAsync(Guid personId, string? source, CancellationToken ct);
}
