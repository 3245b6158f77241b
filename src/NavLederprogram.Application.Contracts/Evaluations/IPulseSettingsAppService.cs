namespace NavLederprogram.Evaluations;

/// <summary>National admins switch the pulse after gatherings and meetings on or off, and choose its question set.</summary>
public interface IPulseSettingsAppService
{
    Task<PulseSettingsDto> GetAsync(CancellationToken ct);
    Task<PulseSettingsDto> SaveAsync(SavePulseSettingsInput input, CancellationToken ct);
}
