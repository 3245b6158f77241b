namespace NavLederprogram.Audit;

/// <summary>Records that the caller was shown a person's personal data, unless the person is the caller.</summary>
public interface IPersonalDataReadRecorder
{
    /// <param name="endpoint">What showed it, by the endpoint's name (e.g. <c>GetPerson</c>): the entry's action is <c>PersonalData.Read.{endpoint}</c>.</param>
    Task RecordAsync(Guid personId, string? endpoint, CancellationToken ct);
}
